#include "invoicespage.h"

#include "invoicepaymentdialog.h"
#include "core/documents/documentpreferences.h"
#include "core/documents/documentrenderer.h"
#include "core/documents/invoicedocument.h"
#include "core/exchange/invoicereport.h"
#include "core/storage/atomicfile.h"
#include "ui/clients/clienttablemodel.h"
#include "ui/session.h"
#include "ui/widgets/confirmation.h"
#include "ui/widgets/plaintext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

const auto kFolderKey = u"documents/folder"_s;

QString chooseFile(QWidget *parent, const QString &title, const QString &name, const QString &filter)
{
    const QString folder = QSettings()
                               .value(kFolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                               .toString();
    const QString path = QFileDialog::getSaveFileName(parent, title, QDir(folder).filePath(name), filter);
    if (!path.isEmpty())
        QSettings().setValue(kFolderKey, QFileInfo(path).absolutePath());
    return path;
}

} // namespace

InvoicesPage::InvoicesPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new InvoicesModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);

    auto *title = new QLabel(tr("<h2>Invoices</h2>"));

    m_period = new QComboBox;
    m_period->setObjectName(u"invoicePeriod"_s);
    m_period->addItem(tr("This month"), ThisMonth);
    m_period->addItem(tr("Last month"), LastMonth);
    m_period->addItem(tr("This year"), ThisYear);
    m_period->addItem(tr("Last year"), LastYear);
    m_period->addItem(tr("All"), AllTime);
    m_period->addItem(tr("From – to"), Custom);
    m_from = new QDateEdit;
    m_from->setCalendarPopup(true);
    m_from->setAccessibleName(tr("Issued from"));
    m_to = new QDateEdit;
    m_to->setCalendarPopup(true);
    m_to->setAccessibleName(tr("Issued until"));
    auto *periodLabel = new QLabel(tr("&Issued:"));
    periodLabel->setBuddy(m_period);
    auto *filters = new QHBoxLayout;
    filters->addWidget(periodLabel);
    filters->addWidget(m_period);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(u"–"_s));
    filters->addWidget(m_to);
    filters->addStretch();
    connect(m_period, &QComboBox::activated, this,
            [this] { setPeriod(Period(m_period->currentData().toInt())); });
    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::userDateChanged, this, [this] {
            m_period->setCurrentIndex(m_period->findData(Custom));
            reload();
        });
    }

    m_view = new QTableView;
    m_view->setAccessibleName(tr("Invoices"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(InvoicesModel::Number, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(InvoicesModel::Buyer, QHeaderView::Stretch);
    header->setSectionResizeMode(InvoicesModel::Project, QHeaderView::Stretch);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &) {
        if (const InvoiceRecord *record = currentRecord())
            emit openProjectRequested(record->invoice.projectId);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &InvoicesPage::updateActions);

    m_empty = plainLabel();
    m_empty->setObjectName(u"invoicesEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);

    m_totals = plainLabel();
    m_totals->setObjectName(u"invoiceTotals"_s);
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = plainLabel();
    m_status->setObjectName(u"invoiceStatus"_s);
    m_status->setWordWrap(true);

    m_preview = new QPushButton(tr("Pre&view…"));
    m_pdf = new QPushButton(tr("&Export PDF…"));
    m_pay = new QPushButton(tr("&Record Payment…"));
    m_pay->setObjectName(u"recordPayment"_s);
    m_cancel = new QPushButton(tr("&Cancel with Credit Note…"));
    m_cancel->setObjectName(u"cancelInvoice"_s);
    m_csv = new QPushButton(tr("Export C&SV…"));
    m_csv->setToolTip(tr("The invoices of the period with net, VAT, gross and paid, and the totals per "
                         "currency and VAT rate, for your accountant."));
    connect(m_preview, &QPushButton::clicked, this, &InvoicesPage::preview);
    connect(m_pdf, &QPushButton::clicked, this, &InvoicesPage::exportPdf);
    connect(m_pay, &QPushButton::clicked, this, &InvoicesPage::recordPayment);
    connect(m_cancel, &QPushButton::clicked, this, &InvoicesPage::cancelWithCreditNote);
    connect(m_csv, &QPushButton::clicked, this, &InvoicesPage::exportCsv);
    m_session.disableIfReadOnly(m_pay);
    m_session.disableIfReadOnly(m_cancel);
    auto *actions = new QHBoxLayout;
    for (QPushButton *button : {m_preview, m_pdf, m_pay, m_cancel})
        actions->addWidget(button);
    actions->addStretch();
    actions->addWidget(m_csv);

    auto *hint = new QLabel(tr("Invoices are issued from a project: Print / Export, a stage's invoice, Issue "
                               "Invoice. Double-click an invoice to open its project."));
    hint->setWordWrap(true);
    hint->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_totals);
    layout->addLayout(actions);
    layout->addWidget(m_status);
    layout->addWidget(hint);

    connect(&m_session, &Session::changed, this, [this] {
        m_stale = true;
        if (isVisible())
            reload();
    });
    m_period->setCurrentIndex(m_period->findData(ThisYear));
    setPeriod(ThisYear);
}

void InvoicesPage::showEvent(QShowEvent *event)
{
    if (m_stale)
        reload();
    QWidget::showEvent(event);
}

void InvoicesPage::setPeriod(Period period)
{
    const QDate today = m_session.today();
    const QDate monthStart(today.year(), today.month(), 1);
    QDate from;
    QDate to;
    switch (period) {
    case ThisMonth:
        from = monthStart;
        to = monthStart.addMonths(1).addDays(-1);
        break;
    case LastMonth:
        from = monthStart.addMonths(-1);
        to = monthStart.addDays(-1);
        break;
    case ThisYear:
        from = QDate(today.year(), 1, 1);
        to = QDate(today.year(), 12, 31);
        break;
    case LastYear:
        from = QDate(today.year() - 1, 1, 1);
        to = QDate(today.year() - 1, 12, 31);
        break;
    case AllTime:
    case Custom:
        break;
    }
    m_period->setCurrentIndex(m_period->findData(period));
    const bool dated = period != AllTime;
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setEnabled(dated);
        edit->blockSignals(true);
    }
    if (from.isValid()) {
        m_from->setDate(from);
        m_to->setDate(to);
    }
    for (QDateEdit *edit : {m_from, m_to})
        edit->blockSignals(false);
    reload();
}

void InvoicesPage::reload()
{
    m_stale = false;
    const qint64 selected = currentInvoiceId();
    const bool all = m_period->currentData().toInt() == AllTime;
    auto records = InvoiceStore(m_session.db()).list(all ? QDate() : m_from->date(), all ? QDate() : m_to->date());
    if (!records) {
        showStatus(records.error());
        m_model->setRecords({}, m_session.today());
    } else {
        m_model->setRecords(*records, m_session.today());
    }
    const bool empty = m_model->rowCount() == 0;
    m_view->setVisible(!empty);
    m_empty->setVisible(empty);
    m_empty->setText(tr("No invoices issued in this period. Issue one from a project's Print / Export."));

    QStringList lines;
    const QLocale locale;
    for (const InvoiceReport::Totals &t : InvoiceReport::totals(m_model->records())) {
        auto money = [&](qint64 minor) {
            const Money m(minor < 0 ? -minor : minor, t.currency);
            return minor < 0 ? QString(QChar(0x2212) + m.format(locale)) : m.format(locale);
        };
        if (t.rateTenths < 0) {
            lines << tr("%1: net %2 · VAT %3 · gross %4 · paid %5 · outstanding %6")
                         .arg(t.currency, money(t.net), money(t.vat), money(t.gross), money(t.paid),
                              money(t.outstanding));
        } else {
            //: A line of the VAT summary under the invoice list: "    VAT 25,5 %: net 1 000,00 € · VAT 255,00 €".
            lines << tr("    VAT %1: net %2 · VAT %3")
                         .arg(VatRate::percent(t.rateTenths, locale), money(t.net), money(t.vat));
        }
    }
    m_totals->setText(lines.join(u'\n'));
    m_totals->setVisible(!lines.isEmpty());
    if (selected > 0)
        selectInvoice(selected);
    updateActions();
}

QString InvoicesPage::totalsText() const
{
    return m_totals->text();
}

QString InvoicesPage::statusText() const
{
    return m_status->text();
}

void InvoicesPage::showStatus(const QString &message)
{
    m_status->setText(message);
}

void InvoicesPage::selectInvoice(qint64 invoiceId)
{
    const int row = m_model->rowOf(invoiceId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->setCurrentIndex(index);
    m_view->selectRow(index.row());
}

const InvoiceRecord *InvoicesPage::currentRecord() const
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return nullptr;
    return m_model->recordAt(m_proxy->mapToSource(index).row());
}

qint64 InvoicesPage::currentInvoiceId() const
{
    const InvoiceRecord *record = currentRecord();
    return record ? record->invoice.id : 0;
}

void InvoicesPage::updateActions()
{
    const InvoiceRecord *record = currentRecord();
    m_preview->setEnabled(record);
    m_pdf->setEnabled(record);
    const bool payable = record && !record->invoice.isCreditNote() && !record->isCancelled();
    const bool writable = !m_session.isReadOnly();
    m_pay->setEnabled(writable && payable);
    m_cancel->setEnabled(writable && payable);
    m_csv->setEnabled(m_model->rowCount() > 0);
}

void InvoicesPage::preview()
{
    const InvoiceRecord *record = currentRecord();
    if (!record)
        return;
    const auto document = InvoiceDocument::build(record->invoice, DocumentPreferences::printFormat());
    if (!document) {
        showStatus(document.error());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(DocumentRenderer::pageLayout(document->language));
    printer.setDocName(document->title);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(document->title);
    const PrintableDocument doc = *document;
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this, doc](QPrinter *target) {
        if (auto painted = DocumentRenderer::paint(doc, *target); !painted)
            showStatus(painted.error());
    });
    dialog.exec();
}

void InvoicesPage::exportPdf()
{
    const InvoiceRecord *record = currentRecord();
    if (!record)
        return;
    const auto document = InvoiceDocument::build(record->invoice, DocumentPreferences::printFormat());
    if (!document) {
        showStatus(document.error());
        return;
    }
    const QString path = chooseFile(this, tr("Export PDF"), document->fileName, tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        exportPdfTo(path).ok();
}

Result<int> InvoicesPage::exportPdfTo(const QString &path)
{
    const InvoiceRecord *record = currentRecord();
    if (!record)
        return fail(tr("Choose an invoice first."));
    const auto document = InvoiceDocument::build(record->invoice, DocumentPreferences::printFormat());
    if (!document) {
        showStatus(document.error());
        return Error{document.error()};
    }
    auto pages = DocumentRenderer::writePdf(*document, path);
    showStatus(pages ? tr("Saved %1 (%n page(s)).", nullptr, *pages).arg(QDir::toNativeSeparators(path))
                     : pages.error());
    return pages;
}

void InvoicesPage::exportCsv()
{
    const QString name = u"invoices-%1-%2.csv"_s.arg(m_from->date().toString(Qt::ISODate),
                                                     m_to->date().toString(Qt::ISODate));
    const QString path = chooseFile(this, tr("Export CSV"), name, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsvTo(path).ok();
}

Result<void> InvoicesPage::exportCsvTo(const QString &path)
{
    auto written = AtomicFile::write(path, InvoiceReport::csv(m_model->records()));
    showStatus(written ? tr("Saved %1 (%n invoice(s)).", nullptr, m_model->rowCount()).arg(QDir::toNativeSeparators(path))
                       : written.error());
    return written;
}

void InvoicesPage::recordPayment()
{
    const InvoiceRecord *record = currentRecord();
    if (!record)
        return;
    InvoicePaymentDialog dialog(m_session, record->invoice.id, this);
    dialog.exec();
    reload();
}

void InvoicesPage::cancelWithCreditNote()
{
    const InvoiceRecord *record = currentRecord();
    if (!record)
        return;
    const Invoice invoice = record->invoice;
    const QDate on = std::max(m_session.today(), invoice.issuedOn);
    const QString question =
        tr("Cancel invoice %1 with a credit note dated %2? The credit note takes the next number and cancels "
           "the invoice in full; neither can be changed afterwards. The stage can then be invoiced again.")
            .arg(invoice.number, QLocale().toString(on, QLocale::ShortFormat));
    if (!Confirmation::ask(this, tr("Cancel Invoice"), question, tr("Issue Credit Note")))
        return;
    const auto credit = InvoiceStore(m_session.db()).cancel(invoice.id, on);
    if (!credit) {
        showStatus(credit.error());
        return;
    }
    m_session.notifyChanged();
    reload();
    selectInvoice(credit->id);
    showStatus(tr("Credit note %1 cancels invoice %2.").arg(credit->number, invoice.number));
}

} // namespace neuvo
