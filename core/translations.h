#pragma once

#include <QLocale>

class QCoreApplication;

namespace neuvo {

// Installs Neuvo's catalogue (embedded as :/i18n/neuvo_<lang>.qm) and Qt's
// own for the given locale. English is the source language and needs none.
void installTranslations(QCoreApplication &app, const QLocale &locale);

// The locale of the interface for the language chosen in Preferences ("en",
// "fi", "ru"; empty: the system's): that language as written in the
// system's country when Qt knows the pair (English in Finland: 14.3.2025,
// 1 234,50), else as written where the language is at home. The desktop
// sets it as QLocale's default, so dates and numbers follow the language.
QLocale interfaceLocale(const QString &languageId, const QLocale &system = QLocale::system());

} // namespace neuvo
