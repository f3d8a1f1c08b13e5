#include <QTest>
class Tst_stageplan : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(Tst_stageplan)
#include "tst_stageplan.moc"
