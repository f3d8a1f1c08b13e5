#pragma once

#include "documents.h"
#include "letters.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace neuvo {

class Database;

// What to print from a stored project.
struct DocumentRequest
{
    DocumentKind kind = DocumentKind::Contract;
    qint64 projectId = 0;
    int stagePosition = 0; // invoices: the 1-based stage
    DocumentLanguage language;
    // The date printed on it; null: a contract's own contract date, else today.
    QDate date;
    // Appended on a line of its own when the profile lacks what the document
    // needs: where this program fills the profile in.
    QString profileHint;
};

// Documents built from what is stored, the one way the desktop dialogs and
// neuvo-cli load them: the project, its client and the profile are read, the
// profile is checked for what the kind needs, then the document is built.
class DocumentLoader final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentLoader)

public:
    static Result<PrintableDocument> load(Database &db, const DocumentRequest &request,
                                          const QDate &today = QDate::currentDate());
    // The letter after a call or meeting, with the project the interaction
    // is about when it names one.
    // BriefReminder: the interaction is the sent brief. SlotRelease: the
    // sent brief or the reminder; the other one is found in the client's
    // log (the same project, the reminder after the brief).
    static Result<FollowUpLetter> loadLetter(Database &db, qint64 interactionId, const DocumentLanguage &language,
                                             LetterKind kind = LetterKind::FollowUp);
};

} // namespace neuvo
