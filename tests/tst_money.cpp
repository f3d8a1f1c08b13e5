#include <QTest>
class Tst_money : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(Tst_money)
#include "tst_money.moc"
