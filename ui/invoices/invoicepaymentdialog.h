#pragma once

#include "core/storage/invoicestore.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace neuvo {

class Session;

// The payments received against one invoice: the list, a new payment (date
// and amount, the amount still owed by default) and removing one recorded
// by mistake. Each change is stored at once, with the stage's share.
class InvoicePaymentDialog final : public QDialog
{
    Q_OBJECT

public:
    InvoicePaymentDialog(Session &session, qint64 invoiceId, QWidget *parent = nullptr);

    QLineEdit *amountEdit() const { return m_amount; }
    QDateEdit *dateEdit() const { return m_date; }
    QTableWidget *paymentsTable() const { return m_payments; }
    QString errorText() const;

public slots:
    bool record();
    bool removeSelected();

private:
    void reload();

    Session &m_session;
    qint64 m_invoiceId;
    InvoiceRecord m_current;
    QLabel *m_summary = nullptr;
    QTableWidget *m_payments = nullptr;
    QLineEdit *m_amount = nullptr;
    QDateEdit *m_date = nullptr;
    QPushButton *m_recordButton = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace neuvo
