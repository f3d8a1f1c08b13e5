#include "newrecords.h"

#include <QTimeZone>

namespace neuvo {

Client NewRecords::client()
{
    Client client;
    const QByteArray zone = QTimeZone::systemTimeZoneId();
    if (QTimeZone::isTimeZoneIdAvailable(zone))
        client.timeZone = QString::fromUtf8(zone);
    return client;
}

Project NewRecords::project(const Profile &profile, qint64 clientId)
{
    Project p;
    p.clientId = clientId;
    p.currency = profile.currency;
    p.ndaMarkupPercent = profile.ndaMarkupPercent;
    p.revisionsIncluded = profile.includedRevisions;
    p.guaranteePercent = profile.guaranteePercent;
    return p;
}

} // namespace neuvo
