#include "stagepayment.h"

#include <QLocale>

namespace neuvo {

Result<PaymentStage> StagePayment::record(PaymentStage stage, int number, qint64 amountMinor, const QDate &on,
                                          const QString &currency)
{
    const qint64 open = stage.amountMinor - stage.paidMinor;
    if (open <= 0)
        return fail(tr("Stage %1 is paid in full already.").arg(number));
    if (amountMinor <= 0)
        return fail(tr("Payment amount: enter the amount received."));
    if (amountMinor > open)
        return fail(tr("Payment amount: %1 is more than the %2 still open on stage %3.")
                        .arg(Money(amountMinor, currency).format(), Money(open, currency).format())
                        .arg(number));
    if (!on.isValid())
        return fail(tr("Paid on: the date is missing."));
    stage.paidMinor += amountMinor;
    stage.paidOn = on;
    return stage;
}

Result<PaymentStage> StagePayment::startWork(PaymentStage stage, int number, const QDate &on)
{
    if (stage.workStartedOn.isValid())
        return fail(tr("Stage %1: work started on %2 already.")
                        .arg(number)
                        .arg(QLocale().toString(stage.workStartedOn, QLocale::ShortFormat)));
    if (!on.isValid())
        return fail(tr("Work started on: the date is missing."));
    stage.workStartedOn = on;
    return stage;
}

QString StagePayment::prepaymentWarning(const PaymentStage &stage, int number)
{
    if (stage.isFullyPaid() || !stage.workStartedOn.isValid())
        return {};
    return tr("Stage %1: work started before the stage is paid. The rule is full prepayment of each stage before "
              "its work.")
        .arg(number);
}

Result<QList<PaymentStage>> StagePayment::resplit(const QList<PaymentStage> &stages, const QList<Money> &amounts)
{
    for (qsizetype i = 0; i < stages.size(); ++i) {
        if (stages.at(i).paidMinor > 0 || stages.at(i).workStartedOn.isValid())
            return fail(tr("Split: stage %1 already has work or a payment recorded; change the amounts by hand "
                           "so that the record stays with its stage.")
                            .arg(i + 1));
    }
    QList<PaymentStage> result;
    for (qsizetype i = 0; i < amounts.size(); ++i) {
        PaymentStage stage = i < stages.size() ? stages.at(i) : PaymentStage{};
        if (stage.title.isEmpty())
            stage.title = tr("Stage %1").arg(i + 1);
        stage.position = int(i + 1);
        stage.amountMinor = amounts.at(i).minor();
        result.append(stage);
    }
    return result;
}

} // namespace neuvo
