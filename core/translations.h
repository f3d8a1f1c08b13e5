#pragma once

#include <QLocale>

class QCoreApplication;

namespace neuvo {

// Installs Neuvo's catalogue (embedded as :/i18n/neuvo_<lang>.qm) and Qt's
// own for the given locale. English is the source language and needs none.
void installTranslations(QCoreApplication &app, const QLocale &locale);

} // namespace neuvo
