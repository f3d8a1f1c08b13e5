#pragma once

#include "documents.h"
#include "core/domain/result.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QString>

class QPagedPaintDevice;

namespace neuvo {

// Puts a PrintableDocument on pages: the paper chosen for it (A4 or Letter,
// DocumentLanguage::pageSize()), margins, a running header with the document's
// title and author, and "Page 1 of 3" at the foot. The same code paints
// into a QPdfWriter and into the QPrinter of a print preview.
class DocumentRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentRenderer)

public:
    // Paper and margins for a document in this language.
    static QPageLayout pageLayout(const DocumentLanguage &language);

    // Lays out a copy of the document for the device's page layout (set it
    // first, e.g. with pageLayout()) and paints every page. Returns the
    // number of pages.
    static Result<int> paint(const PrintableDocument &document, QPagedPaintDevice &device);

    // Writes the document as a PDF. Written to a temporary file and renamed,
    // so an existing file is replaced only by a complete one. Returns the
    // number of pages.
    static Result<int> writePdf(const PrintableDocument &document, const QString &path);
};

} // namespace neuvo
