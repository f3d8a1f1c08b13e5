#pragma once

#include <QColor>
#include <QString>

class QLabel;
class QWidget;

namespace neuvo {

// The colour of texts that warn (below the floor rate, too many revision
// rounds, a stage sum that does not match): dark enough to read on a light
// window, light enough on a dark one.
QColor warningColor(const QWidget *widget = nullptr);
// The background of a banner across the window (the demo, a read-only
// file, a notice): the window colour tinted with accent, so the palette's
// own text colour stays readable on it in a light and in a dark theme.
// Without an accent the palette's highlight colour tints it.
QColor bannerColor(const QWidget *widget, const QColor &accent = {});
// The colour of a banner's border: the same tint, stronger.
QColor bannerBorderColor(const QWidget *widget, const QColor &accent = {});
// Colours the text of a label (WindowText) or an editor (Text) as a
// warning, in the widget's own palette.
void colourAsWarning(QWidget *widget);
// Back to the palette's own text colour.
void colourAsNormal(QWidget *widget);
// Shows or hides a warning label and colours it.
void showWarning(QLabel *label, const QString &text);

} // namespace neuvo
