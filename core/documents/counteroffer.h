#pragma once

#include "documentlanguage.h"

#include "core/domain/domain.h"
#include "core/domain/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace neuvo {

// The source article's answers to a client's push-back, computed from one
// project, the profile and today: pure functions, nothing stored. The text
// is written in a document language (like the follow-up letter) so it can
// be copied to the client; the figures beside it are for the CLI's --json
// and for the tests.
class CounterOffer final
{
    Q_DECLARE_TR_FUNCTIONS(CounterOffer)

public:
    enum class Ask { Postpay, Discount, Nda, Rush, Budget };
    // "postpay", "discount", "nda", "rush", "budget"
    static QStringList askIds();
    static std::optional<Ask> askFromId(const QString &id);
    static QString askId(Ask ask);

    // The number of prepaid stages offered instead of a payment after the
    // work: the article's four quarters.
    static constexpr int PrepaidStages = 4;

    struct Answer
    {
        Ask ask = Ask::Postpay;
        QString text; // in the document language, to copy or send
        // postpay: the proposed plan, same total, each stage due on the day
        // its work starts and before the deadline.
        QList<PaymentStage> stages;
        // discount: the largest discount that keeps the price per estimated
        // hour at the floor rate (absent without hours or floor rate); the
        // discount asked; whether it is refused, and by how much the price
        // would fall under the floor.
        std::optional<qint64> maxDiscountMinor;
        std::optional<qint64> askedDiscountMinor;
        bool refused = false;
        qint64 underFloorMinor = 0;
        // discount: included items, dropped from the end, worth about the
        // discount (each item an equal share of the price).
        QStringList itemsToDrop;
        // discount: the longer deadline worth the discount: the hours of this
        // work the discount pays for at the project's own price per hour, as
        // working days of the profile's week after the deadline (absent
        // without a discount asked or estimated hours).
        int extraWorkingDays = 0;
        int extraHours = 0;
        QDate longerDeadline; // the deadline moved by extraWorkingDays; null without a deadline
        // nda: the surcharge range on the base price.
        qint64 ndaLowMinor = 0;
        qint64 ndaHighMinor = 0;
        // rush: the honest deadline and the working days it counts; the
        // profile's rush surcharge on the total, when it sets one.
        QDate honestDeadline;
        int workingDays = 0;
        std::optional<int> rushSurchargePercent;
        std::optional<qint64> rushSurchargeMinor;
    };

    // askedDiscountMinor: the discount the client asked for (discount only;
    // absent = the answer names the largest one the floor allows).
    // Errors name what is missing, e.g. a deadline for postpay.
    static Result<Answer> answer(Ask ask, const Project &project, const Profile &profile, const QDate &today,
                                 const DocumentLanguage &language,
                                 std::optional<qint64> askedDiscountMinor = std::nullopt);

    // The working days of a profile's week needed for hours of work, at
    // the profile's working hours per day (at least one day for any work).
    static int workingDaysFor(int hours, const Profile &profile);
    // today + days working days (profile.workDays) + calendar margin.
    static QDate addWorkingDays(const QDate &from, int days, Weekdays workDays);

    // The postpay plan applied to a project's stages: the same checks as a
    // new split (a stage with a payment or work recorded is never moved to
    // another amount), then the plan's titles and due dates. Used by the
    // CLI's --apply and the project editor alike.
    static Result<QList<PaymentStage>> applyPostpay(const QList<PaymentStage> &current, const Answer &answer,
                                                    const QString &currency);
};

} // namespace neuvo
