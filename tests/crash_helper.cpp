// A child process for tst_crash: opens the database, says so on stdout, then
// writes one large change (clients, each tenth with a project and stages) in
// a single transaction. The test kills it with SIGKILL at some moment.
// With TAG "import" it imports the exchange document COUNT (a path) as
// neuvo-cli import does, reading and writing as it goes in one transaction.
// With TAG "hold" it only keeps the database open until killed (another
// Neuvo for the lock tests). With TAG "issue" it issues the invoices of the
// first COUNT stages of project 1 that have none, one transaction each,
// cancelling every fifth with a credit note, and prints each number once it
// is stored.
#include "core/documents/invoicing.h"
#include "core/exchange/exchange.h"
#include "core/storage/database.h"
#include "core/storage/invoicestore.h"
#include "core/storage/stores.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
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
    if (tag == u"import"_s) {
        QFile json(args.at(3));
        if (!json.open(QIODevice::ReadOnly))
            return 1;
        if (auto imported = Exchange::importJson(db, json); !imported) {
            std::fprintf(stderr, "%s\n", qPrintable(imported.error()));
            return 1;
        }
        std::puts("done");
        return 0;
    }
    if (tag == u"hold"_s) {
        for (;;)
            ::pause();
    }
    if (tag == u"issue"_s) {
        const auto project = ProjectStore(db).get(1);
        if (!project)
            return 1;
        const DocumentLanguage english;
        for (const PaymentStage &stage : project->stages) {
            if (stage.position > count)
                break;
            const auto active = InvoiceStore(db).activeForStage(stage.id);
            if (!active || *active)
                continue;
            const auto issued = Invoicing::issue(db, 1, stage.position, english, QDate(2026, 3, 1));
            if (!issued) {
                std::fprintf(stderr, "%s\n", qPrintable(issued.error()));
                return 1;
            }
            std::printf("%s\n", qPrintable(issued->number));
            std::fflush(stdout);
            // Every fifth stage's first invoice is cancelled; the next run
            // issues it again.
            const auto ofProject = InvoiceStore(db).listForProject(1);
            const bool first = ofProject && std::count_if(ofProject->cbegin(), ofProject->cend(), [&](const InvoiceRecord &r) {
                                                return r.invoice.stageId == stage.id;
                                            }) == 1;
            if (stage.position % 5 != 0 || !first)
                continue;
            const auto credit = InvoiceStore(db).cancel(issued->id, QDate(2026, 3, 1));
            if (!credit) {
                std::fprintf(stderr, "%s\n", qPrintable(credit.error()));
                return 1;
            }
            std::printf("%s\n", qPrintable(credit->number));
            std::fflush(stdout);
        }
        std::puts("done");
        return 0;
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
