#include "core/documents/counteroffer.h"
#include "core/storage/stores.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace neuvo;

// The article's answers to a client's push-back, on projects whose figures
// are worked out by hand in each test.
class Tst_counteroffer : public QObject
{
    Q_OBJECT

private slots:
    void askIds_roundTrip();
    void postpay_fourPrepaidStagesSpreadToTheOwnDeadline();
    void postpay_needsADeadlineAfterToday();
    void postpay_keepsTheTitlesOfTheStagesInPlace();
    void discount_underTheFloorIsRefusedWithTheAmount();
    void discount_atTheFloorIsAllowed();
    void discount_withoutAnAmountNamesTheLargestOne();
    void discount_longerDeadlineWorthTheDiscount();
    void postpay_appliedToStagesWithWorkRecordedIsRefused();
    void nda_surchargeRangeAndADiscountThatEatsIt();
    void rush_honestDeadlineCountsWorkingDaysAndMargin();
    void rush_namesTheProfilesSurchargeWhenSet();
    void budget_breakdownFromItemsAndPriceLines();
    void answers_areWrittenInTheDocumentLanguage();
    void answers_pluralFormsFollowEachNumber();

private:
    static Project project();
    static Profile profile();
    static DocumentLanguage english() { return DocumentLanguage(); }
    static QString money(qint64 minor, const QString &currency = u"EUR"_s)
    {
        return DocumentLanguage().money(Money(minor, currency));
    }
};

Project Tst_counteroffer::project()
{
    Project p;
    p.id = 7;
    p.clientId = 3;
    p.title = u"Shop texts"_s;
    p.currency = u"EUR"_s;
    p.basePriceMinor = 120000; // 1 200.00
    p.estimatedHours = 20;
    p.deadline = QDate(2026, 3, 31);
    p.internalMarginDays = 3;
    p.includedItems = {u"Home page"_s, u"About page"_s, u"Product texts"_s, u"Proofreading"_s};
    p.revisionsIncluded = 2;
    return p;
}

Profile Tst_counteroffer::profile()
{
    Profile pr;
    pr.name = u"Aino"_s;
    pr.currency = u"EUR"_s;
    pr.floorRateMinor = 4500; // 45.00 per hour
    pr.workStart = QTime(9, 0);
    pr.workEnd = QTime(17, 0); // 8 hours a day
    pr.workDays = MondayToFriday;
    return pr;
}

void Tst_counteroffer::askIds_roundTrip()
{
    QCOMPARE(CounterOffer::askIds(), (QStringList{u"postpay"_s, u"discount"_s, u"nda"_s, u"rush"_s, u"budget"_s}));
    for (const QString &id : CounterOffer::askIds())
        QCOMPARE(CounterOffer::askId(*CounterOffer::askFromId(id)), id);
    QVERIFY(!CounterOffer::askFromId(u"cheaper"_s));
}

void Tst_counteroffer::postpay_fourPrepaidStagesSpreadToTheOwnDeadline()
{
    Project p = project();
    p.basePriceMinor = 100001; // 1 000.01: a quarter is 250.0025, the extra cent goes to stage 1
    const QDate today(2026, 3, 2);
    const auto a = CounterOffer::answer(CounterOffer::Ask::Postpay, p, profile(), today, english());
    QVERIFY2(a, qPrintable(a.error()));
    QCOMPARE(a->stages.size(), 4);
    const QList<qint64> amounts{25001, 25000, 25000, 25000};
    // Own deadline 2026-03-28 (31 − 3 days of margin): 26 days from today,
    // the stages start at 0, 26/4 = 6, 52/4 = 13 and 78/4 = 19 days.
    const QList<QDate> dues{QDate(2026, 3, 2), QDate(2026, 3, 8), QDate(2026, 3, 15), QDate(2026, 3, 21)};
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(a->stages.at(i).position, i + 1);
        QCOMPARE(a->stages.at(i).amountMinor, amounts.at(i));
        QCOMPARE(a->stages.at(i).dueOn, dues.at(i));
        QCOMPARE(a->stages.at(i).title, u"Stage %1 of 4"_s.arg(i + 1));
        QVERIFY(a->stages.at(i).dueOn < p.deadline);
    }
    QVERIFY(a->text.contains(u"I only work with full prepayment"_s));
    QVERIFY(a->text.contains(money(25001)));
    QVERIFY(a->text.contains(u"21 March 2026"_s));

    // The plan passes the store's own check of the stage sum.
    p.stages = a->stages;
    const auto valid = ProjectStore::validate(p);
    QVERIFY2(valid, qPrintable(valid.error()));
}

void Tst_counteroffer::postpay_needsADeadlineAfterToday()
{
    Project p = project();
    p.deadline = QDate(2026, 3, 2);
    const auto a = CounterOffer::answer(CounterOffer::Ask::Postpay, p, profile(), QDate(2026, 3, 2), english());
    QVERIFY(!a);
    QVERIFY2(a.error().startsWith(u"Deadline:"_s), qPrintable(a.error()));

    // Only the margin left: the stages spread to the agreed deadline.
    p.deadline = QDate(2026, 3, 6);
    p.internalMarginDays = 10;
    const auto b = CounterOffer::answer(CounterOffer::Ask::Postpay, p, profile(), QDate(2026, 3, 2), english());
    QVERIFY2(b, qPrintable(b.error()));
    // 4 days: starts at 0, 1, 2 and 3 days.
    QCOMPARE(b->stages.at(3).dueOn, QDate(2026, 3, 5));
}

void Tst_counteroffer::postpay_keepsTheTitlesOfTheStagesInPlace()
{
    Project p = project();
    PaymentStage s;
    s.position = 1;
    s.title = u"Research"_s;
    s.amountMinor = 60000;
    PaymentStage t = s;
    t.position = 2;
    t.title = u"Copy"_s;
    p.stages = {s, t};
    const auto a = CounterOffer::answer(CounterOffer::Ask::Postpay, p, profile(), QDate(2026, 3, 2), english());
    QVERIFY2(a, qPrintable(a.error()));
    QCOMPARE(a->stages.at(0).title, u"Research"_s);
    QCOMPARE(a->stages.at(1).title, u"Copy"_s);
    QCOMPARE(a->stages.at(2).title, u"Stage 3 of 4"_s);
    QCOMPARE(a->stages.at(0).amountMinor, qint64(30000)); // 1 200.00 / 4
}

void Tst_counteroffer::discount_underTheFloorIsRefusedWithTheAmount()
{
    // 20 h at the 45.00 floor is 900.00: at most 300.00 off 1 200.00. Asked
    // 400.00: the price would be 800.00, 40.00 an hour, 100.00 under.
    const auto a = CounterOffer::answer(CounterOffer::Ask::Discount, project(), profile(), QDate(2026, 3, 2),
                                        english(), 40000);
    QVERIFY2(a, qPrintable(a.error()));
    QVERIFY(a->refused);
    QVERIFY(a->maxDiscountMinor);
    QCOMPARE(*a->maxDiscountMinor, qint64(30000));
    QCOMPARE(a->underFloorMinor, qint64(10000));
    QVERIFY2(a->text.contains(money(10000) + u" under my floor rate of "_s + money(4500)), qPrintable(a->text));
    QVERIFY(a->text.contains(money(80000)));
    QVERIFY(a->text.contains(money(4000) + u" per hour"_s));
    QVERIFY(a->text.contains(u"future orders"_s));
    // 400.00 is worth two of the four items (300.00 each), from the end.
    QCOMPARE(a->itemsToDrop, (QStringList{u"Product texts"_s, u"Proofreading"_s}));
    QVERIFY(a->text.contains(money(60000))); // 1 200.00 − 2 × 300.00
    // The article's reuse price: 60 % of 1 200.00.
    QVERIFY(a->text.contains(money(72000)));
}

void Tst_counteroffer::discount_atTheFloorIsAllowed()
{
    const auto a = CounterOffer::answer(CounterOffer::Ask::Discount, project(), profile(), QDate(2026, 3, 2),
                                        english(), 30000);
    QVERIFY2(a, qPrintable(a.error()));
    QVERIFY(!a->refused);
    QCOMPARE(a->underFloorMinor, qint64(0));
    QCOMPARE(a->itemsToDrop, QStringList{u"Proofreading"_s});

    // A discount larger than the price is an input error.
    const auto b = CounterOffer::answer(CounterOffer::Ask::Discount, project(), profile(), QDate(2026, 3, 2),
                                        english(), 120001);
    QVERIFY(!b);
    QVERIFY(b.error().startsWith(u"Discount:"_s));
}

void Tst_counteroffer::discount_withoutAnAmountNamesTheLargestOne()
{
    const auto a = CounterOffer::answer(CounterOffer::Ask::Discount, project(), profile(), QDate(2026, 3, 2),
                                        english());
    QVERIFY2(a, qPrintable(a.error()));
    QVERIFY(!a->refused);
    QVERIFY(a->maxDiscountMinor);
    QCOMPARE(*a->maxDiscountMinor, qint64(30000));
    QVERIFY(a->text.contains(u"The most I can take off is "_s + money(30000)));

    // No floor in another currency: nothing to compare with.
    Profile rub = profile();
    rub.currency = u"RUB"_s;
    const auto b = CounterOffer::answer(CounterOffer::Ask::Discount, project(), rub, QDate(2026, 3, 2), english(),
                                        100000);
    QVERIFY2(b, qPrintable(b.error()));
    QVERIFY(!b->refused);
    QVERIFY(!b->maxDiscountMinor);
}

void Tst_counteroffer::discount_longerDeadlineWorthTheDiscount()
{
    // 1 200.00 for 100 hours is 12.00 an hour; a discount of 400.00 pays for
    // 400 / 12 = 33.3 hours, rounded up to 34, which at 8 hours a day is
    // 5 working days. The deadline Tue 2026-03-31 moves to the fifth working
    // day after it: Wed 1, Thu 2, Fri 3, Mon 6, Tue 7 April.
    Project p = project();
    p.estimatedHours = 100;
    Profile pr = profile();
    pr.floorRateMinor = 0;
    const auto a = CounterOffer::answer(CounterOffer::Ask::Discount, p, pr, QDate(2026, 3, 2), english(), 40000);
    QVERIFY2(a, qPrintable(a.error()));
    QCOMPARE(a->extraHours, 34);
    QCOMPARE(a->extraWorkingDays, 5);
    QCOMPARE(a->longerDeadline, QDate(2026, 4, 7));
    QVERIFY2(a->text.contains(u"about 34 hours"_s), qPrintable(a->text));
    QVERIFY2(a->text.contains(money(1200) + u" per hour. That is 5 more working days."_s), qPrintable(a->text));
    QVERIFY2(a->text.contains(DocumentLanguage().longDate(QDate(2026, 4, 7))), qPrintable(a->text));

    // 300.00 of 1 200.00 for 20 hours: exactly 5 hours, one working day:
    // Wed 2026-04-01.
    const auto b = CounterOffer::answer(CounterOffer::Ask::Discount, project(), profile(), QDate(2026, 3, 2),
                                        english(), 30000);
    QVERIFY2(b, qPrintable(b.error()));
    QCOMPARE(b->extraHours, 5);
    QCOMPARE(b->extraWorkingDays, 1);
    QCOMPARE(b->longerDeadline, QDate(2026, 4, 1));
    QVERIFY2(b->text.contains(u"That is 1 more working day. "_s), qPrintable(b->text));

    // Without a deadline the days are named, no date.
    p.deadline = QDate();
    const auto c = CounterOffer::answer(CounterOffer::Ask::Discount, p, pr, QDate(2026, 3, 2), english(), 40000);
    QVERIFY2(c, qPrintable(c.error()));
    QCOMPARE(c->extraWorkingDays, 5);
    QVERIFY(!c->longerDeadline.isValid());
    QVERIFY(c->text.contains(u"5 more working days."_s));

    // Without an amount asked there is nothing to weigh the days against.
    const auto d = CounterOffer::answer(CounterOffer::Ask::Discount, project(), profile(), QDate(2026, 3, 2), english());
    QVERIFY2(d, qPrintable(d.error()));
    QCOMPARE(d->extraWorkingDays, 0);
    QVERIFY(!d->longerDeadline.isValid());
    QVERIFY(!d->text.contains(u"longer deadline"_s));
}

void Tst_counteroffer::postpay_appliedToStagesWithWorkRecordedIsRefused()
{
    Project p = project();
    const auto a = CounterOffer::answer(CounterOffer::Ask::Postpay, p, profile(), QDate(2026, 3, 2), english());
    QVERIFY2(a, qPrintable(a.error()));
    // No stages yet: the plan becomes the stages, amounts, titles and dates.
    const auto fresh = CounterOffer::applyPostpay({}, *a, p.currency);
    QVERIFY2(fresh, qPrintable(fresh.error()));
    QCOMPARE(fresh->size(), 4);
    qint64 sum = 0;
    for (qsizetype i = 0; i < fresh->size(); ++i) {
        QCOMPARE(fresh->at(i).amountMinor, a->stages.at(i).amountMinor);
        QCOMPARE(fresh->at(i).dueOn, a->stages.at(i).dueOn);
        QCOMPARE(fresh->at(i).title, a->stages.at(i).title);
        sum += fresh->at(i).amountMinor;
    }
    QCOMPARE(sum, qint64(120000));
    // A stage whose work started keeps its amount: the plan is refused.
    PaymentStage started;
    started.position = 1;
    started.amountMinor = 60000;
    started.workStartedOn = QDate(2026, 2, 20);
    const auto refused = CounterOffer::applyPostpay({started}, *a, p.currency);
    QVERIFY(!refused);
}

void Tst_counteroffer::nda_surchargeRangeAndADiscountThatEatsIt()
{
    Project p = project();
    p.basePriceMinor = 100000; // 1 000.00: +200.00 to +400.00
    const auto a = CounterOffer::answer(CounterOffer::Ask::Nda, p, profile(), QDate(2026, 3, 2), english());
    QVERIFY2(a, qPrintable(a.error()));
    QCOMPARE(a->ndaLowMinor, qint64(20000));
    QCOMPARE(a->ndaHighMinor, qint64(40000));
    QVERIFY(a->text.contains(money(120000) + u"–"_s + money(140000)));
    QVERIFY(!a->text.contains(u"eats"_s));

    p.discountKind = DiscountKind::Amount;
    p.discountValue = 25000; // 250.00 ≥ 200.00
    const auto b = CounterOffer::answer(CounterOffer::Ask::Nda, p, profile(), QDate(2026, 3, 2), english());
    QVERIFY2(b, qPrintable(b.error()));
    QVERIFY2(b->text.contains(u"discount of "_s + money(25000) + u" already given eats"_s), qPrintable(b->text));
}

void Tst_counteroffer::rush_honestDeadlineCountsWorkingDaysAndMargin()
{
    // 20 h at 8 h a day: 3 working days. From Friday 2026-03-06: Friday,
    // Monday, Tuesday 2026-03-10; plus 3 days of margin: 2026-03-13.
    const auto a = CounterOffer::answer(CounterOffer::Ask::Rush, project(), profile(), QDate(2026, 3, 6), english());
    QVERIFY2(a, qPrintable(a.error()));
    QCOMPARE(a->workingDays, 3);
    QCOMPARE(a->honestDeadline, QDate(2026, 3, 13));
    QVERIFY(a->text.contains(u"13 March 2026"_s));
    // From a Saturday the first working day is Monday.
    QCOMPARE(CounterOffer::addWorkingDays(QDate(2026, 3, 7), 1, MondayToFriday), QDate(2026, 3, 9));
    QCOMPARE(CounterOffer::workingDaysFor(16, profile()), 2);
    QCOMPARE(CounterOffer::workingDaysFor(17, profile()), 3);

    Project none = project();
    none.estimatedHours = 0;
    const auto b = CounterOffer::answer(CounterOffer::Ask::Rush, none, profile(), QDate(2026, 3, 6), english());
    QVERIFY(!b);
    QVERIFY(b.error().startsWith(u"Estimated hours:"_s));
}

void Tst_counteroffer::rush_namesTheProfilesSurchargeWhenSet()
{
    // Without a surcharge in the profile the answer names none.
    const auto plain = CounterOffer::answer(CounterOffer::Ask::Rush, project(), profile(), QDate(2026, 3, 6), english());
    QVERIFY2(plain, qPrintable(plain.error()));
    QVERIFY(!plain->rushSurchargeMinor);
    QVERIFY(!plain->text.contains(u"% more"_s));

    // 15 % of 1 200.00 is 180.00; 1 380.00 in all. The honest deadline
    // stays what it was: the surcharge buys priority, not fewer days.
    Profile pr = profile();
    pr.rushSurchargePercent = 15;
    const auto a = CounterOffer::answer(CounterOffer::Ask::Rush, project(), pr, QDate(2026, 3, 6), english());
    QVERIFY2(a, qPrintable(a.error()));
    QCOMPARE(a->rushSurchargePercent, std::optional<int>(15));
    QCOMPARE(a->rushSurchargeMinor, std::optional<qint64>(18000));
    QCOMPARE(a->honestDeadline, QDate(2026, 3, 13));
    QVERIFY2(a->text.contains(u"costs 15 % more: "_s + money(18000) + u" on top of "_s + money(120000) + u", "_s
                              + money(138000) + u" in all."_s),
             qPrintable(a->text));

    // On the total with the NDA surcharge: 1 200.00 + 30 % = 1 560.00;
    // 15 % of it is 234.00.
    Project nda = project();
    nda.nda = true;
    nda.ndaMarkupPercent = 30;
    const auto b = CounterOffer::answer(CounterOffer::Ask::Rush, nda, pr, QDate(2026, 3, 6), english());
    QVERIFY2(b, qPrintable(b.error()));
    QCOMPARE(b->rushSurchargeMinor, std::optional<qint64>(23400));
}

void Tst_counteroffer::budget_breakdownFromItemsAndPriceLines()
{
    Project p = project();
    p.nda = true;
    p.ndaMarkupPercent = 30; // 1 200.00 + 360.00 = 1 560.00
    const auto a = CounterOffer::answer(CounterOffer::Ask::Budget, p, profile(), QDate(2026, 3, 2), english());
    QVERIFY2(a, qPrintable(a.error()));
    QVERIFY(a->text.contains(u"- Home page\n- About page\n- Product texts\n- Proofreading"_s));
    QVERIFY(a->text.contains(u"Base price: "_s + money(120000)));
    QVERIFY(a->text.contains(u"NDA surcharge 30 %: +"_s + money(36000)));
    QVERIFY(a->text.contains(u"Total: "_s + money(156000)));

    // 1 560.00 − 60.00 = 1 500.00, the discount with a minus sign.
    p.discountKind = DiscountKind::Amount;
    p.discountValue = 6000;
    const auto b = CounterOffer::answer(CounterOffer::Ask::Budget, p, profile(), QDate(2026, 3, 2), english());
    QVERIFY2(b, qPrintable(b.error()));
    QVERIFY2(b->text.contains(u"Discount: −"_s + money(6000)), qPrintable(b->text));
    QVERIFY(b->text.contains(u"Total: "_s + money(150000)));
}

void Tst_counteroffer::answers_areWrittenInTheDocumentLanguage()
{
    const auto fi = DocumentLanguage::fromId(u"fi"_s);
    const auto ru = DocumentLanguage::fromId(u"ru"_s);
    QVERIFY(fi && ru);
    const auto a = CounterOffer::answer(CounterOffer::Ask::Postpay, project(), profile(), QDate(2026, 3, 2), *fi);
    const auto b = CounterOffer::answer(CounterOffer::Ask::Postpay, project(), profile(), QDate(2026, 3, 2), *ru);
    QVERIFY(a && b);
    QVERIFY2(a->text.contains(u"ennakkomaksu"_s), qPrintable(a->text));
    QVERIFY2(b->text.contains(u"предоплат"_s), qPrintable(b->text));
    QVERIFY(a->text.contains(fi->money(Money(30000, u"EUR"_s))));
}

void Tst_counteroffer::answers_pluralFormsFollowEachNumber()
{
    // 8 hours at 8 hours a day is one working day; 1 day of margin. Each
    // number is its own sentence, so each takes its own form (and in
    // Russian its own case after "около").
    Project p = project();
    p.estimatedHours = 8;
    p.internalMarginDays = 1;
    const auto en = CounterOffer::answer(CounterOffer::Ask::Rush, p, profile(), QDate(2026, 3, 6), english());
    QVERIFY2(en, qPrintable(en.error()));
    QVERIFY2(en->text.contains(u"about 8 hours. That makes 1 working day. I keep 1 day in reserve"_s),
             qPrintable(en->text));

    const auto ru = DocumentLanguage::fromId(u"ru"_s);
    QVERIFY(ru);
    const auto one = CounterOffer::answer(CounterOffer::Ask::Rush, p, profile(), QDate(2026, 3, 6), *ru);
    QVERIFY2(one, qPrintable(one.error()));
    QVERIFY2(one->text.contains(u"около 8 часов"_s), qPrintable(one->text));
    QVERIFY2(one->text.contains(u"1 рабочий день"_s), qPrintable(one->text));
    QVERIFY2(one->text.contains(u"1 день"_s), qPrintable(one->text));
    p.estimatedHours = 21;
    p.internalMarginDays = 3;
    const auto many = CounterOffer::answer(CounterOffer::Ask::Rush, p, profile(), QDate(2026, 3, 6), *ru);
    QVERIFY2(many, qPrintable(many.error()));
    QVERIFY2(many->text.contains(u"около 21 часа"_s), qPrintable(many->text));
    QVERIFY2(many->text.contains(u"3 рабочих дня"_s), qPrintable(many->text));
    QVERIFY2(many->text.contains(u"3 дня"_s), qPrintable(many->text));

    // With no margin the answer does not promise "0 days" in reserve.
    p.internalMarginDays = 0;
    const auto none = CounterOffer::answer(CounterOffer::Ask::Rush, p, profile(), QDate(2026, 3, 6), english());
    QVERIFY2(none, qPrintable(none.error()));
    QVERIFY2(!none->text.contains(u"in reserve"_s), qPrintable(none->text));
}

QTEST_GUILESS_MAIN(Tst_counteroffer)
#include "tst_counteroffer.moc"
