#include "contacttab.h"

#include "clientdetail.h"
#include "clientdetailmodels.h"
#include "clientdetailviews.h"

#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

// "Mon–Fri", "Mon, Wed, Fri", "Mon–Wed, Sat": runs of three or more days
// collapse into a range.
QString weekdaysText(Weekdays days)
{
    if (days == AllWeek)
        return ClientDetailWidget::tr("every day");
    const QLocale locale;
    QStringList parts;
    int day = Qt::Monday;
    while (day <= Qt::Sunday) {
        if (!hasWeekday(days, day)) {
            ++day;
            continue;
        }
        int end = day;
        while (end < Qt::Sunday && hasWeekday(days, end + 1))
            ++end;
        if (end - day >= 2) {
            parts << locale.dayName(day, QLocale::ShortFormat) + u'–' + locale.dayName(end, QLocale::ShortFormat);
        } else {
            for (int d = day; d <= end; ++d)
                parts << locale.dayName(d, QLocale::ShortFormat);
        }
        day = end + 1;
    }
    return parts.isEmpty() ? ClientDetailWidget::tr("no days") : parts.join(u", "_s);
}

QString contactHoursText(const Client &c)
{
    if (c.contactFrom == c.contactTo)
        return ClientDetailWidget::tr("any time");
    const QString from = c.contactFrom.toString(u"HH:mm"_s);
    const QString to = c.contactTo.toString(u"HH:mm"_s);
    return c.contactFrom < c.contactTo ? ClientDetailWidget::tr("%1–%2").arg(from, to)
                                       : ClientDetailWidget::tr("%1–%2 (over midnight)").arg(from, to);
}

} // namespace

ContactTab::ContactTab(QWidget *parent)
    : QWidget(parent)
{
    for (QLabel **label : {&m_company, &m_status, &m_type, &m_source, &m_email, &m_phone, &m_messenger,
                           &m_channel, &m_hours, &m_days, &m_zone, &m_notes})
        *label = valueLabel();
    m_notes->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *contact = new QFormLayout;
    contact->addRow(tr("Company:"), m_company);
    contact->addRow(tr("Status:"), m_status);
    contact->addRow(tr("Type:"), m_type);
    contact->addRow(tr("Source:"), m_source);
    contact->addRow(tr("E-mail:"), m_email);
    contact->addRow(tr("Phone:"), m_phone);
    contact->addRow(tr("Messenger:"), m_messenger);

    auto *boundaries = new QFormLayout;
    boundaries->addRow(tr("Preferred channel:"), m_channel);
    boundaries->addRow(tr("Contact hours:"), m_hours);
    boundaries->addRow(tr("Contact days:"), m_days);
    boundaries->addRow(tr("Time zone:"), m_zone);
    boundaries->addRow(tr("Notes:"), m_notes);

    m_edit = new QPushButton(tr("Edi&t Client…"));
    m_edit->setObjectName(u"editClientButton"_s);

    auto *columns = new QHBoxLayout;
    columns->addLayout(contact, 1);
    columns->addSpacing(16);
    columns->addLayout(boundaries, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_edit);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addStretch();
    layout->addLayout(buttons);
}

void ContactTab::load(const Client &c)
{
    const QString none = tr("—");
    auto orNone = [&](const QString &text) { return text.isEmpty() ? none : text; };
    m_company->setText(orNone(c.company));
    m_status->setText(displayName(c.status));
    m_type->setText(displayName(c.type));
    m_source->setText(displayName(c.source));
    m_email->setText(orNone(c.email));
    m_phone->setText(orNone(c.phone));
    m_messenger->setText(orNone(c.messenger));
    m_channel->setText(displayName(c.preferredChannel));
    m_hours->setText(contactHoursText(c));
    m_days->setText(weekdaysText(c.contactDays));
    const QTimeZone zone(c.timeZone.toUtf8());
    if (zone.isValid()) {
        // Display only: the rules never read the clock.
        const QDateTime there = QDateTime::currentDateTimeUtc().toTimeZone(zone);
        m_zone->setText(tr("%1 (now %2 there)")
                            .arg(c.timeZone, QLocale().toString(there.time(), shortTimeFormat(QLocale()))));
    } else {
        m_zone->setText(c.timeZone);
    }
    m_notes->setText(orNone(c.notes));
}

} // namespace neuvo
