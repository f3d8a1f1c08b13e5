#pragma once

#include "core/documents.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;

namespace neuvo {

class Session;

// Print preview, print and PDF export of a project's contract, quote or
// stage invoice, in a language chosen here independently of the interface.
// The last language and folder are remembered. Documents are built from
// what is stored, so a project must be saved first.
class DocumentDialog final : public QDialog
{
    Q_OBJECT

public:
    DocumentDialog(Session &session, qint64 projectId, DocumentKind kind = DocumentKind::Contract,
                   int stagePosition = 0, QWidget *parent = nullptr);

    QComboBox *kindCombo() const { return m_kind; }
    QComboBox *languageCombo() const { return m_language; }
    QComboBox *stageCombo() const { return m_stage; }

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

private:
    void updateState();
    void rememberChoices() const;
    void showProblem(const QString &message);

    Session &m_session;
    qint64 m_projectId;
    QComboBox *m_kind = nullptr;
    QComboBox *m_stage = nullptr;
    QComboBox *m_language = nullptr;
    QDateEdit *m_date = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace neuvo
