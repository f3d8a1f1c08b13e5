#pragma once

#include "domain.h"
#include "money.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace neuvo {

// What happens to a project's payment stages between contract and delivery,
// the same from the project editor and from neuvo-cli: a payment received
// (in part or in full, never more than is open), work started on a stage,
// and a new split of the total. number is the stage's 1-based place, as the
// messages name it.
class StagePayment final
{
    Q_DECLARE_TR_FUNCTIONS(StagePayment)

public:
    // amountMinor received on `on`; refused when it is not positive, when
    // the stage is paid in full or when it is more than is still open.
    static Result<PaymentStage> record(PaymentStage stage, int number, qint64 amountMinor, const QDate &on,
                                       const QString &currency);
    // Refused when work on the stage has started already.
    static Result<PaymentStage> startWork(PaymentStage stage, int number, const QDate &on);
    // Said when work starts on a stage not paid in full: the rule is full
    // prepayment of each stage before its work. Empty otherwise.
    static QString prepaymentWarning(const PaymentStage &stage, int number);

    // The stages with new amounts (from StagePlan): titles are kept, new
    // stages are called "Stage N". Refused when a stage has work or a
    // payment recorded, which must not silently move to another amount.
    static Result<QList<PaymentStage>> resplit(const QList<PaymentStage> &stages, const QList<Money> &amounts);
};

} // namespace neuvo
