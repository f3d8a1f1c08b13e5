#pragma once

#include "core/domain/result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

namespace neuvo {

// The desktop application's command line, `neuvo [--db FILE] [FILE]`: FILE is
// what a file manager passes (the desktop file's Exec=neuvo %f), --db the
// older spelling of the same. Either may be a postgresql:// URL instead. Kept out of main() so a test can parse with it.
class GuiCommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(main)
    Q_DISABLE_COPY_MOVE(GuiCommandLine)

public:
    GuiCommandLine();

    // For process() (which handles --help and --version) or parse().
    QCommandLineParser &parser() { return m_parser; }

    // After parsing: the database to open, FILE or --db FILE, else
    // Database::defaultPath(). An error when both or several files are given.
    Result<QString> databasePath() const;
    // --quit-after-first-paint: quit as soon as the main window has painted
    // once, so a benchmark or a test can time the start.
    bool quitAfterFirstPaint() const { return m_parser.isSet(m_quitAfterFirstPaintOption); }
    // --quit-after-dashboard: quit once the dashboard is complete (the rules
    // evaluated, the pages filled, the window painted), printing the time
    // to the first paint, to the complete dashboard and the longest stall
    // of the event loop meanwhile.
    bool quitAfterDashboard() const { return m_parser.isSet(m_quitAfterDashboardOption); }

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_dbOption;
    QCommandLineOption m_quitAfterFirstPaintOption;
    QCommandLineOption m_quitAfterDashboardOption;
};

} // namespace neuvo
