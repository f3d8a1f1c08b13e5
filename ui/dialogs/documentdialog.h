#pragma once

#include "core/documents/documents.h"
#include "core/documents/letters.h"
#include "core/storage/invoicestore.h"

#include <optional>

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace neuvo {

class Session;

// Print preview, print and PDF export of a project's contract, quote or
// stage invoice, in a language chosen here independently of the interface.
// The last language and folder are remembered. Documents are built from
// what is stored, so a project must be saved first.
//
// A stage's invoice is a draft until it is issued here (Issue Invoice): it
// then has its number and prints as issued, in the language it was issued
// in, whatever changes later.
class DocumentDialog final : public QDialog
{
    Q_OBJECT

public:
    DocumentDialog(Session &session, qint64 projectId, DocumentKind kind = DocumentKind::Contract,
                   int stagePosition = 0, QWidget *parent = nullptr);

    QComboBox *kindCombo() const { return m_kind; }
    QComboBox *languageCombo() const { return m_language; }
    QComboBox *stageCombo() const { return m_stage; }
    QPushButton *issueButton() const { return m_issue; }
    QString statusText() const;

    // The document as chosen, or what keeps it from printing (missing
    // profile data and where to fill it, an incomplete stage plan).
    Result<PrintableDocument> build() const;
    // Writes the PDF without asking for a file; the message is shown in the
    // dialog. Used by Export PDF after its file dialog, and by tests.
    Result<int> exportPdfTo(const QString &path);

public slots:
    void preview();
    void print();
    void exportPdf();
    // Issues the chosen stage's invoice after asking; false when not issued.
    bool issueInvoice();

private:
    void updateState();
    void rememberChoices() const;
    void showProblem(const QString &message);
    // The chosen stage's invoice that stands (not cancelled), if any.
    std::optional<InvoiceRecord> issuedInvoice() const;

    Session &m_session;
    qint64 m_projectId;
    QComboBox *m_kind = nullptr;
    QComboBox *m_stage = nullptr;
    QComboBox *m_language = nullptr;
    QDateEdit *m_date = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_issue = nullptr;
};

// A letter from one interaction, in a chosen language, copied to the
// clipboard or opened as an e-mail draft: the follow-up letter of a call or
// meeting (its agreements with a request to confirm them in writing), the
// one reminder for a sent brief, or releasing the reserved time when the
// reminder too went unanswered. It opens on the letter the interaction
// calls for (FollowUpLetter::suggestedKind).
class FollowUpLetterDialog final : public QDialog
{
    Q_OBJECT

public:
    FollowUpLetterDialog(Session &session, qint64 interactionId, QWidget *parent = nullptr);

    QComboBox *kindCombo() const { return m_kind; }
    QComboBox *languageCombo() const { return m_language; }
    QPlainTextEdit *textView() const { return m_text; }
    // The letter as built for the chosen language, or why it cannot be.
    Result<FollowUpLetter> build() const;

public slots:
    void copyToClipboard();
    void openEmailDraft();

private:
    void refresh();

    Session &m_session;
    qint64 m_interactionId;
    QComboBox *m_kind = nullptr;
    QComboBox *m_language = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace neuvo
