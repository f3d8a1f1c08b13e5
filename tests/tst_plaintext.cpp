// Client data is shown as text, never interpreted as markup. Every text
// field of a database holds a hostile string (an <img> whose source is a
// FIFO, bold tags, an entity); the test walks every page, tab and dialog,
// shows every tool tip that quotes the data, and fails if a widget would
// render the markup or if anything opens the FIFO.

#include "core/storage/database.h"
#include "core/exchange/demodata.h"
#include "core/storage/stores.h"
#include "ui/dialogs/backupdialogs.h"
#include "ui/clients/clientdialog.h"
#include "ui/clients/clientspage.h"
#include "ui/dialogs/csvimportdialog.h"
#include "ui/dialogs/documentdialog.h"
#include "ui/mainwindow.h"
#include "ui/widgets/plaintext.h"
#include "ui/dialogs/preferencesdialog.h"
#include "ui/projects/projecteditor.h"
#include "ui/session.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QHelpEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextEdit>
#include <QTimer>
#include <QToolTip>

#include <atomic>
#include <fcntl.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace neuvo;
using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2025, 3, 14);
const auto kMarkupStart = u"<img src=\""_s;

// A FIFO that reports whether anything opened it for reading. A reader
// blocks in open() until a writer comes, so the probe keeps trying to open
// it for writing without blocking; the first success means a reader, and
// the byte it writes and the close let that reader go on.
class FifoProbe final
{
public:
    explicit FifoProbe(const QString &path)
        : m_path(QFile::encodeName(path))
    {
        m_valid = ::mkfifo(m_path.constData(), 0600) == 0;
        m_thread = std::thread([this] {
            while (!m_stop) {
                const int fd = ::open(m_path.constData(), O_WRONLY | O_NONBLOCK);
                if (fd >= 0) {
                    m_opened = true;
                    [[maybe_unused]] const auto written = ::write(fd, "x", 1);
                    ::close(fd);
                }
                ::usleep(2000);
            }
        });
    }
    ~FifoProbe()
    {
        m_stop = true;
        m_thread.join();
    }
    Q_DISABLE_COPY_MOVE(FifoProbe)

    bool isValid() const { return m_valid; }
    bool wasOpened() const { return m_opened; }

private:
    QByteArray m_path;
    bool m_valid = false;
    std::atomic_bool m_stop = false;
    std::atomic_bool m_opened = false;
    std::thread m_thread;
};

// Would this text, shown by a widget that guesses its format, be rendered
// as markup with the hostile <img> in it?
bool rendersHostileMarkup(const QString &text, Qt::TextFormat format = Qt::AutoText)
{
    if (!text.contains(kMarkupStart) || format == Qt::PlainText)
        return false;
    return format == Qt::RichText || Qt::mightBeRichText(text);
}

QString describe(const QWidget *widget)
{
    QString path;
    for (const QObject *o = widget; o; o = o->parent()) {
        const QString name = o->objectName().isEmpty() ? QString::fromLatin1(o->metaObject()->className())
                                                        : o->objectName();
        path.prepend(path.isEmpty() ? name : name + u'/');
    }
    return path;
}

QWidget *visibleToolTip()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w->inherits("QTipLabel") && w->isVisible())
            return w;
    }
    return nullptr;
}

// Asks `target` for its tool tip at pos the way the mouse would, and says
// what was shown when it would render the hostile markup.
QString toolTipProblem(QWidget *target, QPoint pos, const QString &what)
{
    QToolTip::hideText();
    QHelpEvent event(QEvent::ToolTip, pos, target->mapToGlobal(pos));
    QApplication::sendEvent(target, &event);
    const auto *tip = qobject_cast<const QLabel *>(visibleToolTip());
    QString problem;
    if (tip && rendersHostileMarkup(tip->text(), tip->textFormat()))
        problem = u"tool tip of %1: %2"_s.arg(what, tip->text().left(120));
    QToolTip::hideText();
    return problem;
}

bool hasImage(const QTextDocument *document)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isImageFormat())
                return true;
        }
    }
    return false;
}

// Every widget below root that would render the hostile markup: labels,
// tool tips of widgets and of the visible cells of item views, text edits.
QStringList markupProblems(QWidget *root)
{
    root->grab(); // lays out and paints every visible child, as a person sees it
    QStringList problems;
    // Showing a tool tip may delete widgets (an earlier tip), so hold them
    // weakly.
    QList<QPointer<QWidget>> widgets;
    widgets << root;
    for (QWidget *child : root->findChildren<QWidget *>())
        widgets << child;
    for (const QPointer<QWidget> &w : widgets) {
        if (!w)
            continue;
        if (auto *label = qobject_cast<QLabel *>(w); label && rendersHostileMarkup(label->text(), label->textFormat()))
            problems << u"label %1: %2"_s.arg(describe(w), label->text().left(120));
        if (auto *edit = qobject_cast<QTextEdit *>(w); edit && hasImage(edit->document()))
            problems << u"text edit %1 shows an image"_s.arg(describe(w));
        if (w->isVisible() && w->toolTip().contains(kMarkupStart)) {
            if (const QString p = toolTipProblem(w, w->rect().center(), describe(w)); !p.isEmpty())
                problems << p;
        }
        auto *view = qobject_cast<QAbstractItemView *>(w);
        if (!view || !view->isVisible() || !view->model())
            continue;
        const QAbstractItemModel *model = view->model();
        for (int row = 0; row < std::min(model->rowCount(), 40); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex index = model->index(row, column);
                if (!index.data(Qt::ToolTipRole).toString().contains(kMarkupStart))
                    continue;
                const QRect cell = view->visualRect(index);
                if (!cell.isValid() || !view->viewport()->rect().contains(cell.center()))
                    continue;
                const QString p = toolTipProblem(view->viewport(), cell.center(),
                                                 u"%1 cell %2,%3"_s.arg(describe(view)).arg(row).arg(column));
                if (!p.isEmpty())
                    problems << p;
            }
        }
    }
    return problems;
}

template<typename T>
T *topLevel()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *found = qobject_cast<T *>(w); found && found->isVisible())
            return found;
    }
    return nullptr;
}

} // namespace

class TestPlainText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void hostileData_everyPageAndTab_showsTextAndOpensNothing();
    void hostileData_everyDialog_showsTextAndOpensNothing();
    void hostileData_deleteQuestion_isPlainText();
    void hostileCsv_preview_showsTextAndOpensNothing();
    void plainTextToolTip_escapesMarkupAndKeepsLines();

private:
    void openHostileWindow();
    QString hostile() const;
    void walkTabs(QWidget *root);
    void verifyNothingInterpreted();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FifoProbe> m_probe;
    std::unique_ptr<MainWindow> m_window;
    Database *m_db = nullptr;
    QStringList m_problems;
};

void TestPlainText::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestPlainText::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_probe = std::make_unique<FifoProbe>(m_dir->filePath(u"probe"_s));
    QVERIFY(m_probe->isValid());
    m_problems.clear();
}

void TestPlainText::cleanup()
{
    m_window.reset();
    m_db = nullptr;
    m_probe.reset();
    m_dir.reset();
}

QString TestPlainText::hostile() const
{
    return u"<img src=\"%1\"><b>bold</b> &amp; <a href=\"file:///etc/passwd\">link</a>"_s.arg(
        m_dir->filePath(u"probe"_s));
}

// The demo data with the hostile string appended to every free-text field,
// in a file whose own name is markup.
void TestPlainText::openHostileWindow()
{
    auto db = std::make_unique<Database>();
    QVERIFY(db->open(m_dir->filePath(u"<b>clients</b>.sqlite"_s)).ok());
    QVERIFY(DemoData::fill(*db, kToday).ok());
    const QMap<QString, QStringList> columns = {
        {u"profile"_s, {u"name"_s, u"legal_form"_s, u"registration_number"_s, u"address"_s, u"email"_s, u"phone"_s,
                        u"bank_details"_s}},
        {u"client"_s, {u"name"_s, u"company"_s, u"email"_s, u"phone"_s, u"messenger"_s, u"notes"_s}},
        {u"project"_s, {u"title"_s, u"scope"_s, u"discount_reason"_s, u"discount_concession"_s, u"contract_number"_s}},
        {u"project_item"_s, {u"description"_s}},
        {u"stage"_s, {u"title"_s}},
        {u"revision"_s, {u"description"_s}},
        {u"interaction"_s, {u"summary"_s}},
        {u"promise"_s, {u"what"_s}},
        {u"observation"_s, {u"note"_s}},
        {u"price_change"_s, {u"note"_s}},
    };
    QSqlQuery query(db->connection());
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        QStringList sets;
        for (const QString &column : it.value())
            sets << u"%1 = CASE %1 WHEN '' THEN :hostile ELSE %1 || ' ' || :hostile END"_s.arg(column);
        QVERIFY(query.prepare(u"UPDATE %1 SET %2"_s.arg(it.key(), sets.join(u", "_s))));
        query.bindValue(u":hostile"_s, hostile());
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }
    m_db = db.get();
    m_window = std::make_unique<MainWindow>(std::move(db));
    m_window->session().setToday(kToday);
    m_window->resize(1280, 860);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // The lists fill once the rules have run in their thread.
    QTRY_VERIFY(!m_window->session().isEvaluating());
}

void TestPlainText::walkTabs(QWidget *root)
{
    m_problems << markupProblems(root);
    for (QTabWidget *tabs : root->findChildren<QTabWidget *>()) {
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();
            m_problems << markupProblems(root);
        }
    }
}

void TestPlainText::verifyNothingInterpreted()
{
    if (m_probe->wasOpened())
        m_problems.prepend(u"something opened the file named in an <img> of the data"_s);
    QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(u'\n')));
}

void TestPlainText::hostileData_everyPageAndTab_showsTextAndOpensNothing()
{
    openHostileWindow();
    for (int page = 0; page < MainWindow::PageCount; ++page) {
        m_window->showPage(MainWindow::Page(page));
        QCoreApplication::processEvents();
        m_problems << markupProblems(m_window.get());
    }
    const auto clients = ClientStore(*m_db).list();
    QVERIFY(clients.ok());
    QVERIFY(!clients->isEmpty());
    for (const Client &client : *clients) {
        QVERIFY(client.name.contains(kMarkupStart));
        m_window->openClient(client.id);
        QCoreApplication::processEvents();
        walkTabs(m_window->clientsPage());
    }
    verifyNothingInterpreted();
}

void TestPlainText::hostileData_everyDialog_showsTextAndOpensNothing()
{
    openHostileWindow();
    Session &session = m_window->session();
    const auto clients = ClientStore(*m_db).list();
    QVERIFY(clients.ok());
    const auto projects = ProjectStore(*m_db).list();
    QVERIFY(projects.ok());
    QVERIFY(!projects->isEmpty());

    {
        ClientDialog dialog(session, clients->first());
        dialog.show();
        walkTabs(&dialog);
    }
    for (const Project &project : *projects) {
        m_window->openProject(project.id);
        QCoreApplication::processEvents();
        auto *editor = topLevel<ProjectEditor>();
        QVERIFY2(editor, "the project editor did not open");
        QVERIFY2(!editor->hasChanges(), qPrintable(u"opening '%1' changed it"_s.arg(project.title)));
        walkTabs(editor);
        QVERIFY2(!editor->hasChanges(), qPrintable(u"looking at '%1' changed it"_s.arg(project.title)));
        DocumentDialog documents(session, project.id);
        documents.show();
        walkTabs(&documents);
    }
    {
        PreferencesDialog preferences(session);
        preferences.show();
        walkTabs(&preferences);
    }
    {
        const auto interactions = InteractionStore(*m_db).list(clients->first().id);
        QVERIFY(interactions.ok());
        QVERIFY(!interactions->isEmpty());
        FollowUpLetterDialog letter(session, interactions->first().id);
        letter.show();
        walkTabs(&letter);
    }
    {
        m_window->backUpNow();
        RestoreBackupDialog restore(session);
        restore.show();
        walkTabs(&restore);
        IntegrityReportDialog check(m_db->path());
        check.show();
        walkTabs(&check);
    }
    verifyNothingInterpreted();
}

void TestPlainText::hostileData_deleteQuestion_isPlainText()
{
    openHostileWindow();
    const auto clients = ClientStore(*m_db).list();
    QVERIFY(clients.ok());
    m_window->openClient(clients->first().id);
    QStringList formats;
    bool sawHostileText = false;
    QTimer poll;
    poll.setInterval(10);
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        poll.stop();
        for (const QLabel *label : box->findChildren<QLabel *>()) {
            sawHostileText = sawHostileText || label->text().contains(kMarkupStart);
            if (rendersHostileMarkup(label->text(), label->textFormat()))
                formats << label->text().left(120);
        }
        box->reject();
    });
    poll.start();
    m_window->clientsPage()->deleteClientAction()->trigger();
    QVERIFY2(sawHostileText, "the question should name the client");
    QVERIFY2(formats.isEmpty(), qPrintable(formats.join(u'\n')));
    QVERIFY(!m_probe->wasOpened());
    QCOMPARE(ClientStore(*m_db).list()->size(), clients->size());
}

void TestPlainText::hostileCsv_preview_showsTextAndOpensNothing()
{
    openHostileWindow();
    const QString csv = m_dir->filePath(u"clients.csv"_s);
    {
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QString escaped = hostile().replace(u'"', u"\"\""_s);
        file.write(u"name,company,notes\n\"Anna %1\",\"%1\",\"%1\"\n"_s.arg(escaped).toUtf8());
    }
    CsvImportDialog dialog(m_window->session());
    QVERIFY(dialog.setFile(csv));
    dialog.resize(900, 600);
    dialog.show();
    QVERIFY(dialog.dryRun());
    walkTabs(&dialog);
    verifyNothingInterpreted();
}

void TestPlainText::plainTextToolTip_escapesMarkupAndKeepsLines()
{
    const QString tip = plainTextToolTip(u"<b>x</b> & y\nsecond"_s);
    QVERIFY(!tip.contains(u"<b>"_s));
    QVERIFY(tip.contains(u"&lt;b&gt;x&lt;/b&gt; &amp; y"_s));
    QVERIFY2(tip.contains(u"y<br"_s), qPrintable(tip));
}

QTEST_MAIN(TestPlainText)
#include "tst_plaintext.moc"
