#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace neuvo {

class Session;

// File → Restore Backup…: this database's backups, newest first, with date,
// why each was made and its size. Restore checks the chosen backup's
// integrity here, asks, and then emits restoreRequested; the main window
// closes its connection and lets BackupManager replace the file (keeping
// the current one as a backup) before it reopens.
class RestoreBackupDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit RestoreBackupDialog(Session &session, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QPushButton *restoreButton() const { return m_restore; }
    // Why the last Restore did not go ahead, empty when none.
    QString errorText() const;

    // "Daily", "Before an import", ... for BackupInfo::reason.
    static QString reasonText(const QString &reason);

signals:
    void restoreRequested(const QString &backupPath);

private:
    void reload();
    void updateState();
    void restoreSelected();

    Session &m_session;
    QLabel *m_intro = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_restore = nullptr;
};

// File → Check Database: SQLite's integrity check, the foreign keys and
// Neuvo's own rules (IntegrityCheck), each problem with the record it
// concerns, or "No problems found". On a PostgreSQL server, whose storage,
// constraints and references the server keeps, the schema and Neuvo's own
// rules (IntegrityCheck::checkServer, with the password typed for the
// window if there was one).
class IntegrityReportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit IntegrityReportDialog(const QString &databasePath, QWidget *parent = nullptr,
                                   const QString &serverPassword = {});

    QString summaryText() const;
    int problemCount() const;

private:
    QLabel *m_summary = nullptr;
    QTableWidget *m_problems = nullptr;
};

} // namespace neuvo
