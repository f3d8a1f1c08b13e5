// Generates a large database (by default 10 000 clients, 10 000 projects with
// 20 stages each = 200 000 stages, 50 000 interactions), then measures
// loading the facts and evaluating every rule. Prints each timing and its
// ratio to a baseline measured in the same run: one plain full scan of the
// stage table, the least work any evaluation must do.
#include "core/storage/database.h"
#include "core/rules/redflags.h"
#include "core/storage/stores.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>

#include <algorithm>

using namespace neuvo;
using namespace Qt::StringLiterals;

namespace {

qint64 medianMs(const std::function<void()> &work, int runs)
{
    QList<qint64> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times << timer.elapsed();
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

Result<void> generate(Database &db, int clients, int stagesPerProject, const QDate &today)
{
    QRandomGenerator random(20261127);
    return db.transaction([&]() -> Result<void> {
        ClientStore clientStore(db);
        ProjectStore projectStore(db);
        InteractionStore interactionStore(db);
        for (int i = 0; i < clients; ++i) {
            Client c;
            c.name = u"Client %1"_s.arg(i);
            c.company = u"Company %1 Oy"_s.arg(i % 997);
            c.email = u"c%1@example.com"_s.arg(i);
            c.status = ClientStatus::Active;
            c.timeZone = i % 2 ? u"Europe/Helsinki"_s : u"Europe/Moscow"_s;
            if (auto r = clientStore.create(c); !r)
                return r;

            Project p;
            p.clientId = c.id;
            p.title = u"Project %1"_s.arg(i);
            p.status = ProjectStatus::InProgress;
            p.currency = u"EUR"_s;
            p.basePriceMinor = qint64(stagesPerProject) * 10000;
            p.firstOfferMinor = p.basePriceMinor / (1 + qint64(random.bounded(3)));
            p.estimatedHours = 10 + random.bounded(100);
            p.deadline = today.addDays(random.bounded(-20, 60));
            for (int s = 0; s < stagesPerProject; ++s) {
                PaymentStage stage;
                stage.title = u"Stage %1"_s.arg(s + 1);
                stage.amountMinor = 10000;
                stage.dueOn = today.addDays(random.bounded(-90, 90));
                if (random.bounded(2)) {
                    stage.paidMinor = 10000;
                    stage.paidOn = stage.dueOn.addDays(random.bounded(-5, 10));
                }
                p.stages << stage;
            }
            for (int r = 0; r < random.bounded(5); ++r)
                p.revisions << Revision{0, 0, today.addDays(-r), u"Round"_s,
                                        r % 2 ? RevisionKind::Change : RevisionKind::Round, 0};
            if (auto r = projectStore.create(p); !r)
                return r;

            for (int k = 0; k < 5; ++k) {
                Interaction in;
                in.clientId = c.id;
                in.projectId = p.id;
                in.at = QDateTime(today.addDays(-random.bounded(60)), QTime(random.bounded(24), 0), QTimeZone::utc());
                in.channel = k % 2 ? Channel::Phone : Channel::Email;
                in.direction = Direction::In;
                in.kind = InteractionKind(random.bounded(7));
                in.summary = u"Message"_s;
                if (auto r = interactionStore.create(in); !r)
                    return r;
            }
        }
        return {};
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    // bench_redflags [CLIENTS [STAGES_PER_PROJECT]] generates a file;
    // bench_redflags FILE.sqlite measures a copy of an existing one
    // (neuvo-bench generate's samples).
    const bool fromFile = args.size() > 1 && args.at(1).endsWith(u".sqlite"_s);
    const int clients = args.size() > 1 && !fromFile ? args.at(1).toInt() : 10000;
    const int stagesPerProject = args.size() > 2 ? args.at(2).toInt() : 20;
    const QDate today(2026, 12, 1);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"bench.sqlite"_s);
    if (fromFile && !QFile::copy(args.at(1), path)) {
        out << "Cannot copy " << args.at(1) << '\n';
        return 1;
    }
    Database db;
    if (auto opened = db.open(path); !opened) {
        out << opened.error() << '\n';
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    if (!fromFile) {
        if (auto made = generate(db, clients, stagesPerProject, today); !made) {
            out << made.error() << '\n';
            return 1;
        }
        out << u"Generated %1 clients, %2 stages in %3 ms\n"_s.arg(clients).arg(clients * stagesPerProject).arg(timer.elapsed());
    }

    const qint64 baseline = medianMs([&] {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        q.exec(u"SELECT id, project_id, amount_minor, due_on, paid_on, paid_minor FROM stage"_s);
        qint64 sum = 0;
        while (q.next())
            sum += q.value(2).toLongLong();
        Q_UNUSED(sum);
    }, 5);

    Facts facts;
    const qint64 load = medianMs([&] { facts = *Facts::load(db); }, 5);
    QList<Finding> findings;
    const qint64 evaluate = medianMs([&] { findings = RedFlagEngine::evaluate(facts, today); }, 5);
    const qint64 risk = medianMs([&] { RedFlagEngine::risks(findings, facts.profile.thresholds); }, 5);

    const double base = double(std::max<qint64>(baseline, 1));
    out << u"baseline: scan all stages           %1 ms  (1.0x)\n"_s.arg(baseline, 5);
    out << u"Facts::load                         %1 ms  (%2x)\n"_s.arg(load, 5).arg(load / base, 0, 'f', 1);
    out << u"RedFlagEngine::evaluate             %1 ms  (%2x)\n"_s.arg(evaluate, 5).arg(evaluate / base, 0, 'f', 1);
    out << u"RedFlagEngine::risks                %1 ms  (%2x)\n"_s.arg(risk, 5).arg(risk / base, 0, 'f', 1);
    out << u"load + evaluate                     %1 ms  (%2x), %3 findings\n"_s.arg(load + evaluate, 5)
               .arg((load + evaluate) / base, 0, 'f', 1).arg(findings.size());

    // After an edit of one client (Session::notifyClientChanged): that
    // client's records read again and its findings evaluated again, against
    // the full load and evaluation above.
    if (!facts.clients.isEmpty()) {
        const qint64 id = facts.clients.at(facts.clients.size() / 2).id;
        QList<Finding> updated;
        const qint64 one = medianMs([&] {
            if (auto reloaded = facts.reloadClient(db, id); !reloaded)
                out << reloaded.error() << '\n';
            updated = RedFlagEngine::reevaluateClient(facts, id, today, findings);
        }, 5);
        out << u"one client: reload + reevaluate     %1 ms  (%2x of load + evaluate)%3\n"_s.arg(one, 5)
                   .arg(double(one) / double(std::max<qint64>(load + evaluate, 1)), 0, 'f', 3)
                   .arg(updated == findings ? QString() : u", NOT EQUAL to the full evaluation"_s);
    }
    return 0;
}
