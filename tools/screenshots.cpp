// Renders every page of the main window to PNG, so a developer can look at
// what a change did in each language without a display:
//   QT_QPA_PLATFORM=offscreen neuvo-screenshots DB OUTDIR [en|fi|ru [CLIENT]]
// CLIENT (part of a name) picks the client whose detail tabs are shown;
// the first row otherwise.
#include "core/storage/database.h"
#include "core/translations.h"
#include "ui/clients/clientspage.h"
#include "core/storage/stores.h"
#include "ui/clients/clientdialog.h"
#include "ui/dialogs/documentdialog.h"
#include "ui/dialogs/preferencesdialog.h"
#include "ui/invoices/invoicespage.h"
#include "ui/mainwindow.h"
#include "ui/projects/projecteditor.h"
#include "ui/session.h"

#include <QApplication>
#include <QDir>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace neuvo;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Neuvo"_s);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        qWarning("usage: neuvo-screenshots DB OUTDIR [en|fi|ru [CLIENT]]");
        return 2;
    }
    const QString language = args.value(3, u"en"_s);
    installTranslations(app, QLocale(language));
    QLocale::setDefault(QLocale(language));
    QDir().mkpath(args.at(2));

    auto db = std::make_unique<Database>();
    if (auto opened = db->open(args.at(1)); !opened) {
        qWarning("%s", qPrintable(opened.error()));
        return 1;
    }
    MainWindow window(std::move(db));
    window.resize(1100, 700);
    window.show();
    QTest::qWait(200);

    const QStringList names = {u"dashboard"_s, u"clients"_s, u"projects"_s, u"payments"_s, u"invoices"_s};
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
        window.grab().save(u"%1/%2-%3.png"_s.arg(args.at(2), names.at(page), language));
        // Each tab of the client detail, for the first client.
        if (page == MainWindow::ClientsView) {
            if (auto *tabs = window.clientsPage()->findChild<QTabWidget *>()) {
                for (int tab = 0; tab < tabs->count(); ++tab) {
                    tabs->setCurrentIndex(tab);
                    QTest::qWait(50);
                    window.grab().save(u"%1/clients-tab%2-%3.png"_s.arg(args.at(2)).arg(tab).arg(language));
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
                editor->grab().save(u"%1/project-tab%2-%3.png"_s.arg(args.at(2)).arg(tab).arg(language));
            }
            editor->reject();
        }
        DocumentDialog documents(window.session(), projectId);
        documents.show();
        QTest::qWait(50);
        documents.grab().save(u"%1/documents-%2.png"_s.arg(args.at(2), language));
    }
    // Every tab of Preferences, the File menu, and the client dialog of the
    // first client.
    {
        PreferencesDialog preferences(window.session(), &window);
        preferences.show();
        if (auto *tabs = preferences.findChild<QTabWidget *>()) {
            for (int tab = 0; tab < tabs->count(); ++tab) {
                tabs->setCurrentIndex(tab);
                QTest::qWait(50);
                preferences.grab().save(u"%1/preferences-tab%2-%3.png"_s.arg(args.at(2)).arg(tab).arg(language));
            }
        }
        preferences.reject();
    }
    if (QMenu *file = window.menuBar()->actions().constFirst()->menu()) {
        file->popup(window.mapToGlobal(QPoint(0, 0)));
        QTest::qWait(100);
        file->grab().save(u"%1/file-menu-%2.png"_s.arg(args.at(2), language));
        file->hide();
    }
    if (const auto clients = ClientStore(window.session().db()).list(); clients && !clients->isEmpty()) {
        ClientDialog dialog(window.session(), clients->constFirst());
        dialog.show();
        QTest::qWait(50);
        dialog.grab().save(u"%1/client-dialog-%2.png"_s.arg(args.at(2), language));
    }
    return 0;
}
