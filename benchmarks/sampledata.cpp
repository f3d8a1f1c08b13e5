#include "sampledata.h"

#include "core/domain/domain.h"
#include "core/storage/stores.h"

#include <QRandomGenerator>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace neuvo::bench {

namespace {

constexpr int ProjectsPerClient = 5;
constexpr int StagesPerProject = 4;
constexpr int InteractionsPerClient = 50;

enum class Behaviour { Fine, Overdue, Toxic };

Behaviour behaviourOf(QRandomGenerator &random)
{
    const int roll = random.bounded(100);
    if (roll < 8)
        return Behaviour::Toxic;
    if (roll < 20)
        return Behaviour::Overdue;
    return Behaviour::Fine;
}

// A weekday at or before `date`, so a fine client's messages fall on working days.
QDate workday(QDate date)
{
    while (date.dayOfWeek() > Qt::Friday)
        date = date.addDays(-1);
    return date;
}

Project project(QRandomGenerator &random, qint64 clientId, int index, Behaviour behaviour, const QDate &today)
{
    Project p;
    p.clientId = clientId;
    p.title = u"Project %1-%2"_s.arg(clientId).arg(index + 1);
    p.scope = u"Design and build of the agreed pages."_s;
    p.currency = u"EUR"_s;
    // Older projects are closed and paid; the newest ones are under way.
    const bool current = index >= ProjectsPerClient - 2;
    p.status = current ? ProjectStatus::InProgress : ProjectStatus::Closed;
    const qint64 stageMinor = 25000 + 5000 * qint64(random.bounded(40));
    p.basePriceMinor = stageMinor * StagesPerProject;
    p.estimatedHours = 10 + random.bounded(120);
    const QDate start = today.addDays(-30 * (ProjectsPerClient - index) * 3 - random.bounded(20));
    p.contractDate = start;
    p.deadline = current ? today.addDays(10 + random.bounded(80)) : start.addDays(60);
    if (behaviour == Behaviour::Toxic)
        p.firstOfferMinor = p.basePriceMinor / 3;
    else if (random.bounded(3) == 0)
        p.firstOfferMinor = p.basePriceMinor - stageMinor / 2;

    for (int s = 0; s < StagesPerProject; ++s) {
        PaymentStage stage;
        stage.title = u"Stage %1"_s.arg(s + 1);
        stage.amountMinor = stageMinor;
        stage.dueOn = current ? today.addDays(-20 + 15 * s) : start.addDays(15 * s);
        const bool due = stage.dueOn <= today;
        bool paid = !current || (due && behaviour != Behaviour::Overdue);
        if (behaviour == Behaviour::Overdue && current && due && index == ProjectsPerClient - 1)
            paid = false;
        else if (behaviour == Behaviour::Overdue && current && due)
            paid = true;
        if (paid) {
            stage.paidMinor = stage.amountMinor;
            stage.paidOn = stage.dueOn.addDays(behaviour == Behaviour::Fine ? -random.bounded(3) : random.bounded(20));
        }
        p.stages << stage;
    }
    const int revisions = behaviour == Behaviour::Toxic ? 3 + random.bounded(4) : random.bounded(3);
    for (int r = 0; r < revisions; ++r) {
        Revision revision;
        revision.requestedOn = start.addDays(10 + 5 * r);
        revision.kind = behaviour == Behaviour::Toxic && r % 2 ? RevisionKind::Change : RevisionKind::Round;
        revision.description = u"Round %1"_s.arg(r + 1);
        p.revisions << revision;
    }
    return p;
}

Interaction interaction(QRandomGenerator &random, const Client &client, const QList<Project> &projects,
                        Behaviour behaviour, int index, const QDate &today)
{
    Interaction in;
    in.clientId = client.id;
    const Project &about = projects.at(index % projects.size());
    in.projectId = about.id;
    QDate day = today.addDays(-random.bounded(365));
    int hour = 9 + random.bounded(8);
    if (behaviour == Behaviour::Toxic && random.bounded(4) == 0)
        hour = random.bounded(2) ? 22 + random.bounded(2) : random.bounded(6);
    else
        day = workday(day);
    in.at = QDateTime(day, QTime(hour, random.bounded(60)), QTimeZone(client.timeZone.toUtf8())).toUTC();
    in.channel = Channel(random.bounded(4));
    in.direction = random.bounded(2) ? Direction::In : Direction::Out;
    in.kind = InteractionKind::General;
    if (behaviour == Behaviour::Toxic && in.direction == Direction::In) {
        static constexpr InteractionKind pressure[] = {InteractionKind::DiscountRequest,
                                                       InteractionKind::FreeTestRequest,
                                                       InteractionKind::StatusRequest, InteractionKind::General};
        in.kind = pressure[random.bounded(4)];
    } else if (index % 10 == 0) {
        in.kind = InteractionKind::Agreement;
        in.confirmedOn = day;
    }
    in.summary = u"Talked about %1: next steps and dates."_s.arg(about.title);
    return in;
}

} // namespace

Result<void> fillSample(Database &db, const SampleShape &shape)
{
    QRandomGenerator random(shape.seed);
    const QDate today = shape.today.isValid() ? shape.today : QDate::currentDate();
    return db.transaction([&]() -> Result<void> {
        ProfileStore profiles(db);
        auto profile = profiles.load();
        if (!profile)
            return Error{profile.error()};
        profile->name = u"Sample Freelancer"_s;
        profile->legalForm = u"Sole proprietor"_s;
        profile->registrationNumber = u"1234567-8"_s;
        profile->address = u"Esimerkkikatu 1, 00100 Helsinki"_s;
        profile->email = u"me@example.com"_s;
        profile->phone = u"+358 40 1234567"_s;
        profile->bankDetails = u"FI21 1234 5600 0007 85"_s;
        profile->floorRateMinor = 5000;
        if (auto saved = profiles.save(*profile); !saved)
            return saved;

        ClientStore clients(db);
        ProjectStore projects(db);
        InteractionStore interactions(db);
        for (int i = 0; i < shape.clients; ++i) {
            const Behaviour behaviour = behaviourOf(random);
            Client c;
            c.name = u"Client %1"_s.arg(i + 1);
            c.company = u"Company %1 Oy"_s.arg(random.bounded(997) + 1);
            c.email = u"client%1@example.com"_s.arg(i + 1);
            c.phone = u"+358 40 %1"_s.arg(1000000 + random.bounded(8999999));
            c.type = ClientType(random.bounded(4));
            c.source = ClientSource(random.bounded(6));
            c.status = ClientStatus::Active;
            c.timeZone = i % 3 ? u"Europe/Helsinki"_s : u"Europe/Moscow"_s;
            if (auto r = clients.create(c); !r)
                return r;

            QList<Project> made;
            for (int k = 0; k < ProjectsPerClient; ++k) {
                Project p = project(random, c.id, k, behaviour, today);
                if (auto r = projects.create(p); !r)
                    return r;
                made << p;
            }
            for (int k = 0; k < InteractionsPerClient; ++k) {
                Interaction in = interaction(random, c, made, behaviour, k, today);
                if (auto r = interactions.create(in); !r)
                    return r;
            }
        }
        return {};
    });
}

} // namespace neuvo::bench
