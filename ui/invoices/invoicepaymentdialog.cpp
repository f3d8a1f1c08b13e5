#include "invoicepaymentdialog.h"

#include "ui/session.h"
#include "ui/widgets/confirmation.h"
#include "ui/widgets/plaintext.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace neuvo {

InvoicePaymentDialog::InvoicePaymentDialog(Session &session, qint64 invoiceId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_invoiceId(invoiceId)
{
    setWindowTitle(tr("Payments"));
    m_summary = plainLabel();
    m_summary->setWordWrap(true);

    m_payments = new QTableWidget(0, 2);
    m_payments->setObjectName(u"invoicePayments"_s);
    m_payments->setHorizontalHeaderLabels({tr("Received"), tr("Amount")});
    m_payments->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_payments->setSelectionMode(QAbstractItemView::SingleSelection);
    m_payments->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_payments->verticalHeader()->hide();
    m_payments->horizontalHeader()->setStretchLastSection(true);

    m_amount = new QLineEdit;
    m_amount->setObjectName(u"paymentAmount"_s);
    m_date = new QDateEdit(m_session.today());
    m_date->setObjectName(u"paymentDate"_s);
    m_date->setCalendarPopup(true);
    m_recordButton = new QPushButton(tr("&Record Payment"));
    m_remove = new QPushButton(tr("Re&move Selected"));
    m_session.disableIfReadOnly(m_recordButton);
    m_session.disableIfReadOnly(m_remove);
    connect(m_recordButton, &QPushButton::clicked, this, &InvoicePaymentDialog::record);
    connect(m_remove, &QPushButton::clicked, this, &InvoicePaymentDialog::removeSelected);

    m_error = plainLabel();
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"QLabel { color: #c62828; }"_s);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Amount received:"), m_amount);
    form->addRow(tr("&Date received:"), m_date);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_recordButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_remove, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_payments, 1);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(520, 380);
    reload();
}

QString InvoicePaymentDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void InvoicePaymentDialog::reload()
{
    InvoiceStore store(m_session.db());
    const auto record = store.get(m_invoiceId);
    if (!record) {
        m_error->setText(record.error());
        m_error->show();
        return;
    }
    m_current = *record;
    const Invoice &invoice = record->invoice;
    const QLocale locale;
    setWindowTitle(tr("Payments – Invoice %1").arg(invoice.number));
    m_summary->setText(tr("Invoice %1 to %2: %3 to pay, %4 still owed.")
                           .arg(invoice.number, invoice.buyer.name, invoice.money(invoice.amountDue()).format(locale),
                                invoice.money(record->outstanding()).format(locale)));
    const auto payments = store.payments(m_invoiceId);
    m_payments->setRowCount(0);
    if (payments) {
        for (const InvoicePayment &p : *payments) {
            const int row = m_payments->rowCount();
            m_payments->insertRow(row);
            auto *date = new QTableWidgetItem(locale.toString(p.paidOn, QLocale::ShortFormat));
            date->setData(Qt::UserRole, p.id);
            m_payments->setItem(row, 0, date);
            auto *amount = new QTableWidgetItem(invoice.money(p.amount).format(locale));
            amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_payments->setItem(row, 1, amount);
        }
    }
    m_amount->setText(invoice.money(record->outstanding()).formatNumber(locale));
    const bool open = !invoice.isCreditNote() && !record->isCancelled();
    m_recordButton->setEnabled(open && record->outstanding() > 0 && !m_session.isReadOnly());
    m_remove->setEnabled(m_payments->rowCount() > 0 && !m_session.isReadOnly());
}

bool InvoicePaymentDialog::record()
{
    const Invoice &invoice = m_current.invoice;
    const auto amount = Money::parseLocalized(m_amount->text(), invoice.currency, QLocale());
    if (!amount) {
        m_error->setText(tr("Amount: %1").arg(amount.error()));
        m_error->show();
        m_amount->setFocus();
        return false;
    }
    InvoicePayment payment{0, m_invoiceId, m_date->date(), amount->minor()};
    if (auto saved = InvoiceStore(m_session.db()).recordPayment(payment); !saved) {
        m_error->setText(saved.error());
        m_error->show();
        return false;
    }
    m_error->hide();
    m_session.notifyChanged();
    reload();
    return true;
}

bool InvoicePaymentDialog::removeSelected()
{
    const int row = m_payments->currentRow();
    if (row < 0)
        return false;
    const qint64 id = m_payments->item(row, 0)->data(Qt::UserRole).toLongLong();
    if (!Confirmation::ask(this, tr("Remove Payment"),
                           tr("Remove the payment of %1 received on %2? Its share comes off the stage too.")
                               .arg(m_payments->item(row, 1)->text(), m_payments->item(row, 0)->text()),
                           tr("Remove")))
        return false;
    if (auto removed = InvoiceStore(m_session.db()).removePayment(id); !removed) {
        m_error->setText(removed.error());
        m_error->show();
        return false;
    }
    m_error->hide();
    m_session.notifyChanged();
    reload();
    return true;
}

} // namespace neuvo
