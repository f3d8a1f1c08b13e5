// Printed documents from what is stored: the contract and the quote as PDF,
// the follow-up letter as text (invoices: invoices.cpp).
#include "commands.h"

#include "cli/arguments.h"
#include "cli/cli.h"

#include "core/documents/documentloader.h"
#include "core/documents/letters.h"
#include "core/documents/documentrenderer.h"
#include "core/storage/database.h"

using namespace Qt::StringLiterals;

namespace neuvo::commands {

namespace {

QCommandLineOption languageOption(const QString &description)
{
    return QCommandLineOption(u"lang"_s, description, QCoreApplication::translate("Cli", "LANG"));
}

// contract, quote and invoice: parse, load, build, write the PDF.
class PrintCommand final : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    PrintCommand(Spec spec, DocumentKind kind)
        : DatabaseCommand(std::move(spec), Console::Access::Read,
                          {QCommandLineOption(u"out"_s, tr("The PDF file to write (replaced only when complete)."),
                                              tr("FILE.pdf")),
                           languageOption(tr("Language of the document: en, fi or ru (default: the system's, else "
                                             "en).")),
                           Arguments::paperOption(), Arguments::usDatesOption(),
                           QCommandLineOption(u"date"_s,
                                              kind == DocumentKind::Contract
                                                  ? tr("Date of the contract (default: the project's contract date, "
                                                       "else today).")
                                                  : tr("Date of the document (default: today)."),
                                              tr("YYYY-MM-DD"))})
        , m_kind(kind)
    {
    }

protected:
    Result<void> readArguments(Arguments &in, const QCommandLineParser &) override
    {
        m_request = DocumentRequest();
        m_request.kind = m_kind;
        m_request.projectId = in.id(0, tr("PROJECT_ID"));
        m_outPath = in.text(option(u"out"_s));
        if (m_outPath.trimmed().isEmpty())
            in.problem(tr("%1: --out FILE.pdf is required.").arg(name()));
        m_request.language = in.language(option(u"lang"_s));
        m_request.language.setPrintFormat(in.printFormat());
        m_request.date = in.date(option(u"date"_s), QDate());
        m_request.profileHint = tr("Fill them in with \"%1 profile set\".").arg(Console::Program);
        return {};
    }

    Result<int> executeWithDatabase(Console &console, Database &db, const QCommandLineParser &) override
    {
        const auto document = DocumentLoader::load(db, m_request);
        if (!document)
            return Error{document.error()};
        const auto pages = DocumentRenderer::writePdf(*document, m_outPath);
        if (!pages)
            return Error{pages.error()};
        console.out() << tr("Wrote \"%1\" (%2, pages: %3) to %4.")
                             .arg(document->title, m_request.language.id(), QString::number(*pages), m_outPath)
                      << u'\n';
        return int(Cli::Success);
    }

private:
    DocumentKind m_kind;
    DocumentRequest m_request;
    QString m_outPath;
};

class LetterCommand final : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    LetterCommand()
        : DatabaseCommand({u"letter"_s, QT_TRANSLATE_NOOP("Cli", "INTERACTION_ID [--kind KIND] [--lang LANG] [--mailto]"),
                           QT_TRANSLATE_NOOP("Cli", "A letter from the log, or its mailto: link: the follow-up letter of "
                                                    "a call or meeting (follow-up), the one reminder for a sent brief "
                                                    "(brief-reminder), releasing the reserved time when the reminder "
                                                    "too goes unanswered (release-slot)."),
                           nullptr, 1, 1},
                          Console::Access::Read,
                          {languageOption(tr("Language of the letter: en, fi or ru (default: the system's, else en).")),
                           QCommandLineOption(u"kind"_s,
                                              tr("follow-up (default), brief-reminder (ID: the sent brief) or "
                                                 "release-slot (ID: the brief or its reminder)."),
                                              tr("KIND")),
                           QCommandLineOption(u"mailto"_s,
                                              tr("Print the mailto: link of an e-mail draft instead of the text."))})
    {
    }

protected:
    Result<void> readArguments(Arguments &in, const QCommandLineParser &) override
    {
        m_interactionId = in.id(0, tr("INTERACTION_ID"));
        m_language = in.language(option(u"lang"_s));
        if (in.isSet(option(u"kind"_s))) {
            const QString kind = in.text(option(u"kind"_s));
            if (const auto chosen = FollowUpLetter::kindFromId(kind))
                m_kind = *chosen;
            else
                in.problem(tr("--kind: \"%1\" is not one of %2.").arg(kind, FollowUpLetter::kindIds().join(u", "_s)));
        }
        return {};
    }

    Result<int> executeWithDatabase(Console &console, Database &db, const QCommandLineParser &parser) override
    {
        const auto letter = DocumentLoader::loadLetter(db, m_interactionId, m_language, m_kind);
        if (!letter)
            return Error{letter.error()};
        if (parser.isSet(option(u"mailto"_s)))
            console.out() << letter->mailtoUrl() << u'\n';
        else
            console.out() << letter->text();
        return int(Cli::Success);
    }

private:
    qint64 m_interactionId = 0;
    DocumentLanguage m_language;
    LetterKind m_kind = LetterKind::FollowUp;
};

} // namespace

CommandList documents()
{
    CommandList list;
    list.push_back(std::make_unique<PrintCommand>(
        Command::Spec{u"contract"_s, QT_TRANSLATE_NOOP("Cli", "PROJECT_ID --out FILE.pdf [--lang LANG] [--paper a4|letter]"),
                      QT_TRANSLATE_NOOP("Cli", "Print the project's stage-payment contract as a PDF."), nullptr, 1, 1,
                      true},
        DocumentKind::Contract));
    list.push_back(std::make_unique<PrintCommand>(
        Command::Spec{u"quote"_s, QT_TRANSLATE_NOOP("Cli", "PROJECT_ID --out FILE.pdf [--lang LANG] [--paper a4|letter]"),
                      QT_TRANSLATE_NOOP("Cli", "Print a quote: what the price includes, its lines, the stage plan, "
                                               "validity."),
                      nullptr, 1, 1, true},
        DocumentKind::Quote));
    list.push_back(std::make_unique<LetterCommand>());
    return list;
}

} // namespace neuvo::commands
