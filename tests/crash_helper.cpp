// A child process for tst_crash: opens the database, says so on stdout, then
// writes one large change (clients, each tenth with a project and stages) in
// a single transaction. The test kills it with SIGKILL at some moment.
// With TAG "hold" it only keeps the database open until killed (another
// Neuvo for the lock tests).
#include "core/storage/database.h"
#include "core/storage/stores.h"

#include <QCoreApplication>

#include <cstdio>

#include <unistd.h>

using namespace neuvo;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        std::fputs("usage: neuvo_crash_helper DB TAG COUNT\n", stderr);
        return 2;
    }
    const QString tag = args.at(2);
    const int count = args.at(3).toInt();

    Database db;
    if (auto opened = db.open(args.at(1)); !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }
    std::puts("open");
    std::fflush(stdout);
    if (tag == u"hold"_s) {
        for (;;)
            ::pause();
    }

    const auto written = db.transaction([&]() -> Result<void> {
        for (int i = 0; i < count; ++i) {
            Client c;
            c.name = u"%1 client %2"_s.arg(tag).arg(i);
            c.notes = tag;
            if (auto r = ClientStore(db).create(c); !r)
                return r;
            if (i % 10 != 0)
                continue;
            Project p;
            p.clientId = c.id;
            p.title = tag;
            p.currency = u"EUR"_s;
            p.basePriceMinor = 400000;
            for (int s = 1; s <= 4; ++s)
                p.stages << PaymentStage{0, 0, s, u"Stage %1"_s.arg(s), 100000, QDate(2025, s, 1), {}, {}, 0};
            if (auto r = ProjectStore(db).create(p); !r)
                return r;
        }
        return {};
    });
    if (!written) {
        std::fprintf(stderr, "%s\n", qPrintable(written.error()));
        return 1;
    }
    std::puts("done");
    return 0;
}
