#pragma once

#include "core/exchange/csv.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QFormLayout;

namespace neuvo {

// The three choices of a CSV dialect as combo boxes, the same in the import
// and the export dialog: the separator, the decimal mark, the encoding.
struct CsvDialectCombos
{
    QComboBox *separator = nullptr;
    QComboBox *decimalMark = nullptr;
    QComboBox *encoding = nullptr;

    // Makes the combos (object names csvSeparator, csvDecimal, csvEncoding).
    static CsvDialectCombos create();
    // A label with its buddy set for each, in that order.
    QList<QWidget *> labels() const;
    // A labelled row for each.
    void addTo(QFormLayout *form) const;
    void set(const CsvDialect &dialect) const;
    // byteOrderMark stays as in base.
    CsvDialect dialect(CsvDialect base = {}) const;
};

// File → Export CSV → …: how to write the file, before the file name is
// chosen. Starts from what a spreadsheet in the interface's locale expects
// (";" and decimal commas in Finnish and Russian), then from the last choice.
class CsvExportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit CsvExportDialog(QWidget *parent = nullptr);

    CsvDialect dialect() const;
    const CsvDialectCombos &combos() const { return m_combos; }

    void accept() override;

private:
    CsvDialectCombos m_combos;
    QCheckBox *m_byteOrderMark = nullptr;
};

} // namespace neuvo
