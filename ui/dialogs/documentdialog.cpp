#include "documentdialog.h"

#include "core/documents/documentpreferences.h"

#include "core/documents/documentloader.h"
#include "core/documents/documentrenderer.h"
#include "core/documents/invoicedocument.h"
#include "core/documents/invoicing.h"
#include "core/storage/stores.h"
#include "ui/session.h"
#include "ui/widgets/confirmation.h"

#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QPlainTextEdit>
#include <QUrl>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

const auto kLanguageKey = u"documents/language"_s;
const auto kFolderKey = u"documents/folder"_s;

void setupPrinter(QPrinter &printer, const PrintableDocument &document)
{
    printer.setPageLayout(DocumentRenderer::pageLayout(document.language));
    printer.setDocName(document.title);
    printer.setCreator(document.author);
}

} // namespace

DocumentDialog::DocumentDialog(Session &session, qint64 projectId, DocumentKind kind, int stagePosition,
                               QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_projectId(projectId)
{
    setWindowTitle(tr("Print or Export Document"));

    m_kind = new QComboBox;
    m_kind->addItem(tr("Contract"), int(DocumentKind::Contract));
    m_kind->addItem(tr("Quote"), int(DocumentKind::Quote));
    m_kind->addItem(tr("Invoice for one stage"), int(DocumentKind::Invoice));
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(kind))));

    m_stage = new QComboBox;
    if (auto project = ProjectStore(m_session.db()).get(projectId)) {
        setWindowTitle(tr("Print or Export – %1").arg(project->title));
        for (const PaymentStage &stage : std::as_const(project->stages))
            m_stage->addItem(tr("Stage %1: %2").arg(stage.position).arg(stage.title), stage.position);
    }
    m_stage->setCurrentIndex(qMax(0, m_stage->findData(stagePosition)));

    m_language = new QComboBox;
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Suomi"_s, u"fi"_s);
    m_language->addItem(u"Русский"_s, u"ru"_s);
    const QString remembered = QSettings().value(kLanguageKey, DocumentLanguage::forLocale(QLocale()).id()).toString();
    m_language->setCurrentIndex(qMax(0, m_language->findData(remembered)));

    m_date = new QDateEdit(m_session.today());
    m_date->setCalendarPopup(true);

    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout;
    form->addRow(tr("&Document:"), m_kind);
    form->addRow(tr("&Stage:"), m_stage);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("D&ate:"), m_date);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *previewButton = buttons->addButton(tr("Pre&view…"), QDialogButtonBox::ActionRole);
    QPushButton *printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    QPushButton *pdfButton = buttons->addButton(tr("&Export PDF…"), QDialogButtonBox::ActionRole);
    pdfButton->setObjectName(u"exportPdfButton"_s);
    m_issue = buttons->addButton(tr("&Issue Invoice…"), QDialogButtonBox::ActionRole);
    m_issue->setObjectName(u"issueInvoiceButton"_s);
    m_issue->setToolTip(tr("Gives the invoice the next number of your series and stores it as it prints now. "
                           "An issued invoice never changes; a mistake is cancelled with a credit note."));
    connect(m_issue, &QPushButton::clicked, this, &DocumentDialog::issueInvoice);
    connect(previewButton, &QPushButton::clicked, this, &DocumentDialog::preview);
    connect(printButton, &QPushButton::clicked, this, &DocumentDialog::print);
    connect(pdfButton, &QPushButton::clicked, this, &DocumentDialog::exportPdf);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &DocumentDialog::updateState);
    connect(m_stage, &QComboBox::currentIndexChanged, this, &DocumentDialog::updateState);
    updateState();
}

QString DocumentDialog::statusText() const
{
    return m_status->text();
}

std::optional<InvoiceRecord> DocumentDialog::issuedInvoice() const
{
    if (DocumentKind(m_kind->currentData().toInt()) != DocumentKind::Invoice)
        return std::nullopt;
    const auto project = ProjectStore(m_session.db()).get(m_projectId);
    if (!project)
        return std::nullopt;
    for (const PaymentStage &stage : project->stages) {
        if (stage.position != m_stage->currentData().toInt())
            continue;
        const auto active = InvoiceStore(m_session.db()).activeForStage(stage.id);
        if (active && *active)
            return **active;
    }
    return std::nullopt;
}

void DocumentDialog::updateState()
{
    const bool invoice = DocumentKind(m_kind->currentData().toInt()) == DocumentKind::Invoice;
    m_stage->setEnabled(invoice && m_stage->count() > 0);
    m_status->clear();
    const auto issued = issuedInvoice();
    m_issue->setVisible(invoice);
    m_issue->setEnabled(invoice && !issued && m_stage->count() > 0 && !m_session.isReadOnly());
    // An issued invoice prints as it was issued, in its own language.
    m_language->setEnabled(!issued);
    m_date->setEnabled(!issued);
    if (issued) {
        m_language->setCurrentIndex(qMax(0, m_language->findData(issued->invoice.language)));
        m_date->setDate(issued->invoice.issuedOn);
        m_status->setText(tr("Invoice %1 was issued on %2; it prints as issued.")
                              .arg(issued->invoice.number,
                                   QLocale().toString(issued->invoice.issuedOn, QLocale::ShortFormat)));
    } else if (invoice) {
        m_status->setText(tr("Not issued yet: it prints as a draft without a number."));
    }
}

bool DocumentDialog::issueInvoice()
{
    auto language = DocumentLanguage::fromId(m_language->currentData().toString());
    if (!language)
        return false;
    const int stage = m_stage->currentData().toInt();
    const QString question = tr("Issue the invoice for stage %1 dated %2, in %3? It gets the next number of "
                                "your series and is stored as it prints now; afterwards it can only be "
                                "cancelled with a credit note.")
                                 .arg(stage)
                                 .arg(QLocale().toString(m_date->date(), QLocale::ShortFormat),
                                      m_language->currentText());
    if (!Confirmation::ask(this, tr("Issue Invoice"), question, tr("Issue Invoice")))
        return false;
    const auto issued = Invoicing::issue(m_session.db(), m_projectId, stage, *language, m_date->date());
    if (!issued) {
        showProblem(issued.error());
        return false;
    }
    m_session.notifyChanged();
    updateState();
    showProblem(tr("Issued invoice %1.").arg(issued->number));
    return true;
}

Result<PrintableDocument> DocumentDialog::build() const
{
    if (const auto issued = issuedInvoice())
        return InvoiceDocument::build(issued->invoice, DocumentPreferences::printFormat());
    auto language = DocumentLanguage::fromId(m_language->currentData().toString());
    if (!language)
        return Error{language.error()};
    *language = DocumentPreferences::applied(*language);
    DocumentRequest request;
    request.kind = DocumentKind(m_kind->currentData().toInt());
    request.projectId = m_projectId;
    request.stagePosition = m_stage->currentData().toInt();
    request.language = *language;
    request.date = m_date->date();
    request.profileHint = tr("Fill them in under Edit → Preferences → Profile.");
    return DocumentLoader::load(m_session.db(), request, m_session.today());
}

void DocumentDialog::rememberChoices() const
{
    QSettings().setValue(kLanguageKey, m_language->currentData().toString());
}

void DocumentDialog::showProblem(const QString &message)
{
    m_status->setText(message);
}

void DocumentDialog::preview()
{
    auto document = build();
    if (!document) {
        showProblem(document.error());
        return;
    }
    rememberChoices();
    QPrinter printer(QPrinter::HighResolution);
    setupPrinter(printer, *document);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(document->title);
    const PrintableDocument doc = *document;
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this, doc](QPrinter *target) {
        if (auto painted = DocumentRenderer::paint(doc, *target); !painted)
            showProblem(painted.error());
    });
    dialog.exec();
}

void DocumentDialog::print()
{
    auto document = build();
    if (!document) {
        showProblem(document.error());
        return;
    }
    rememberChoices();
    QPrinter printer(QPrinter::HighResolution);
    setupPrinter(printer, *document);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto painted = DocumentRenderer::paint(*document, printer); !painted)
        showProblem(painted.error());
    else
        showProblem(tr("Sent %n page(s) to the printer.", nullptr, *painted));
}

void DocumentDialog::exportPdf()
{
    auto document = build();
    if (!document) {
        showProblem(document.error());
        return;
    }
    const QString folder = QSettings()
                               .value(kFolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                               .toString();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export PDF"), QDir(folder).filePath(document->fileName),
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(kFolderKey, QFileInfo(path).absolutePath());
    exportPdfTo(path).ok();
}

Result<int> DocumentDialog::exportPdfTo(const QString &path)
{
    auto document = build();
    if (!document) {
        showProblem(document.error());
        return Error{document.error()};
    }
    rememberChoices();
    auto pages = DocumentRenderer::writePdf(*document, path);
    if (!pages)
        showProblem(pages.error());
    else
        showProblem(tr("Saved %1 (%n page(s)).", nullptr, *pages).arg(QDir::toNativeSeparators(path)));
    return pages;
}

FollowUpLetterDialog::FollowUpLetterDialog(Session &session, qint64 interactionId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_interactionId(interactionId)
{
    setWindowTitle(tr("Letter"));
    m_kind = new QComboBox;
    m_kind->setObjectName(u"letterKindCombo"_s);
    m_kind->addItem(tr("Follow-up letter: confirm the agreements"), int(LetterKind::FollowUp));
    m_kind->addItem(tr("Reminder: the brief has had no answer"), int(LetterKind::BriefReminder));
    m_kind->addItem(tr("Releasing the reserved time: the reminder too has had no answer"),
                    int(LetterKind::SlotRelease));
    if (const auto interaction = InteractionStore(m_session.db()).get(interactionId))
        m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(FollowUpLetter::suggestedKind(*interaction)))));
    m_language = new QComboBox;
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Suomi"_s, u"fi"_s);
    m_language->addItem(u"Русский"_s, u"ru"_s);
    const QString remembered = QSettings().value(kLanguageKey, DocumentLanguage::forLocale(QLocale()).id()).toString();
    m_language->setCurrentIndex(qMax(0, m_language->findData(remembered)));
    m_text = new QPlainTextEdit;
    m_text->setReadOnly(true);
    m_text->setAccessibleName(tr("Letter text"));
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout;
    form->addRow(tr("Le&tter:"), m_kind);
    form->addRow(tr("&Language:"), m_language);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *copy = buttons->addButton(tr("&Copy to Clipboard"), QDialogButtonBox::ActionRole);
    copy->setObjectName(u"copyLetterButton"_s);
    QPushButton *mail = buttons->addButton(tr("Open &E-mail Draft"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, &FollowUpLetterDialog::copyToClipboard);
    connect(mail, &QPushButton::clicked, this, &FollowUpLetterDialog::openEmailDraft);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(640, 480);

    connect(m_language, &QComboBox::currentIndexChanged, this, &FollowUpLetterDialog::refresh);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &FollowUpLetterDialog::refresh);
    refresh();
}

Result<FollowUpLetter> FollowUpLetterDialog::build() const
{
    auto language = DocumentLanguage::fromId(m_language->currentData().toString());
    if (!language)
        return Error{language.error()};
    *language = DocumentPreferences::applied(*language);
    return DocumentLoader::loadLetter(m_session.db(), m_interactionId, *language,
                                      LetterKind(m_kind->currentData().toInt()));
}

void FollowUpLetterDialog::refresh()
{
    auto letter = build();
    m_text->setPlainText(letter ? letter->text() : QString());
    m_status->setText(letter ? QString() : letter.error());
}

void FollowUpLetterDialog::copyToClipboard()
{
    auto letter = build();
    if (!letter) {
        m_status->setText(letter.error());
        return;
    }
    QSettings().setValue(kLanguageKey, m_language->currentData().toString());
    QGuiApplication::clipboard()->setText(letter->text());
    switch (LetterKind(m_kind->currentData().toInt())) {
    case LetterKind::FollowUp:
        m_status->setText(tr("Copied. Paste it into your mail and send it; mark the agreement confirmed when the "
                             "client answers."));
        break;
    case LetterKind::BriefReminder:
        m_status->setText(tr("Copied. Paste it into your mail and send it, then log it as a reminder: one is "
                             "enough."));
        break;
    case LetterKind::SlotRelease:
        m_status->setText(tr("Copied. Paste it into your mail and send it; the time is free for other work."));
        break;
    }
}

void FollowUpLetterDialog::openEmailDraft()
{
    auto letter = build();
    if (!letter) {
        m_status->setText(letter.error());
        return;
    }
    QSettings().setValue(kLanguageKey, m_language->currentData().toString());
    if (!QDesktopServices::openUrl(QUrl(letter->mailtoUrl(), QUrl::StrictMode)))
        m_status->setText(tr("No e-mail program answered. Copy the letter to the clipboard instead."));
}

} // namespace neuvo
