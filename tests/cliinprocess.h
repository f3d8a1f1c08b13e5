#pragma once

#include "cli/cli.h"
#include "testutil.h"

#include <QBuffer>
#include <QStringList>

namespace neuvo::test {

// One run of neuvo-cli's commands in this process, the way app/cli_main.cpp
// runs them, with buffers in place of the standard streams. The messages are
// English (no translator is installed); the database is the one --db names.
// A buffer is no terminal; outputIsTerminal makes the Cli treat standard
// output as one, the way it would a person's terminal.
inline CliRun runCliInProcess(const QStringList &args, bool outputIsTerminal = false)
{
    QBuffer out;
    QBuffer err;
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    CliRun run;
    {
        // The Cli flushes its streams when it goes.
        Cli cli(out, err);
        if (outputIsTerminal)
            cli.setOutputIsTerminal(true);
        run.exitCode = cli.run(QStringList{QStringLiteral("neuvo-cli")} + args);
    }
    run.rawOut = out.data();
    run.out = QString::fromUtf8(run.rawOut);
    run.err = QString::fromUtf8(err.data());
    return run;
}

} // namespace neuvo::test
