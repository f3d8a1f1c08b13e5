#include "interactionstab.h"

#include "clientdetailmodels.h"
#include "clientdetailviews.h"
#include "logentrydialogs.h"
#include "core/storage/stores.h"
#include "ui/dialogs/documentdialog.h"
#include "ui/itemroles.h"
#include "ui/session.h"
#include "ui/widgets/emptystate.h"
#include "ui/widgets/enumcombo.h"
#include "ui/widgets/plaintext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace neuvo {

InteractionsTab::InteractionsTab(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new InteractionTableModel(this))
{
    m_view = tableView(m_model, this);
    m_view->setObjectName(u"interactionsView"_s);
    m_view->setAccessibleName(tr("Interaction log"));
    m_view->sortByColumn(InteractionTableModel::When, Qt::DescendingOrder);
    QHeaderView *header = m_view->horizontalHeader();
    const auto names = [](auto values) {
        QStringList list;
        for (auto value : values)
            list << displayName(value);
        return list;
    };
    const QString sampleTime = QLocale().toString(QDateTime(QDate(2000, 12, 28), QTime(22, 58)),
                                                  QLocale().dateFormat(QLocale::ShortFormat) + u' '
                                                      + shortTimeFormat(QLocale()));
    header->resizeSection(InteractionTableModel::When, columnWidth(m_view, InteractionTableModel::When, {sampleTime}));
    header->resizeSection(InteractionTableModel::Channel,
                          columnWidth(m_view, InteractionTableModel::Channel, names(allValues<Channel>())));
    header->resizeSection(InteractionTableModel::Direction,
                          columnWidth(m_view, InteractionTableModel::Direction, names(allValues<Direction>())));
    header->resizeSection(InteractionTableModel::Kind,
                          columnWidth(m_view, InteractionTableModel::Kind, names(allValues<InteractionKind>())));
    header->setStretchLastSection(false);
    header->setSectionResizeMode(InteractionTableModel::Summary, QHeaderView::Stretch);
    header->resizeSection(InteractionTableModel::Confirmed,
                          columnWidth(m_view, InteractionTableModel::Confirmed,
                                      {QLocale().toString(QDate(2000, 12, 28), QLocale::ShortFormat)}));
    new EmptyStateOverlay(m_view, [] {
        return tr("No interactions logged yet. Record calls, mails and meetings below; "
                  "the red-flag rules read them.");
    });

    m_when = new QDateTimeEdit;
    m_when->setObjectName(u"interactionWhen"_s);
    m_when->setCalendarPopup(true);
    m_when->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat) + u' ' + shortTimeFormat(QLocale()));
    m_channel = new QComboBox;
    m_channel->setObjectName(u"interactionChannel"_s);
    fillEnumCombo<Channel>(m_channel);
    m_direction = new QComboBox;
    m_direction->setObjectName(u"interactionDirection"_s);
    fillEnumCombo<Direction>(m_direction);
    m_kind = new QComboBox;
    m_kind->setObjectName(u"interactionKind"_s);
    fillEnumCombo<InteractionKind>(m_kind);
    m_summary = new QLineEdit;
    m_summary->setObjectName(u"interactionSummary"_s);
    m_summary->setPlaceholderText(tr("What was said or agreed"));
    m_project = new QComboBox;
    m_project->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_project->setMinimumContentsLength(18);
    m_project->setObjectName(u"interactionProject"_s);
    m_confirmed = new QCheckBox(tr("Confirmed in w&riting on"));
    m_confirmed->setObjectName(u"interactionConfirmed"_s);
    m_confirmedOn = new QDateEdit;
    m_confirmedOn->setObjectName(u"interactionConfirmedOn"_s);
    m_confirmedOn->setCalendarPopup(true);
    m_confirmedOn->setAccessibleName(tr("Confirmed in writing on"));
    m_confirmedOn->setEnabled(false);
    connect(m_confirmed, &QCheckBox::toggled, m_confirmedOn, &QWidget::setEnabled);
    m_add = new QPushButton(tr("&Add to Log"));
    m_add->setObjectName(u"addInteractionButton"_s);
    m_add->setEnabled(false);
    connect(m_summary, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_add->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_summary, &QLineEdit::returnPressed, this, &InteractionsTab::add);
    connect(m_add, &QPushButton::clicked, this, &InteractionsTab::add);

    auto buddy = [](const QString &text, QWidget *widget) {
        auto *label = new QLabel(text);
        label->setBuddy(widget);
        return label;
    };
    auto *row1 = new QHBoxLayout;
    row1->addWidget(buddy(tr("&When:"), m_when));
    row1->addWidget(m_when);
    row1->addWidget(buddy(tr("Cha&nnel:"), m_channel));
    row1->addWidget(m_channel);
    row1->addWidget(buddy(tr("&Direction:"), m_direction));
    row1->addWidget(m_direction);
    row1->addWidget(buddy(tr("&Kind:"), m_kind));
    row1->addWidget(m_kind);
    row1->addStretch();
    // The project on the second row: in Russian the first one has no room
    // left for "Без проекта".
    auto *row2 = new QHBoxLayout;
    row2->addWidget(buddy(tr("Pro&ject:"), m_project));
    row2->addWidget(m_project);
    row2->addWidget(buddy(tr("&Summary:"), m_summary));
    row2->addWidget(m_summary, 1);
    row2->addWidget(m_confirmed);
    row2->addWidget(m_confirmedOn);
    row2->addWidget(m_add);

    m_letter = new QPushButton(tr("&Letter…"));
    m_letter->setObjectName(u"followUpLetterButton"_s);
    m_letter->setToolTip(tr("After a call or meeting: its agreements as a letter asking the client to confirm. "
                            "After a sent brief: the one reminder; after the reminder: releasing the reserved "
                            "time"));
    m_letter->setEnabled(false);
    m_edit = new QPushButton(tr("&Edit…"));
    m_edit->setObjectName(u"editInteractionButton"_s);
    m_edit->setEnabled(false);
    connect(m_edit, &QPushButton::clicked, this, &InteractionsTab::editCurrent);
    m_delete = new QPushButton(tr("De&lete"));
    m_delete->setObjectName(u"deleteInteractionButton"_s);
    m_delete->setToolTip(tr("Delete the selected interaction; Edit → Undo puts it back"));
    m_delete->setEnabled(false);
    connect(m_delete, &QPushButton::clicked, this, &InteractionsTab::removeCurrent);
    connect(m_view, &QAbstractItemView::activated, this, &InteractionsTab::editCurrent);
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &InteractionsTab::removeCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_letter->setEnabled(current.isValid());
                m_edit->setEnabled(current.isValid() && !m_session.isReadOnly());
                m_delete->setEnabled(current.isValid() && !m_session.isReadOnly());
            });
    connect(m_letter, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (!current.isValid())
            return;
        auto *dialog = new FollowUpLetterDialog(m_session, current.data(IdRole).toLongLong(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    auto *letterRow = new QHBoxLayout;
    letterRow->addStretch();
    letterRow->addWidget(m_edit);
    letterRow->addWidget(m_delete);
    letterRow->addSpacing(16);
    letterRow->addWidget(m_letter);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(letterRow);
    layout->addLayout(row1);
    layout->addLayout(row2);
    resetQuickAdd();
    for (QWidget *control : std::initializer_list<QWidget *>{m_when, m_channel, m_direction, m_kind, m_project,
                                                             m_summary, m_confirmed, m_add})
        m_session.disableIfReadOnly(control);
}

void InteractionsTab::load(const Client &client, const QList<Interaction> &interactions,
                           const QList<Project> &projects)
{
    const bool otherClient = client.id != m_clientId;
    // Follow the session's day (and midnight) unless an entry is being typed.
    if (m_summary->text().isEmpty())
        resetQuickAdd();
    m_clientId = client.id;
    m_projects = projects;
    m_model->setInteractions(interactions, client.timeZone);
    const bool selected = m_view->currentIndex().isValid();
    m_letter->setEnabled(selected);
    m_edit->setEnabled(selected && !m_session.isReadOnly());
    m_delete->setEnabled(selected && !m_session.isReadOnly());
    const qint64 project = otherClient ? 0 : m_project->currentData().toLongLong();
    m_project->clear();
    m_project->addItem(tr("None"), qint64(0));
    for (const Project &p : projects)
        m_project->addItem(p.title, p.id);
    m_project->setCurrentIndex(qMax(0, m_project->findData(project)));
}

void InteractionsTab::resetQuickAdd()
{
    // "Now" on the session's day, so a test with a fixed day logs on it.
    m_when->setDateTime(QDateTime(m_session.today(), QTime::currentTime()));
    m_confirmedOn->setDate(m_session.today());
    m_confirmed->setChecked(false);
    m_summary->clear();
}

void InteractionsTab::add()
{
    if (m_clientId <= 0 || m_summary->text().trimmed().isEmpty())
        return;
    Interaction i;
    i.clientId = m_clientId;
    i.projectId = m_project->currentData().toLongLong();
    i.at = m_when->dateTime().toUTC();
    i.channel = enumComboValue(m_channel, i.channel);
    i.direction = enumComboValue(m_direction, i.direction);
    i.kind = enumComboValue(m_kind, i.kind);
    i.summary = m_summary->text().trimmed();
    if (m_confirmed->isChecked())
        i.confirmedOn = m_confirmedOn->date();
    if (auto created = InteractionStore(m_session.db()).create(i); !created) {
        MessageBox::warning(this, tr("Add to Log"), created.error());
        return;
    }
    resetQuickAdd();
    m_session.notifyClientChanged(m_clientId);
    m_summary->setFocus();
}

qint64 InteractionsTab::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(IdRole).toLongLong() : 0;
}

void InteractionsTab::editCurrent()
{
    const qint64 id = currentId();
    if (id <= 0 || m_session.isReadOnly())
        return;
    const auto interaction = InteractionStore(m_session.db()).get(id);
    if (!interaction) {
        MessageBox::warning(this, tr("Edit Interaction"), interaction.error());
        return;
    }
    auto *dialog = new InteractionDialog(m_session, *interaction, m_projects, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void InteractionsTab::removeCurrent()
{
    const qint64 id = currentId();
    if (id <= 0 || m_session.isReadOnly())
        return;
    // No question: Edit → Undo puts it back, as for a deleted client.
    const qint64 loadedVersion = m_view->currentIndex().data(RowVersionRole).toLongLong();
    if (const QString error = m_session.deleteInteraction(id, loadedVersion); !error.isEmpty())
        MessageBox::warning(this, tr("Delete Interaction"), error);
}

} // namespace neuvo
