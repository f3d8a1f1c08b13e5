#include "backupdialogs.h"
#include "ui/widgets/warning.h"
#include "ui/widgets/plaintext.h"

#include "core/storage/backup.h"
#include "core/storage/database.h"
#include "core/storage/integritycheck.h"
#include "core/storage/serveraddress.h"
#include "core/storage/sqldialect.h"
#include "ui/widgets/confirmation.h"
#include "core/domain/plural.h"
#include "ui/itemroles.h"
#include "ui/session.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

QTableWidget *reportTable(const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

QLabel *errorLabel()
{
    auto *label = plainLabel();
    label->setObjectName(u"errorLabel"_s);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    colourAsWarning(label);
    label->hide();
    return label;
}

} // namespace

// ---------------------------------------------------------------- restore

RestoreBackupDialog::RestoreBackupDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(u"restoreBackupDialog"_s);
    setWindowTitle(tr("Restore Backup"));

    m_intro = plainLabel(tr("Restoring replaces %1 with the backup you choose. The backup is checked first, and "
                            "what the file holds now is kept as a backup, so a restore can itself be undone.")
                             .arg(QDir::toNativeSeparators(session.db().path())));
    m_intro->setWordWrap(true);

    m_table = reportTable({tr("Made"), tr("Why"), tr("Size")});
    m_table->setObjectName(u"backupTable"_s);
    m_table->setAccessibleName(tr("Backups"));
    m_table->setWordWrap(false);
    const auto width = [this](const QString &sample) { return fontMetrics().horizontalAdvance(sample) + 32; };
    m_table->horizontalHeader()->resizeSection(0, width(u"00/00/0000 00:00:00 PM"_s));
    m_table->horizontalHeader()->resizeSection(1, width(tr("Before the upgrade from schema 10")));
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RestoreBackupDialog::updateState);
    connect(m_table, &QTableWidget::itemActivated, this, &RestoreBackupDialog::restoreSelected);

    m_error = errorLabel();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_restore = buttons->addButton(tr("&Restore…"), QDialogButtonBox::ActionRole);
    m_restore->setObjectName(u"restoreButton"_s);
    connect(m_restore, &QPushButton::clicked, this, &RestoreBackupDialog::restoreSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(640, 400);
    reload();
}

QString RestoreBackupDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

QString RestoreBackupDialog::reasonText(const QString &reason)
{
    if (reason == u"daily"_s)
        return tr("First start of the day");
    if (reason == u"manual"_s)
        return tr("Backed up on request");
    if (reason == u"import"_s)
        return tr("Before an import");
    if (reason == u"before-restore"_s)
        return tr("Before a restore");
    if (reason == u"damaged"_s)
        return tr("Damaged file, kept at a restore");
    static const QRegularExpression upgrade(u"^upgrade-from-v([0-9]+)$"_s);
    if (const auto match = upgrade.match(reason); match.hasMatch())
        return tr("Before the upgrade from schema %1").arg(match.captured(1));
    return reason;
}

void RestoreBackupDialog::reload()
{
    const QList<BackupInfo> backups = BackupManager(m_session.db().path()).list();
    const QLocale locale;
    m_table->setRowCount(int(backups.size()));
    for (int row = 0; row < backups.size(); ++row) {
        const BackupInfo &b = backups.at(row);
        auto *made = new QTableWidgetItem(locale.toString(b.createdUtc.toLocalTime(), QLocale::ShortFormat));
        made->setData(PathRole, b.path);
        made->setToolTip(QDir::toNativeSeparators(b.path));
        auto *why = new QTableWidgetItem(reasonText(b.reason));
        why->setToolTip(b.reason);
        auto *size = new QTableWidgetItem(locale.formattedDataSize(b.size));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 0, made);
        m_table->setItem(row, 1, why);
        m_table->setItem(row, 2, size);
    }
    if (backups.isEmpty()) {
        m_error->setText(tr("There are no backups of this database yet (%1). File → Back Up Now makes one.")
                             .arg(QDir::toNativeSeparators(BackupManager::folderFor(m_session.db().path()))));
        colourAsNormal(m_error);
        m_error->show();
    } else {
        m_table->selectRow(0);
    }
    updateState();
}

void RestoreBackupDialog::updateState()
{
    m_restore->setEnabled(!m_table->selectedItems().isEmpty());
    m_restore->setToolTip(tr("Check the backup, keep the current file as a backup, then put this one in its place"));
    // A restore needs the file to itself and writes beside it.
    m_session.disableIfReadOnly(m_restore);
}

void RestoreBackupDialog::restoreSelected()
{
    if (m_session.isReadOnly() || m_table->selectedItems().isEmpty())
        return;
    const int row = m_table->currentRow();
    const QString path = m_table->item(row, 0)->data(PathRole).toString();
    const QString made = m_table->item(row, 0)->text();
    // Checked before anything is closed: a damaged backup leaves the window
    // as it is.
    if (auto checked = BackupManager::verify(path, BackupManager::Check::Full); !checked) {
        colourAsWarning(m_error);
        m_error->setText(tr("This backup cannot be restored: %1").arg(checked.error()));
        m_error->show();
        return;
    }
    m_error->hide();
    if (!Confirmation::ask(this, tr("Restore Backup"),
                           tr("Replace %1 with the backup made %2? What the file holds now is kept as a backup "
                              "first.")
                               .arg(QDir::toNativeSeparators(m_session.db().path()), made),
                           tr("Restore")))
        return;
    emit restoreRequested(path);
    accept();
}

// ---------------------------------------------------------------- check

IntegrityReportDialog::IntegrityReportDialog(const QString &databasePath, QWidget *parent,
                                             const QString &serverPassword)
    : QDialog(parent)
{
    setObjectName(u"integrityReportDialog"_s);
    setWindowTitle(tr("Check Database"));
    const bool onServer = SqlDialect::isServerUrl(databasePath);
    const QString file = onServer ? databaseDisplayName(databasePath) : QDir::toNativeSeparators(databasePath);

    m_summary = plainLabel();
    m_summary->setObjectName(u"summaryLabel"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems = reportTable({tr("Record"), tr("Problem")});
    m_problems->setObjectName(u"problemTable"_s);
    m_problems->setAccessibleName(tr("Problems found"));
    m_problems->setWordWrap(true);
    m_problems->horizontalHeader()->resizeSection(0, fontMetrics().horizontalAdvance(u"project 00 “Website redesign”"_s) + 24);

    const auto problems = onServer ? IntegrityCheck::checkServer(databasePath, serverPassword)
                                   : IntegrityCheck::checkFile(databasePath, IntegrityCheck::Depth::Full);
    if (!problems) {
        m_summary->setText(tr("The check could not run: %1").arg(problems.error()));
    } else if (problems->isEmpty() && onServer) {
        m_summary->setText(tr("No problems found in %1: its schema is Neuvo's, and Neuvo's own rules (stages add up "
                              "to each project's total, no negative amounts, records about a project are with its "
                              "client) all pass. The PostgreSQL server itself keeps its storage, constraints and "
                              "references between records sound.")
                               .arg(file));
    } else if (problems->isEmpty()) {
        m_summary->setText(tr("No problems found in %1: SQLite's integrity check, the references between records "
                              "and Neuvo's own rules (stages add up to each project's total, no negative amounts) "
                              "all pass.")
                               .arg(file));
    } else {
        QString text = englishPlural(tr("%n problem(s) found in %1.", nullptr, int(problems->size())),
                                     problems->size())
                           .arg(file);
        // A server's data comes back with pg_restore, not from Neuvo's backups.
        if (const auto good = onServer ? std::nullopt : BackupManager(databasePath).newestGoodBackup())
            text += u' ' + tr("The newest backup that passes the check is from %1; File → Restore Backup puts it "
                              "back.")
                               .arg(QLocale().toString(good->createdUtc.toLocalTime(), QLocale::ShortFormat));
        m_summary->setText(text);
        m_problems->setRowCount(int(problems->size()));
        for (int row = 0; row < problems->size(); ++row) {
            const IntegrityProblem &p = problems->at(row);
            m_problems->setItem(row, 0, new QTableWidgetItem(p.record.isEmpty() ? tr("the file") : p.record));
            auto *message = new QTableWidgetItem(p.message);
            message->setToolTip(p.message);
            m_problems->setItem(row, 1, message);
        }
        m_problems->resizeRowsToContents();
    }
    const bool found = problems && !problems->isEmpty();
    m_problems->setVisible(found);
    // Messages wrap; rows follow the width of the column.
    m_problems->setTextElideMode(Qt::ElideNone);
    connect(m_problems->horizontalHeader(), &QHeaderView::sectionResized, m_problems,
            &QTableWidget::resizeRowsToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems, 1);
    if (!found)
        layout->addStretch();
    layout->addWidget(buttons);
    resize(found ? QSize(760, 400) : QSize(520, sizeHint().height()));
}

QString IntegrityReportDialog::summaryText() const
{
    return m_summary->text();
}

int IntegrityReportDialog::problemCount() const
{
    return m_problems->rowCount();
}

} // namespace neuvo
