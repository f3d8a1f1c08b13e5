#include "projecteditor.h"

#include "projecteditorfields.h"
#include "core/storage/stores.h"
#include "ui/session.h"
#include "ui/widgets/optionaldateedit.h"

#include <QComboBox>
#include <QLabel>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

// The Overview tab of the project editor: client, title, status, scope and
// the included items (the price breakdown a client sees).

using namespace Qt::StringLiterals;

namespace neuvo {

using namespace editorfields;

QWidget *ProjectEditor::createOverviewTab()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);

    m_client = new QComboBox;
    m_client->setObjectName(u"clientCombo"_s);
    if (auto clients = ClientStore(m_session.db()).list()) {
        std::sort(clients->begin(), clients->end(), [](const Client &a, const Client &b) {
            return QString::localeAwareCompare(a.name, b.name) < 0;
        });
        for (const Client &c : *clients)
            m_client->addItem(c.company.isEmpty() ? c.name : tr("%1 (%2)").arg(c.name, c.company), c.id);
    }
    m_title = new QLineEdit;
    m_title->setObjectName(u"titleEdit"_s);
    m_title->setPlaceholderText(tr("e.g. Landing page copy"));
    m_status = new QComboBox;
    m_status->setObjectName(u"statusCombo"_s);
    for (ProjectStatus status : allValues<ProjectStatus>())
        m_status->addItem(displayName(status), int(status));
    m_deliveredOn = new OptionalDateEdit(tr("Delivered"));
    m_deliveredOn->setDefaultDate(m_session.today());
    m_scope = new QPlainTextEdit;
    m_scope->setObjectName(u"scopeEdit"_s);
    m_scope->setTabChangesFocus(true);
    m_scope->setPlaceholderText(tr("What is delivered, in the client's words and yours"));
    m_scope->setMinimumHeight(m_scope->fontMetrics().lineSpacing() * 4);

    m_items = new QListWidget;
    m_items->setObjectName(u"includedItemsList"_s);
    m_items->setAccessibleName(tr("Included items"));
    m_items->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::SelectedClicked);
    auto *addItem = new QPushButton(tr("Add It&em"));
    addItem->setObjectName(u"addItemButton"_s);
    auto *removeItem = new QPushButton(tr("Remove Item"));
    auto *itemUp = iconButton(this, QStyle::SP_ArrowUp, tr("Move item up"), u"itemUpButton"_s);
    auto *itemDown = iconButton(this, QStyle::SP_ArrowDown, tr("Move item down"), u"itemDownButton"_s);
    connect(addItem, &QPushButton::clicked, this, &ProjectEditor::addIncludedItem);
    connect(removeItem, &QPushButton::clicked, this, &ProjectEditor::removeIncludedItem);
    connect(itemUp, &QToolButton::clicked, this, [this] { moveIncludedItem(-1); });
    connect(itemDown, &QToolButton::clicked, this, [this] { moveIncludedItem(+1); });
    auto *itemButtons = new QVBoxLayout;
    itemButtons->addWidget(addItem);
    itemButtons->addWidget(removeItem);
    auto *upDown = new QHBoxLayout;
    upDown->addWidget(itemUp);
    upDown->addWidget(itemDown);
    upDown->addStretch();
    itemButtons->addLayout(upDown);
    itemButtons->addStretch();
    auto *items = new QHBoxLayout;
    items->addWidget(m_items, 1);
    items->addLayout(itemButtons);

    form->addRow(tr("C&lient:"), m_client);
    form->addRow(tr("&Title:"), m_title);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status);
    statusRow->addSpacing(12);
    statusRow->addWidget(m_deliveredOn);
    statusRow->addStretch();
    addRow(form, tr("St&atus:"), statusRow, m_status);
    form->addRow(tr("Sco&pe:"), m_scope);
    addRow(form, tr("&Included items:"), items, m_items);
    form->addRow(QString(), hintLabel(tr("List what the price includes (audience analysis, structure, "
                                         "writing, proofreading …): a visible breakdown makes a high price "
                                         "acceptable and closes the expectation gap.")));
    return page;
}

void ProjectEditor::addIncludedItem()
{
    auto *item = new QListWidgetItem(tr("New item"), m_items);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_items->setCurrentItem(item);
    m_items->editItem(item);
    refresh();
}

void ProjectEditor::removeIncludedItem()
{
    delete m_items->takeItem(m_items->currentRow());
}

void ProjectEditor::moveIncludedItem(int delta)
{
    const int row = m_items->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_items->count())
        return;
    QListWidgetItem *item = m_items->takeItem(row);
    m_items->insertItem(target, item);
    m_items->setCurrentItem(item);
    refresh();
}

} // namespace neuvo
