#pragma once

#include "core/exchange/imports.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace neuvo {

class Session;

// File → Import CSV…: clients or projects from a spreadsheet. The file's
// separator, decimal mark and encoding are guessed (Csv::detect) and can be
// changed; the preview follows them. The first rows
// are shown as they will be read, with a combo above each column choosing
// the field it goes into (pre-filled from the header line, "Skip" for
// columns that have no field). Dry Run checks every row and lists the
// problems with their line numbers; Import checks again, backs the database
// up and writes all rows in one transaction, or nothing (Imports::csv, as
// neuvo-cli import-csv does).
class CsvImportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit CsvImportDialog(Session &session, QWidget *parent = nullptr);

    // Rows shown in the preview besides the header line.
    static constexpr int PreviewRows = 50;

    CsvExchange::Table table() const;
    void setTable(CsvExchange::Table table);
    // Reads and previews the file; false (with the reason shown) when it
    // cannot be read as CSV.
    bool setFile(const QString &path);

    QTableWidget *preview() const { return m_preview; }
    // How the file is read: what was guessed or chosen.
    CsvDialect dialect() const;
    QComboBox *separatorCombo() const { return m_separator; }
    QComboBox *decimalCombo() const { return m_decimal; }
    QComboBox *encodingCombo() const { return m_encoding; }
    // The combo mapping column `column` of the file to a field.
    QComboBox *mappingCombo(int column) const;
    // The field of each column, empty for Skip.
    QStringList mapping() const;
    QString problemsText() const;
    QPushButton *dryRunButton() const { return m_dryRun; }
    QPushButton *importButton() const { return m_import; }
    // Rows written by the last Import, 0 when none.
    int importedRows() const { return m_imported; }

public slots:
    bool dryRun();
    bool import();

private:
    void chooseFile();
    void rebuildPreview();
    void showProblems(const QString &text, bool good);
    // Shows the problems or the verdict of a check or an import; true when
    // it went through.
    bool showOutcome(const Result<Imports::CsvOutcome> &outcome);
    static QString fieldLabel(const QString &field);
    void setDialect(const CsvDialect &dialect);

    Session &m_session;
    QByteArray m_data;
    QString m_path;
    int m_imported = 0;

    QComboBox *m_table = nullptr;
    QLineEdit *m_file = nullptr;
    QComboBox *m_separator = nullptr;
    QComboBox *m_decimal = nullptr;
    QComboBox *m_encoding = nullptr;
    QTableWidget *m_preview = nullptr;
    QLabel *m_hint = nullptr;
    QPlainTextEdit *m_problems = nullptr;
    QPushButton *m_dryRun = nullptr;
    QPushButton *m_import = nullptr;
};

} // namespace neuvo
