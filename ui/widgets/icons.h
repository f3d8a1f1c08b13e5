#pragma once

#include <QIcon>
#include <QString>

class QWidget;

namespace neuvo {

// The icon of an action or a page, by its freedesktop icon-theme name
// ("edit-undo", "document-print"): the icon theme's own when the desktop has
// one by that name, so Neuvo looks at home under Breeze or Adwaita; else the
// line drawing bundled as :/icons/actions/NAME.svg, drawn in the palette's
// text colour (and its disabled text colour), so it looks the same without a
// theme and stays readable on a dark palette.
QIcon themedIcon(const QString &name, const QWidget *widget = nullptr);

// The bundled drawing alone, whatever the theme has (for tests and the
// screenshots).
QIcon bundledIcon(const QString &name, const QWidget *widget = nullptr);

} // namespace neuvo
