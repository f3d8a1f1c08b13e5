#include "csvimportdialog.h"
#include "ui/widgets/plaintext.h"

#include "core/exchange/csv.h"
#include "core/exchange/imports.h"
#include "core/storage/database.h"
#include "core/domain/plural.h"
#include "preferencesdialog.h"
#include "ui/session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHash>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

enum TableChoice { ClientsChoice, ProjectsChoice };

} // namespace

CsvImportDialog::CsvImportDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(u"csvImportDialog"_s);
    setWindowTitle(tr("Import CSV"));

    m_table = new QComboBox;
    m_table->setObjectName(u"tableCombo"_s);
    m_table->insertItem(ClientsChoice, tr("Clients"));
    m_table->insertItem(ProjectsChoice, tr("Projects"));
    connect(m_table, &QComboBox::currentIndexChanged, this, &CsvImportDialog::rebuildPreview);

    m_file = new QLineEdit;
    m_file->setObjectName(u"fileEdit"_s);
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("A CSV file whose first line names the columns"));
    auto *choose = new QPushButton(tr("C&hoose File…"));
    connect(choose, &QPushButton::clicked, this, &CsvImportDialog::chooseFile);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);

    auto *tableRow = new QHBoxLayout;
    tableRow->addWidget(m_table);
    tableRow->addStretch();
    // Rows of layouts: the labels need their buddy set by hand.
    auto *tableLabel = new QLabel(tr("&Import:"));
    tableLabel->setBuddy(m_table);
    auto *fileLabel = new QLabel(tr("&File:"));
    fileLabel->setBuddy(m_file);
    auto *form = new QFormLayout;
    form->addRow(tableLabel, tableRow);
    form->addRow(fileLabel, fileRow);

    m_hint = plainLabel();
    m_hint->setWordWrap(true);

    m_preview = new QTableWidget;
    m_preview->setObjectName(u"previewTable"_s);
    m_preview->setAccessibleName(tr("Preview and column mapping"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->setWordWrap(false);
    m_preview->horizontalHeader()->setHighlightSections(false);
    m_preview->verticalHeader()->setHighlightSections(false);
    m_preview->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);

    m_problems = new QPlainTextEdit;
    m_problems->setObjectName(u"problemsText"_s);
    m_problems->setAccessibleName(tr("Problems"));
    m_problems->setReadOnly(true);
    m_problems->setFixedHeight(m_problems->fontMetrics().lineSpacing() * 6 + 12);
    m_problems->setPlaceholderText(tr("Dry Run checks every row and lists the problems here, with their line "
                                      "numbers. Nothing is written until every row is fine."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_dryRun = buttons->addButton(tr("&Dry Run"), QDialogButtonBox::ActionRole);
    m_dryRun->setObjectName(u"dryRunButton"_s);
    m_dryRun->setToolTip(tr("Check every row without writing anything"));
    m_import = buttons->addButton(tr("I&mport"), QDialogButtonBox::ActionRole);
    m_import->setObjectName(u"importButton"_s);
    connect(m_dryRun, &QPushButton::clicked, this, &CsvImportDialog::dryRun);
    connect(m_import, &QPushButton::clicked, this, &CsvImportDialog::import);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    resize(820, 560);
    rebuildPreview();
}

CsvExchange::Table CsvImportDialog::table() const
{
    return m_table->currentIndex() == ProjectsChoice ? CsvExchange::Table::Projects : CsvExchange::Table::Clients;
}

void CsvImportDialog::setTable(CsvExchange::Table table)
{
    m_table->setCurrentIndex(table == CsvExchange::Table::Projects ? ProjectsChoice : ClientsChoice);
}

void CsvImportDialog::chooseFile()
{
    const QString start = m_path.isEmpty() ? QFileInfo(m_session.db().path()).absolutePath() : m_path;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import CSV"), start,
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

bool CsvImportDialog::setFile(const QString &path)
{
    m_path = path;
    m_file->setText(QDir::toNativeSeparators(path));
    m_data.clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        rebuildPreview();
        showProblems(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()), false);
        return false;
    }
    m_data = file.readAll();
    rebuildPreview();
    return Csv::parse(m_data).ok();
}

QString CsvImportDialog::fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels = {
        {u"name"_s, QT_TR_NOOP("Name")},
        {u"company"_s, QT_TR_NOOP("Company")},
        {u"type"_s, QT_TR_NOOP("Type")},
        {u"source"_s, QT_TR_NOOP("Source")},
        {u"email"_s, QT_TR_NOOP("E-mail")},
        {u"phone"_s, QT_TR_NOOP("Phone")},
        {u"messenger"_s, QT_TR_NOOP("Messenger")},
        {u"preferred_channel"_s, QT_TR_NOOP("Preferred channel")},
        {u"contact_from"_s, QT_TR_NOOP("Contact hours from")},
        {u"contact_to"_s, QT_TR_NOOP("Contact hours until")},
        {u"time_zone"_s, QT_TR_NOOP("Time zone")},
        {u"status"_s, QT_TR_NOOP("Status")},
        {u"notes"_s, QT_TR_NOOP("Notes")},
        {u"client_id"_s, QT_TR_NOOP("Client id")},
        {u"client"_s, QT_TR_NOOP("Client name")},
        {u"title"_s, QT_TR_NOOP("Title")},
        {u"currency"_s, QT_TR_NOOP("Currency")},
        {u"base_price"_s, QT_TR_NOOP("Base price")},
        {u"first_offer"_s, QT_TR_NOOP("Client's first offer")},
        {u"nda"_s, QT_TR_NOOP("NDA")},
        {u"estimated_hours"_s, QT_TR_NOOP("Estimated hours")},
        {u"deadline"_s, QT_TR_NOOP("Deadline")},
        {u"contract_number"_s, QT_TR_NOOP("Contract number")},
        {u"scope"_s, QT_TR_NOOP("Scope")},
    };
    const char *label = labels.value(field);
    return label ? tr(label) : field;
}

void CsvImportDialog::rebuildPreview()
{
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    m_problems->clear();
    m_dryRun->setEnabled(false);
    m_import->setEnabled(false);
    m_session.disableIfReadOnly(m_import);
    if (m_data.isEmpty()) {
        m_hint->setText(m_path.isEmpty() ? tr("Choose a file to see its first rows here.")
                                         : tr("The file is empty; its first line must name the columns."));
        return;
    }
    const auto records = Csv::parse(m_data);
    if (!records) {
        m_hint->setText(tr("The file cannot be read as CSV."));
        showProblems(records.error(), false);
        return;
    }
    if (records->isEmpty()) {
        m_hint->setText(tr("The file is empty; its first line must name the columns."));
        return;
    }

    const CsvRecord &header = records->first();
    const int columns = int(header.fields.size());
    const int dataRows = int(records->size()) - 1;
    const int shown = qMin(dataRows, PreviewRows);
    m_preview->setColumnCount(columns);
    m_preview->setRowCount(shown + 1);

    QStringList headerLabels;
    for (int c = 0; c < columns; ++c) {
        const QString text = header.fields.at(c).trimmed();
        headerLabels << (text.isEmpty() ? tr("Column %1").arg(c + 1) : text);
    }
    m_preview->setHorizontalHeaderLabels(headerLabels);
    // The row numbers are the file's line numbers, as Dry Run names them.
    QStringList rowLabels{tr("Import as")};
    for (int r = 1; r <= shown; ++r)
        rowLabels << tr("Line %1").arg(records->at(r).line);
    m_preview->setVerticalHeaderLabels(rowLabels);

    const QStringList fields = CsvExchange::importFields(table());
    for (int c = 0; c < columns; ++c) {
        auto *combo = new QComboBox;
        combo->setObjectName(u"mapping%1"_s.arg(c));
        combo->setAccessibleName(tr("Field for column %1").arg(headerLabels.at(c)));
        combo->addItem(tr("Skip"), QString());
        for (const QString &field : fields)
            combo->addItem(fieldLabel(field), field);
        combo->setCurrentIndex(qMax(0, combo->findData(CsvExchange::fieldForHeader(table(), header.fields.at(c)))));
        // A new mapping makes the last check's verdict stale.
        connect(combo, &QComboBox::currentIndexChanged, m_problems, &QPlainTextEdit::clear);
        m_preview->setCellWidget(0, c, combo);
    }
    for (int r = 1; r <= shown; ++r) {
        const QStringList &cells = records->at(r).fields;
        for (int c = 0; c < columns && c < cells.size(); ++c) {
            // One line per cell; the full text in the tooltip.
            QString cell = cells.at(c);
            auto *item = new QTableWidgetItem(cell.replace(u'\n', u" ⏎ "_s));
            item->setToolTip(cells.at(c));
            m_preview->setItem(r, c, item);
        }
    }
    m_preview->resizeColumnsToContents();
    for (int c = 0; c < columns; ++c)
        m_preview->setColumnWidth(c, qBound(m_preview->cellWidget(0, c)->sizeHint().width(),
                                            m_preview->columnWidth(c), 28 * fontMetrics().averageCharWidth()));

    const QString rows = englishPlural(tr("%n row(s)", nullptr, dataRows), dataRows);
    m_hint->setText(shown < dataRows ? tr("The file has %1; the first %2 are shown. Choose above each column the "
                                          "field it goes into, or Skip.")
                                           .arg(rows)
                                           .arg(shown)
                                     : tr("The file has %1. Choose above each column the field it goes into, "
                                          "or Skip.")
                                           .arg(rows));
    m_dryRun->setEnabled(true);
    m_import->setEnabled(!m_session.isReadOnly());
}

QComboBox *CsvImportDialog::mappingCombo(int column) const
{
    return qobject_cast<QComboBox *>(m_preview->cellWidget(0, column));
}

QStringList CsvImportDialog::mapping() const
{
    QStringList fields;
    for (int c = 0; c < m_preview->columnCount(); ++c) {
        const QComboBox *combo = mappingCombo(c);
        fields << (combo ? combo->currentData().toString() : QString());
    }
    return fields;
}

QString CsvImportDialog::problemsText() const
{
    return m_problems->toPlainText();
}

void CsvImportDialog::showProblems(const QString &text, bool good)
{
    m_problems->setPlainText(text);
    QPalette palette = m_problems->palette();
    palette.setColor(QPalette::Text, good ? QPalette().color(QPalette::Text) : QColor(0xc6, 0x28, 0x28));
    m_problems->setPalette(palette);
}

bool CsvImportDialog::dryRun()
{
    if (m_data.isEmpty())
        return false;
    return showOutcome(Imports::csv(m_session.db(), table(), m_data, mapping(), true));
}

bool CsvImportDialog::import()
{
    if (m_session.isReadOnly() || m_data.isEmpty())
        return false;
    const auto outcome = Imports::csv(m_session.db(), table(), m_data, mapping(), false);
    if (!showOutcome(outcome))
        return false;
    m_imported = outcome->rows;
    m_session.notifyChanged();
    accept();
    return true;
}

bool CsvImportDialog::showOutcome(const Result<Imports::CsvOutcome> &outcome)
{
    if (!outcome) {
        showProblems(outcome.error() + u"\n\n"_s + tr("Nothing was imported."), false);
        return false;
    }
    if (!outcome->problems.isEmpty()) {
        showProblems(outcome->problems.join(u'\n') + u"\n\n"_s
                         + tr("Nothing was imported. Fix these lines in the file, or change the column mapping, "
                              "and check again."),
                     false);
        return false;
    }
    if (!outcome->written)
        showProblems(englishPlural(tr("All %n row(s) are fine. Import writes them.", nullptr, outcome->rows),
                                   outcome->rows),
                     true);
    return true;
}

} // namespace neuvo
