// Renders every page of the main window to PNG, so a developer can look at
// what a change did in each language and theme without a display:
//   QT_QPA_PLATFORM=offscreen neuvo-screenshots [--dark] [--connect] DB OUTDIR [en|fi|ru [CLIENT]]
// --dark: the Fusion style with a dark palette, as a dark desktop theme
// gives it; the files are named PAGE-LANG-dark.png. CLIENT (part of a
// name) picks the client whose detail tabs are shown; the first row
// otherwise. --connect: only File → Connect to Server (empty, and asking
// for a password when DB is a server URL: the pgpass file is emptied for
// it), the File menu and the window title (printed; an offscreen window
// has no title bar to grab).
#include "core/storage/database.h"
#include "core/translations.h"
#include "core/domain/newrecords.h"
#include "ui/clients/clientdialog.h"
#include "ui/clients/clientspage.h"
#include "ui/dialogs/csvdialect.h"
#include "ui/dialogs/csvimportdialog.h"
#include "ui/dialogs/connectserverdialog.h"
#include "core/storage/serveraddress.h"
#include "core/storage/stores.h"
#include "ui/clients/clientdialog.h"
#include "ui/dialogs/documentdialog.h"
#include "ui/dialogs/preferencesdialog.h"
#include "ui/invoices/invoicespage.h"
#include "ui/statistics/statisticspage.h"
#include "ui/mainwindow.h"
#include "ui/projects/counterofferdialog.h"
#include "ui/projects/projecteditor.h"
#include "ui/session.h"

#include <QApplication>

#include <cstdio>
#include <QPalette>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QDir>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QMenu>
#include <QMenuBar>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace neuvo;
using namespace Qt::StringLiterals;

namespace {

// Fusion's colours on a dark desktop: light text on dark grey, a blue
// highlight and links light enough to read.
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x35, 0x35, 0x35), base(0x2a, 0x2a, 0x2a), text(0xe8, 0xe8, 0xe8);
    const QColor disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x31, 0x31, 0x31));
    p.setColor(QPalette::ToolTipBase, QColor(0x20, 0x20, 0x20));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4a));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x40, 0x40));
    p.setColor(QPalette::Mid, QColor(0x28, 0x28, 0x28));
    p.setColor(QPalette::Dark, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb4, 0x9c, 0xff));
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    p.setColor(QPalette::HighlightedText, Qt::white);
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
    return p;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Neuvo"_s);
    // Column widths and splitters as a new user sees them, not as an
    // earlier run in another language left them.
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QStringList args = app.arguments();
    const bool dark = args.removeAll(u"--dark"_s) > 0;
    const bool connectOnly = args.removeAll(u"--connect"_s) > 0;
    if (args.size() < 3) {
        qWarning("usage: neuvo-screenshots [--dark] DB OUTDIR [en|fi|ru [CLIENT]]");
        return 2;
    }
    const QString language = args.value(3, u"en"_s);
    installTranslations(app, QLocale(language));
    QLocale::setDefault(interfaceLocale(language));
    if (dark) {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(darkPalette());
    }
    // PAGE-LANG.png, or PAGE-LANG-dark.png
    const QString suffix = dark ? language + u"-dark"_s : language;
    QDir().mkpath(args.at(2));

    auto db = std::make_unique<Database>();
    if (auto opened = db->open(args.at(1)); !opened) {
        qWarning("%s", qPrintable(opened.error()));
        return 1;
    }
    MainWindow window(std::move(db));
    window.resize(1100, 700);
    window.show();
    if (connectOnly) {
        std::printf("title: %s\n", qUtf8Printable(window.windowTitle()));
        ConnectServerDialog connect(&window);
        connect.show();
        QTest::qWait(50);
        connect.grab().save(u"%1/connect-server-%2.png"_s.arg(args.at(2), suffix));
        if (const auto server = ServerAddress::fromUrl(args.at(1))) {
            QTemporaryDir passDir;
            const QString empty = passDir.filePath(u"pgpass"_s);
            QFile(empty).open(QIODevice::WriteOnly);
            QFile::setPermissions(empty, QFile::ReadOwner | QFile::WriteOwner); // libpq ignores others
            qputenv("PGPASSFILE", QFile::encodeName(empty));
            connect.setAddress(*server);
            connect.connectButton()->click();
            QTest::qWait(50);
            connect.grab().save(u"%1/connect-server-password-%2.png"_s.arg(args.at(2), suffix));
        }
        connect.hostEdit()->setText(u"/nonexistent"_s);
        connect.connectButton()->click();
        QTest::qWait(50);
        connect.grab().save(u"%1/connect-server-failed-%2.png"_s.arg(args.at(2), suffix));
        if (QMenu *file = window.menuBar()->actions().constFirst()->menu()) {
            file->popup(window.mapToGlobal(QPoint(0, 0)));
            QTest::qWait(100);
            file->grab().save(u"%1/file-menu-%2.png"_s.arg(args.at(2), suffix));
            file->hide();
        }
        return 0;
    }
    // What the first paint shows while the rules are evaluated in the
    // session's thread (dashboard-loading-LANG.png).
    if (window.session().isEvaluating())
        window.grab().save(u"%1/dashboard-loading-%2.png"_s.arg(args.at(2), suffix));
    QTest::qWait(200);
    // The dashboard fills once the rules are evaluated in the session's thread.
    while (window.session().isEvaluating())
        QTest::qWait(50);
    QTest::qWait(100);

    const QStringList names = {u"dashboard"_s, u"clients"_s, u"projects"_s, u"payments"_s, u"invoices"_s,
                               u"statistics"_s};
    for (int page = 0; page < MainWindow::PageCount; ++page) {
        window.showPage(MainWindow::Page(page));
        if (page == MainWindow::ClientsView && window.clientView()->model()->rowCount() > 0) {
            const QAbstractItemModel *clients = window.clientView()->model();
            int row = 0;
            for (int r = 0; args.size() > 4 && r < clients->rowCount(); ++r) {
                if (clients->index(r, 0).data().toString().contains(args.at(4), Qt::CaseInsensitive))
                    row = r;
            }
            window.clientView()->selectRow(row);
        }
        if (page == MainWindow::InvoicesView)
            window.invoicesPage()->setPeriod(InvoicesPage::AllTime);
        QTest::qWait(100);
        window.grab().save(u"%1/%2-%3.png"_s.arg(args.at(2), names.at(page), suffix));
        // The Statistics page scrolls: its whole content as well.
        if (page == MainWindow::StatisticsView) {
            window.statisticsPage()->reload();
            if (auto *scroll = window.statisticsPage()->findChild<QScrollArea *>())
                scroll->widget()->grab().save(u"%1/statistics-full-%2.png"_s.arg(args.at(2), suffix));
            QComboBox *period = window.statisticsPage()->periodCombo();
            period->setCurrentIndex(period->findData(StatisticsPage::SinceDate));
            QTest::qWait(50);
            window.grab().save(u"%1/statistics-since-%2.png"_s.arg(args.at(2), suffix));
            period->setCurrentIndex(period->findData(StatisticsPage::AllTime));
        }
        // Each tab of the client detail, for the first client.
        if (page == MainWindow::ClientsView) {
            if (auto *tabs = window.clientsPage()->findChild<QTabWidget *>()) {
                for (int tab = 0; tab < tabs->count(); ++tab) {
                    tabs->setCurrentIndex(tab);
                    QTest::qWait(50);
                    window.grab().save(u"%1/clients-tab%2-%3.png"_s.arg(args.at(2)).arg(tab).arg(suffix));
                }
            }
        }
    }
    // The project editor, every tab, for the project with the most stages.
    qint64 projectId = 0;
    qsizetype mostStages = -1;
    for (const Project &p : window.session().facts().projects) {
        if (p.stages.size() > mostStages) {
            mostStages = p.stages.size();
            projectId = p.id;
        }
    }
    if (projectId > 0) {
        window.openProject(projectId);
        QTest::qWait(100);
        if (auto *editor = window.findChild<ProjectEditor *>()) {
            for (int tab = 0; tab < editor->tabs()->count(); ++tab) {
                editor->tabs()->setCurrentIndex(tab);
                QTest::qWait(50);
                editor->grab().save(u"%1/project-tab%2-%3.png"_s.arg(args.at(2)).arg(tab).arg(suffix));
            }
            // "The client asks for…": its menu, and the postpay and
            // discount answers.
            editor->tabs()->setCurrentIndex(ProjectEditor::PricingTab);
            if (QMenu *asks = editor->clientAsksButton()->menu()) {
                asks->popup(editor->clientAsksButton()->mapToGlobal(QPoint(0, 0)));
                QTest::qWait(100);
                asks->grab().save(u"%1/client-asks-menu-%2.png"_s.arg(args.at(2), suffix));
                asks->hide();
            }
            if (auto *counter = editor->openCounterOffer(CounterOffer::Ask::Postpay)) {
                counter->languageCombo()->setCurrentIndex(counter->languageCombo()->findData(language));
                QTest::qWait(50);
                counter->grab().save(u"%1/counter-postpay-%2.png"_s.arg(args.at(2), suffix));
                counter->askCombo()->setCurrentIndex(counter->askCombo()->findData(int(CounterOffer::Ask::Discount)));
                counter->discountEdit()->setText(u"800"_s);
                QTest::qWait(50);
                counter->grab().save(u"%1/counter-discount-%2.png"_s.arg(args.at(2), suffix));
                counter->discountEdit()->setText(u"2000"_s);
                QTest::qWait(50);
                counter->grab().save(u"%1/counter-discount-refused-%2.png"_s.arg(args.at(2), suffix));
                counter->askCombo()->setCurrentIndex(counter->askCombo()->findData(int(CounterOffer::Ask::Rush)));
                QTest::qWait(50);
                counter->grab().save(u"%1/counter-rush-%2.png"_s.arg(args.at(2), suffix));
                counter->reject();
            }
            editor->reject();
        }
        DocumentDialog documents(window.session(), projectId);
        documents.show();
        QTest::qWait(50);
        documents.grab().save(u"%1/documents-%2.png"_s.arg(args.at(2), suffix));
    }
    // CSV: a Russian Excel file as guessed, and the export's choices.
    QTemporaryDir csvDir;
    const QString csvPath = csvDir.filePath(u"clients.csv"_s);
    if (QFile csvFile(csvPath); csvFile.open(QIODevice::WriteOnly)) {
        QStringEncoder cyrillic("windows-1251");
        csvFile.write(cyrillic(u"Имя;Компания;Бюджет\r\nАнна Ким;ООО Ромашка;1 234,50\r\n"
                               "Олег Петров;;12 000,00\r\n"_s));
    }
    {
        CsvImportDialog import(window.session());
        import.setFile(csvPath);
        import.show();
        QTest::qWait(50);
        import.grab().save(u"%1/csv-import-%2.png"_s.arg(args.at(2), suffix));
        CsvExportDialog exportDialog;
        exportDialog.show();
        QTest::qWait(50);
        exportDialog.grab().save(u"%1/csv-export-%2.png"_s.arg(args.at(2), suffix));
    }
    // A refused input: the error text in the dialog's warning colour.
    ClientDialog clientDialog(window.session(), NewRecords::client());
    if (auto *name = clientDialog.findChild<QLineEdit *>(u"name"_s))
        name->setText(u"Anna Berg"_s);
    if (auto *email = clientDialog.findChild<QLineEdit *>(u"email"_s))
        email->setText(u"anna.berg"_s);
    clientDialog.show();
    clientDialog.accept(); // refused: stays open with the message
    QTest::qWait(50);
    clientDialog.grab().save(u"%1/client-error-%2.png"_s.arg(args.at(2), suffix));
    // Every tab of Preferences, the File menu, and the client dialog of the
    // first client.
    {
        PreferencesDialog preferences(window.session(), &window);
        preferences.show();
        if (auto *tabs = preferences.findChild<QTabWidget *>()) {
            for (int tab = 0; tab < tabs->count(); ++tab) {
                tabs->setCurrentIndex(tab);
                QTest::qWait(50);
                preferences.grab().save(u"%1/preferences-tab%2-%3.png"_s.arg(args.at(2)).arg(tab).arg(suffix));
            }
        }
        preferences.reject();
    }
    if (QMenu *file = window.menuBar()->actions().constFirst()->menu()) {
        file->popup(window.mapToGlobal(QPoint(0, 0)));
        QTest::qWait(100);
        file->grab().save(u"%1/file-menu-%2.png"_s.arg(args.at(2), suffix));
        file->hide();
    }
    // The letters a sent brief calls for: its one reminder, and releasing
    // the reserved time.
    if (const auto log = InteractionStore(window.session().db()).list()) {
        for (const Interaction &i : *log) {
            if (i.kind != InteractionKind::BriefSent || i.direction != Direction::Out)
                continue;
            FollowUpLetterDialog letter(window.session(), i.id);
            letter.languageCombo()->setCurrentIndex(letter.languageCombo()->findData(language));
            letter.show();
            QTest::qWait(50);
            letter.grab().save(u"%1/letter-brief-reminder-%2.png"_s.arg(args.at(2), suffix));
            letter.kindCombo()->setCurrentIndex(letter.kindCombo()->findData(int(LetterKind::SlotRelease)));
            QTest::qWait(50);
            letter.grab().save(u"%1/letter-release-slot-%2.png"_s.arg(args.at(2), suffix));
        }
    }
    if (const auto clients = ClientStore(window.session().db()).list(); clients && !clients->isEmpty()) {
        ClientDialog dialog(window.session(), clients->constFirst());
        dialog.show();
        QTest::qWait(50);
        dialog.grab().save(u"%1/client-dialog-%2.png"_s.arg(args.at(2), language));
    }
    return 0;
}
