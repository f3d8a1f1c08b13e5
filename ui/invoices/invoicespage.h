#pragma once

#include "invoicesmodel.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace neuvo {

class Session;

// The issued invoices and credit notes of a period with their net, VAT,
// gross and paid, and the totals per currency and VAT rate an accountant
// needs; from here an invoice is printed again, paid or cancelled with a
// credit note, and the period exported as CSV.
class InvoicesPage final : public QWidget
{
    Q_OBJECT

public:
    enum Period { ThisMonth, LastMonth, ThisYear, LastYear, AllTime, Custom };

    explicit InvoicesPage(Session &session, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    InvoicesModel *model() const { return m_model; }
    QComboBox *periodCombo() const { return m_period; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    // The totals under the table, one line per currency.
    QString totalsText() const;
    // The message of the last action, e.g. "Credit note 2026-0004 cancels 2026-0003.".
    QString statusText() const;

    void selectInvoice(qint64 invoiceId);
    qint64 currentInvoiceId() const;

    // The actions on the selected invoice; they report in statusText().
    Result<int> exportPdfTo(const QString &path);
    Result<void> exportCsvTo(const QString &path);

public slots:
    void reload();
    void setPeriod(neuvo::InvoicesPage::Period period);
    void preview();
    void exportPdf();
    void exportCsv();
    void recordPayment();
    void cancelWithCreditNote();

signals:
    void openProjectRequested(qint64 projectId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateActions();
    void showStatus(const QString &message);
    const InvoiceRecord *currentRecord() const;

    Session &m_session;
    InvoicesModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QComboBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_totals = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_preview = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_pay = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_csv = nullptr;
    bool m_stale = true;
};

} // namespace neuvo
