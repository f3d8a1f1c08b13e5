#include "projecteditorfields.h"

#include "projecteditor.h"
#include "ui/widgets/dateclearingfilter.h"
#include "ui/widgets/plaintext.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QStyle>
#include <QTableView>
#include <QToolButton>

#include <algorithm>

namespace neuvo::editorfields {

QToolButton *iconButton(QWidget *context, QStyle::StandardPixmap icon, const QString &name,
                        const QString &objectName)
{
    auto *button = new QToolButton;
    button->setIcon(context->style()->standardIcon(icon));
    button->setAccessibleName(name);
    button->setToolTip(name);
    button->setObjectName(objectName);
    return button;
}

QLabel *hintLabel(const QString &text)
{
    auto *label = plainLabel(text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QTableView *recordView(QAbstractItemModel *model, const QString &accessibleName, const QString &objectName)
{
    auto *view = new QTableView;
    view->setModel(model);
    view->setAccessibleName(accessibleName);
    view->setObjectName(objectName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                          | QAbstractItemView::AnyKeyPressed);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setTabKeyNavigation(false); // Tab leaves the table, as in the rest of the form
    view->horizontalHeader()->setStretchLastSection(true);
    view->installEventFilter(new DateClearingFilter(view));
    return view;
}

QSpinBox *spinBox(int minimum, int maximum, const QString &suffix)
{
    auto *box = new QSpinBox;
    box->setRange(minimum, maximum);
    box->setSuffix(suffix);
    return box;
}

// An amount typed into a field, in the project's currency. Empty text is
// `empty` (0 for a price, nothing for an optional amount).
Result<std::optional<qint64>> parseAmountField(const QLineEdit *edit, const QString &currency,
                                               const QString &field, std::optional<qint64> empty)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return empty;
    auto money = Money::parseLocalized(text, currency, QLocale());
    if (!money)
        return fail(ProjectEditor::tr("%1: %2").arg(field, money.error()));
    return std::optional<qint64>(money->minor());
}

// Tab moves in the order the widgets are seen, which differs from the order
// they are created in where buttons sit above a table.
void chainTabOrder(std::initializer_list<QWidget *> widgets)
{
    QWidget *previous = nullptr;
    for (QWidget *widget : widgets) {
        if (previous)
            QWidget::setTabOrder(previous, widget);
        previous = widget;
    }
}

// Adds a form row whose field is a layout, with a label that focuses `buddy`.
void addRow(QFormLayout *form, const QString &text, QLayout *field, QWidget *buddy)
{
    auto *label = plainLabel(text);
    label->setBuddy(buddy);
    form->addRow(label, field);
}

bool hasFinding(const QList<Finding> &findings, QStringView rule)
{
    return std::any_of(findings.cbegin(), findings.cend(), [rule](const Finding &f) { return f.rule == rule; });
}

} // namespace neuvo::editorfields
