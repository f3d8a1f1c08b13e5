#include <QTest>
class Tst_pricing : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(Tst_pricing)
#include "tst_pricing.moc"
