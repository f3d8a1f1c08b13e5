#include "clientdetail.h"
#include "ui/widgets/plaintext.h"

#include "ui/dialogs/documentdialog.h"

#include "clientdetailmodels.h"
#include "clienttablemodel.h"
#include "core/storage/stores.h"
#include "ui/widgets/emptystate.h"
#include "ui/widgets/enumcombo.h"
#include "core/domain/plural.h"
#include "ui/widgets/riskbadge.h"
#include "ui/session.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

// "Mon–Fri", "Mon, Wed, Fri", "Mon–Wed, Sat": runs of three or more days
// collapse into a range.
QString weekdaysText(Weekdays days)
{
    if (days == AllWeek)
        return ClientDetailWidget::tr("every day");
    const QLocale locale;
    QStringList parts;
    int day = Qt::Monday;
    while (day <= Qt::Sunday) {
        if (!hasWeekday(days, day)) {
            ++day;
            continue;
        }
        int end = day;
        while (end < Qt::Sunday && hasWeekday(days, end + 1))
            ++end;
        if (end - day >= 2) {
            parts << locale.dayName(day, QLocale::ShortFormat) + u'–' + locale.dayName(end, QLocale::ShortFormat);
        } else {
            for (int d = day; d <= end; ++d)
                parts << locale.dayName(d, QLocale::ShortFormat);
        }
        day = end + 1;
    }
    return parts.isEmpty() ? ClientDetailWidget::tr("no days") : parts.join(u", "_s);
}

QString contactHoursText(const Client &c)
{
    if (c.contactFrom == c.contactTo)
        return ClientDetailWidget::tr("any time");
    const QString from = c.contactFrom.toString(u"HH:mm"_s);
    const QString to = c.contactTo.toString(u"HH:mm"_s);
    return c.contactFrom < c.contactTo ? ClientDetailWidget::tr("%1–%2").arg(from, to)
                                       : ClientDetailWidget::tr("%1–%2 (over midnight)").arg(from, to);
}

QLabel *valueLabel()
{
    auto *label = plainLabel();
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

QTableView *tableView(QAbstractItemModel *model, QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(SortRole);
    auto *view = new QTableView;
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

int textWidth(const QWidget *widget, const QString &text)
{
    return widget->fontMetrics().horizontalAdvance(text) + 24;
}

} // namespace

// ---- Contact ----

class ContactTab final : public QWidget
{
    Q_OBJECT

public:
    explicit ContactTab(QWidget *parent = nullptr)
        : QWidget(parent)
    {
        for (QLabel **label : {&m_company, &m_status, &m_type, &m_source, &m_email, &m_phone, &m_messenger,
                               &m_channel, &m_hours, &m_days, &m_zone, &m_notes})
            *label = valueLabel();
        m_notes->setAlignment(Qt::AlignTop | Qt::AlignLeft);

        auto *contact = new QFormLayout;
        contact->addRow(tr("Company:"), m_company);
        contact->addRow(tr("Status:"), m_status);
        contact->addRow(tr("Type:"), m_type);
        contact->addRow(tr("Source:"), m_source);
        contact->addRow(tr("E-mail:"), m_email);
        contact->addRow(tr("Phone:"), m_phone);
        contact->addRow(tr("Messenger:"), m_messenger);

        auto *boundaries = new QFormLayout;
        boundaries->addRow(tr("Preferred channel:"), m_channel);
        boundaries->addRow(tr("Contact hours:"), m_hours);
        boundaries->addRow(tr("Contact days:"), m_days);
        boundaries->addRow(tr("Time zone:"), m_zone);
        boundaries->addRow(tr("Notes:"), m_notes);

        m_edit = new QPushButton(tr("Edi&t Client…"));
        m_edit->setObjectName(u"editClientButton"_s);

        auto *columns = new QHBoxLayout;
        columns->addLayout(contact, 1);
        columns->addSpacing(16);
        columns->addLayout(boundaries, 1);
        auto *buttons = new QHBoxLayout;
        buttons->addStretch();
        buttons->addWidget(m_edit);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(columns);
        layout->addStretch();
        layout->addLayout(buttons);
    }

    QPushButton *editButton() const { return m_edit; }

    void load(const Client &c)
    {
        const QString none = tr("—");
        auto orNone = [&](const QString &text) { return text.isEmpty() ? none : text; };
        m_company->setText(orNone(c.company));
        m_status->setText(displayName(c.status));
        m_type->setText(displayName(c.type));
        m_source->setText(displayName(c.source));
        m_email->setText(orNone(c.email));
        m_phone->setText(orNone(c.phone));
        m_messenger->setText(orNone(c.messenger));
        m_channel->setText(displayName(c.preferredChannel));
        m_hours->setText(contactHoursText(c));
        m_days->setText(weekdaysText(c.contactDays));
        const QTimeZone zone(c.timeZone.toUtf8());
        if (zone.isValid()) {
            // Display only: the rules never read the clock.
            const QDateTime there = QDateTime::currentDateTimeUtc().toTimeZone(zone);
            m_zone->setText(tr("%1 (now %2 there)")
                                .arg(c.timeZone, QLocale().toString(there.time(), shortTimeFormat(QLocale()))));
        } else {
            m_zone->setText(c.timeZone);
        }
        m_notes->setText(orNone(c.notes));
    }

private:
    QLabel *m_company = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_type = nullptr;
    QLabel *m_source = nullptr;
    QLabel *m_email = nullptr;
    QLabel *m_phone = nullptr;
    QLabel *m_messenger = nullptr;
    QLabel *m_channel = nullptr;
    QLabel *m_hours = nullptr;
    QLabel *m_days = nullptr;
    QLabel *m_zone = nullptr;
    QLabel *m_notes = nullptr;
    QPushButton *m_edit = nullptr;
};

// ---- Projects ----

class ClientProjectsTab final : public QWidget
{
    Q_OBJECT

public:
    explicit ClientProjectsTab(QWidget *parent = nullptr)
        : QWidget(parent)
        , m_model(new ClientProjectsModel(this))
    {
        m_view = tableView(m_model, this);
        m_view->setObjectName(u"clientProjectsView"_s);
        m_view->setAccessibleName(tr("Projects of the client"));
        m_view->sortByColumn(ClientProjectsModel::NextDue, Qt::AscendingOrder);
        QHeaderView *header = m_view->horizontalHeader();
        header->resizeSection(ClientProjectsModel::Title, textWidth(this, u"x"_s.repeated(45)));
        header->resizeSection(ClientProjectsModel::Status, textWidth(this, u"x"_s.repeated(14)));
        header->resizeSection(ClientProjectsModel::Total, textWidth(this, u"000 000,00 EUR"_s));
        new EmptyStateOverlay(m_view, [] {
            return tr("No projects for this client yet. Add one on the Projects page.");
        });
        connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
            emit openProjectRequested(index.data(IdRole).toLongLong());
        });
        auto *hint = new QLabel(tr("Double-click a project to open it."));
        hint->setForegroundRole(QPalette::PlaceholderText);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_view);
        layout->addWidget(hint);
    }

    void load(const QList<Project> &projects, const QDate &today) { m_model->setProjects(projects, today); }

signals:
    void openProjectRequested(qint64 projectId);

private:
    ClientProjectsModel *m_model;
    QTableView *m_view = nullptr;
};

// ---- Interactions ----

class InteractionsTab final : public QWidget
{
    Q_OBJECT

public:
    InteractionsTab(Session &session, QWidget *parent = nullptr)
        : QWidget(parent)
        , m_session(session)
        , m_model(new InteractionTableModel(this))
    {
        m_view = tableView(m_model, this);
        m_view->setObjectName(u"interactionsView"_s);
        m_view->setAccessibleName(tr("Interaction log"));
        m_view->sortByColumn(InteractionTableModel::When, Qt::DescendingOrder);
        QHeaderView *header = m_view->horizontalHeader();
        header->resizeSection(InteractionTableModel::When, textWidth(this, u"00 Mar 0000 00:00 PM"_s));
        header->resizeSection(InteractionTableModel::Channel, textWidth(this, u"Messenger"_s));
        header->resizeSection(InteractionTableModel::Direction, textWidth(this, u"Outbound"_s));
        header->resizeSection(InteractionTableModel::Kind, textWidth(this, u"Free test request"_s));
        header->setStretchLastSection(false);
        header->setSectionResizeMode(InteractionTableModel::Summary, QHeaderView::Stretch);
        header->resizeSection(InteractionTableModel::Confirmed, textWidth(this, u"00 Mar 0000"_s));
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
        row1->addWidget(buddy(tr("Pro&ject:"), m_project));
        row1->addWidget(m_project, 1);
        auto *row2 = new QHBoxLayout;
        row2->addWidget(buddy(tr("&Summary:"), m_summary));
        row2->addWidget(m_summary, 1);
        row2->addWidget(m_confirmed);
        row2->addWidget(m_confirmedOn);
        row2->addWidget(m_add);

        m_letter = new QPushButton(tr("Follow-up &Letter…"));
        m_letter->setObjectName(u"followUpLetterButton"_s);
        m_letter->setToolTip(tr("After a call or meeting: its agreements as a letter asking the client to confirm"));
        m_letter->setEnabled(false);
        connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                [this](const QModelIndex &current) { m_letter->setEnabled(current.isValid()); });
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

    void load(const Client &client, const QList<Interaction> &interactions, const QList<Project> &projects)
    {
        const bool otherClient = client.id != m_clientId;
        // Follow the session's day (and midnight) unless an entry is being typed.
        if (m_summary->text().isEmpty())
            resetQuickAdd();
        m_clientId = client.id;
        m_model->setInteractions(interactions, client.timeZone);
        const qint64 project = otherClient ? 0 : m_project->currentData().toLongLong();
        m_project->clear();
        m_project->addItem(tr("None"), qint64(0));
        for (const Project &p : projects)
            m_project->addItem(p.title, p.id);
        m_project->setCurrentIndex(qMax(0, m_project->findData(project)));
    }

private:
    void resetQuickAdd()
    {
        // "Now" on the session's day, so a test with a fixed day logs on it.
        m_when->setDateTime(QDateTime(m_session.today(), QTime::currentTime()));
        m_confirmedOn->setDate(m_session.today());
        m_confirmed->setChecked(false);
        m_summary->clear();
    }

    void add()
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
        m_session.notifyChanged();
        m_summary->setFocus();
    }

    Session &m_session;
    InteractionTableModel *m_model;
    qint64 m_clientId = 0;
    QTableView *m_view = nullptr;
    QDateTimeEdit *m_when = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_direction = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_summary = nullptr;
    QComboBox *m_project = nullptr;
    QCheckBox *m_confirmed = nullptr;
    QDateEdit *m_confirmedOn = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_letter = nullptr;
};

// ---- Promises ----

class PromisesTab final : public QWidget
{
    Q_OBJECT

public:
    PromisesTab(Session &session, QWidget *parent = nullptr)
        : QWidget(parent)
        , m_session(session)
        , m_model(new PromiseTableModel(this))
    {
        m_view = tableView(m_model, this);
        m_view->setObjectName(u"promisesView"_s);
        m_view->setAccessibleName(tr("Promises"));
        m_view->sortByColumn(PromiseTableModel::Due, Qt::AscendingOrder);
        QHeaderView *header = m_view->horizontalHeader();
        header->resizeSection(PromiseTableModel::Done, textWidth(this, tr("Kept")));
        header->resizeSection(PromiseTableModel::What, textWidth(this, u"x"_s.repeated(60)));
        header->resizeSection(PromiseTableModel::Due, textWidth(this, u"00/00/0000"_s));
        new EmptyStateOverlay(m_view, [] {
            return tr("No promises yet. Keep them small and exact — \"I will send the brief on "
                      "Tuesday\" — and add them below.");
        });
        connect(m_model, &PromiseTableModel::doneToggled, this, &PromisesTab::setDone);

        m_what = new QLineEdit;
        m_what->setObjectName(u"promiseWhat"_s);
        m_what->setPlaceholderText(tr("e.g. Send the brief"));
        m_due = new QDateEdit;
        m_due->setObjectName(u"promiseDue"_s);
        m_due->setCalendarPopup(true);
        m_add = new QPushButton(tr("&Add Promise"));
        m_add->setObjectName(u"addPromiseButton"_s);
        m_add->setEnabled(false);
        m_delete = new QPushButton(tr("De&lete Promise"));
        m_delete->setObjectName(u"deletePromiseButton"_s);
        m_delete->setEnabled(false);
        connect(m_what, &QLineEdit::textChanged, this,
                [this](const QString &text) { m_add->setEnabled(!text.trimmed().isEmpty()); });
        connect(m_what, &QLineEdit::returnPressed, this, &PromisesTab::add);
        connect(m_add, &QPushButton::clicked, this, &PromisesTab::add);
        connect(m_delete, &QPushButton::clicked, this, &PromisesTab::removeCurrent);
        connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                [this](const QModelIndex &current) {
                    m_delete->setEnabled(current.isValid() && !m_session.isReadOnly());
                });

        auto *whatLabel = new QLabel(tr("&New promise:"));
        whatLabel->setBuddy(m_what);
        auto *dueLabel = new QLabel(tr("D&ue:"));
        dueLabel->setBuddy(m_due);
        auto *row = new QHBoxLayout;
        row->addWidget(whatLabel);
        row->addWidget(m_what, 1);
        row->addWidget(dueLabel);
        row->addWidget(m_due);
        row->addWidget(m_add);
        row->addSpacing(16);
        row->addWidget(m_delete);

        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_view, 1);
        layout->addLayout(row);
        m_due->setDate(m_session.today().addDays(1));
        m_model->setCheckable(!m_session.isReadOnly());
        for (QWidget *control : std::initializer_list<QWidget *>{m_what, m_due, m_add, m_delete})
            m_session.disableIfReadOnly(control);
    }

    void load(qint64 clientId, const QList<Promise> &promises)
    {
        m_clientId = clientId;
        if (m_what->text().isEmpty())
            m_due->setDate(m_session.today().addDays(1));
        m_model->setPromises(promises, m_session.today());
        m_delete->setEnabled(m_view->currentIndex().isValid() && !m_session.isReadOnly());
    }

private:
    void add()
    {
        if (m_clientId <= 0 || m_what->text().trimmed().isEmpty())
            return;
        Promise p;
        p.clientId = m_clientId;
        p.what = m_what->text().trimmed();
        p.dueOn = m_due->date();
        if (auto created = PromiseStore(m_session.db()).create(p); !created) {
            MessageBox::warning(this, tr("Add Promise"), created.error());
            return;
        }
        m_what->clear();
        m_due->setDate(m_session.today().addDays(1));
        m_session.notifyChanged();
    }

    void setDone(qint64 promiseId, bool done)
    {
        PromiseStore store(m_session.db());
        auto promise = store.get(promiseId);
        if (promise) {
            promise->doneOn = done ? m_session.today() : QDate();
            if (auto updated = store.update(*promise); !updated)
                promise = Error{updated.error()};
        }
        if (!promise)
            MessageBox::warning(this, tr("Promises"), promise.error());
        m_session.notifyChanged();
    }

    void removeCurrent()
    {
        const QModelIndex index = m_view->currentIndex();
        if (!index.isValid())
            return;
        const QString what = index.siblingAtColumn(PromiseTableModel::What).data().toString();
        QMessageBox box(QMessageBox::Question, tr("Delete Promise"), tr("Delete the promise \"%1\"?").arg(what),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
        box.setDefaultButton(QMessageBox::Cancel);
        makePlainText(box);
        if (box.exec() != QMessageBox::Yes)
            return;
        if (auto removed = PromiseStore(m_session.db()).remove(index.data(IdRole).toLongLong()); !removed)
            MessageBox::warning(this, tr("Delete Promise"), removed.error());
        m_session.notifyChanged();
    }

    Session &m_session;
    PromiseTableModel *m_model;
    qint64 m_clientId = 0;
    QTableView *m_view = nullptr;
    QLineEdit *m_what = nullptr;
    QDateEdit *m_due = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_delete = nullptr;
};

// ---- Red flags ----

class RedFlagsTab final : public QWidget
{
    Q_OBJECT

public:
    RedFlagsTab(Session &session, QWidget *parent = nullptr)
        : QWidget(parent)
        , m_session(session)
        , m_findings(new FindingTableModel(this))
    {
        m_badge = new QLabel;
        m_badge->setObjectName(u"riskBadge"_s);
        m_reasons = valueLabel();
        m_reasons->setObjectName(u"riskReasons"_s);
        auto *riskLabel = new QLabel(tr("Risk:"));
        auto *top = new QHBoxLayout;
        top->addWidget(riskLabel);
        top->addWidget(m_badge, 0, Qt::AlignTop);
        top->addWidget(m_reasons, 1);

        auto *checklist = new QWidget;
        auto *grid = new QGridLayout(checklist);
        grid->setContentsMargins(0, 0, 0, 0);
        grid->setVerticalSpacing(2);
        grid->setColumnStretch(1, 1);
        for (const ClientPattern pattern : allValues<ClientPattern>()) {
            Item item;
            item.pattern = pattern;
            item.box = new QCheckBox(displayName(pattern));
            item.box->setObjectName(u"pattern_"_s + toId(pattern));
            item.box->setToolTip(description(pattern));
            item.note = new QLineEdit;
            item.note->setObjectName(u"note_"_s + toId(pattern));
            item.note->setPlaceholderText(tr("What happened"));
            item.note->setAccessibleName(tr("Note: %1").arg(displayName(pattern)));
            item.date = new QDateEdit;
            item.date->setObjectName(u"date_"_s + toId(pattern));
            item.date->setCalendarPopup(true);
            item.date->setAccessibleName(tr("Observed on: %1").arg(displayName(pattern)));
            const int row = int(m_items.size());
            grid->addWidget(item.box, row, 0);
            grid->addWidget(item.note, row, 1);
            grid->addWidget(item.date, row, 2);
            m_items << item;
            connect(item.box, &QCheckBox::toggled, this, [this, row](bool on) { toggle(row, on); });
            connect(item.note, &QLineEdit::editingFinished, this, [this, row] { edit(row); });
            connect(item.date, &QDateEdit::editingFinished, this, [this, row] { edit(row); });
            for (QWidget *control : std::initializer_list<QWidget *>{item.box, item.note, item.date})
                m_session.disableIfReadOnly(control);
            if (m_session.isReadOnly())
                item.box->setToolTip(description(pattern) + u"\n\n"_s + m_session.readOnlyToolTip());
        }
        auto *scroll = new QScrollArea;
        scroll->setWidget(checklist);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        auto *checklistBox = new QGroupBox(tr("Checklist: what you observed"));
        auto *checklistLayout = new QVBoxLayout(checklistBox);
        checklistLayout->setContentsMargins(4, 4, 4, 4);
        checklistLayout->addWidget(scroll);

        m_view = tableView(m_findings, this);
        m_view->setObjectName(u"findingsView"_s);
        m_view->setAccessibleName(tr("Findings about the client"));
        m_view->setWordWrap(true);
        m_view->setItemDelegateForColumn(FindingTableModel::Severity, new RiskBadgeDelegate(m_view));
        m_view->sortByColumn(FindingTableModel::Severity, Qt::DescendingOrder);
        // The evidence names its dates; the room goes to the evidence.
        m_view->setColumnHidden(FindingTableModel::Kind, true);
        m_view->setColumnHidden(FindingTableModel::Date, true);
        QHeaderView *header = m_view->horizontalHeader();
        header->resizeSection(FindingTableModel::Severity, textWidth(this, tr("Warning")) + 8);
        new EmptyStateOverlay(m_view, [] { return tr("No red flags and nothing to do for this client."); });
        auto *findingsBox = new QGroupBox(tr("Findings from your records"));
        auto *findingsLayout = new QVBoxLayout(findingsBox);
        findingsLayout->setContentsMargins(4, 4, 4, 4);
        findingsLayout->addWidget(m_view);

        // Evidence wraps: row heights follow the column width.
        connect(header, &QHeaderView::sectionResized, m_view, &QTableView::resizeRowsToContents);

        auto *body = new QSplitter(Qt::Horizontal);
        body->setObjectName(u"redFlagsSplitter"_s);
        body->setChildrenCollapsible(false);
        body->addWidget(checklistBox);
        body->addWidget(findingsBox);
        body->setStretchFactor(0, 1);
        body->setStretchFactor(1, 1);
        // Half and half to start with: the checklist's size hint would
        // otherwise squeeze the evidence into a narrow column.
        body->setSizes({500, 500});
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(top);
        layout->addWidget(body, 1);
    }

    void load(qint64 clientId, const QList<Observation> &observations, const QList<Finding> &findings,
              const ClientRisk &risk)
    {
        m_clientId = clientId;
        const QDate today = m_session.today();
        for (Item &item : m_items) {
            // The standing observation of this pattern, if any: the latest one
            // not withdrawn by today.
            const Observation *standing = nullptr;
            for (const Observation &o : observations) {
                if (o.pattern == item.pattern && !(o.withdrawnOn.isValid() && o.withdrawnOn <= today))
                    standing = &o;
            }
            const QSignalBlocker blockBox(item.box);
            const QSignalBlocker blockNote(item.note);
            const QSignalBlocker blockDate(item.date);
            item.observationId = standing ? standing->id : 0;
            item.box->setChecked(standing != nullptr);
            item.note->setText(standing ? standing->note : QString());
            item.date->setDate(standing && standing->observedOn.isValid() ? standing->observedOn : today);
        }
        m_findings->setFindings(findings);
        m_view->resizeRowsToContents();

        styleRiskBadge(m_badge, risk.level);
        if (risk.reasons.isEmpty()) {
            m_reasons->setText(tr("No red flags from your observations or records."));
            m_reasons->setToolTip({});
        } else {
            m_reasons->setText(tr("Score %1. %2").arg(risk.score).arg(risk.reasons.first())
                               + (risk.reasons.size() > 1
                                      ? u' ' + tr("(and %n more below)", nullptr, int(risk.reasons.size() - 1))
                                      : QString()));
            m_reasons->setToolTip(risk.reasons.join(u'\n'));
        }
    }

private:
    struct Item
    {
        ClientPattern pattern = ClientPattern::Disrespect;
        QCheckBox *box = nullptr;
        QLineEdit *note = nullptr;
        QDateEdit *date = nullptr;
        qint64 observationId = 0;
    };

    static QString description(ClientPattern pattern)
    {
        switch (pattern) {
        case ClientPattern::Disrespect: return tr("Treats you as if giving you work were a favour.");
        case ClientPattern::BlamesPreviousContractors:
            return tr("Tried several specialists and complains about all of them.");
        case ClientPattern::PaysInPromises:
            return tr("Offers a share of future profit or later payment instead of pay.");
        case ClientPattern::Manipulation: return tr("Manipulates, or pushes their terms without any compromise.");
        case ClientPattern::FullLoadLowPrice: return tr("Promises a steady full workload, usually at a low price.");
        case ClientPattern::UnrealisticExpectations: return tr("Expects huge results for little money.");
        case ClientPattern::Demoralizing:
            return tr("Excessive attention, incomprehensible demands, suspicious tasks.");
        case ClientPattern::DevaluesWork: return tr("Says your work is worth 2–5 times less than you ask.");
        case ClientPattern::FreeWorkSeeker:
            return tr("Contests, free test tasks, \"pay later\", a new mailbox and a pseudonym.");
        case ClientPattern::BadProduct: return tr("Wants a bad product sold as if it were candy.");
        }
        return {};
    }

    void toggle(int row, bool on)
    {
        Item &item = m_items[row];
        ObservationStore store(m_session.db());
        Result<void> result;
        if (on) {
            Observation o;
            o.clientId = m_clientId;
            o.pattern = item.pattern;
            o.note = item.note->text().trimmed();
            o.observedOn = item.date->date();
            result = store.create(o);
        } else if (item.observationId > 0) {
            // Withdrawn, not deleted: the record of what was once observed stays.
            result = store.withdraw(item.observationId, m_session.today());
        }
        if (!result) {
            // Not stored: the box goes back, the note typed beside it stays
            // (a reload would replace it with the stored one).
            const QSignalBlocker block(item.box);
            item.box->setChecked(!on);
            MessageBox::warning(this, tr("Red flags"), result.error());
            return;
        }
        m_session.notifyChanged();
    }

    void edit(int row)
    {
        const Item &item = m_items.at(row);
        if (item.observationId <= 0 || !item.box->isChecked())
            return;
        ObservationStore store(m_session.db());
        auto o = store.get(item.observationId);
        if (!o)
            return;
        const QString note = item.note->text().trimmed();
        if (o->note == note && o->observedOn == item.date->date())
            return;
        o->note = note;
        o->observedOn = item.date->date();
        if (auto updated = store.update(*o); !updated) {
            // What was typed stays in the field to try again.
            MessageBox::warning(this, tr("Red flags"), updated.error());
            return;
        }
        m_session.notifyChanged();
    }

    Session &m_session;
    FindingTableModel *m_findings;
    qint64 m_clientId = 0;
    QList<Item> m_items;
    QLabel *m_badge = nullptr;
    QLabel *m_reasons = nullptr;
    QTableView *m_view = nullptr;
};

// ---- The detail widget ----

ClientDetailWidget::ClientDetailWidget(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_title = new QLabel;
    m_title->setObjectName(u"clientTitle"_s);
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_badge = new QLabel;
    m_badge->setObjectName(u"headerRiskBadge"_s);

    m_contact = new ContactTab;
    m_projects = new ClientProjectsTab;
    m_interactions = new InteractionsTab(session);
    m_promises = new PromisesTab(session);
    m_redFlags = new RedFlagsTab(session);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(u"clientTabs"_s);
    m_tabs->insertTab(ContactPage, m_contact, tr("Contact"));
    m_tabs->insertTab(ProjectsPage, m_projects, tr("Projects"));
    m_tabs->insertTab(InteractionsPage, m_interactions, tr("Interactions"));
    m_tabs->insertTab(PromisesPage, m_promises, tr("Promises"));
    m_tabs->insertTab(RedFlagsPage, m_redFlags, tr("Red flags"));
    connect(m_contact->editButton(), &QPushButton::clicked, this, &ClientDetailWidget::editRequested);
    session.disableIfReadOnly(m_contact->editButton());
    connect(m_projects, &ClientProjectsTab::openProjectRequested, this,
            &ClientDetailWidget::openProjectRequested);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_badge);
    auto *details = new QWidget;
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addLayout(header);
    detailsLayout->addWidget(m_tabs, 1);

    auto *placeholder = new QLabel(tr("Select a client to see contacts, projects, interactions, "
                                      "promises and red flags."));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setForegroundRole(QPalette::PlaceholderText);

    m_stack = new QStackedWidget;
    m_stack->addWidget(placeholder);
    m_stack->addWidget(details);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

void ClientDetailWidget::setClient(qint64 clientId)
{
    const Facts &facts = m_session.facts();
    const Client *client = nullptr;
    for (const Client &c : facts.clients) {
        if (c.id == clientId) {
            client = &c;
            break;
        }
    }
    m_clientId = client ? clientId : 0;
    m_stack->setCurrentIndex(client ? 1 : 0);
    if (!client)
        return;

    QList<Project> projects;
    for (const Project &p : facts.projects) {
        if (p.clientId == clientId)
            projects << p;
    }
    QList<Interaction> interactions;
    for (const Interaction &i : facts.interactions) {
        if (i.clientId == clientId)
            interactions << i;
    }
    QList<Promise> promises;
    for (const Promise &p : facts.promises) {
        if (p.clientId == clientId)
            promises << p;
    }
    QList<Observation> observations;
    for (const Observation &o : facts.observations) {
        if (o.clientId == clientId)
            observations << o;
    }
    QList<Finding> findings;
    for (const Finding &f : m_session.findings()) {
        if (f.clientId == clientId)
            findings << f;
    }
    const ClientRisk risk = m_session.risk(clientId);

    m_title->setText(client->company.isEmpty() ? client->name
                                               : tr("%1 — %2").arg(client->name, client->company));
    styleRiskBadge(m_badge, risk.level);
    m_badge->setToolTip(risk.reasons.join(u'\n'));
    m_contact->load(*client);
    m_projects->load(projects, m_session.today());
    m_interactions->load(*client, interactions, projects);
    m_promises->load(clientId, promises);
    m_redFlags->load(clientId, observations, findings, risk);
}

} // namespace neuvo

#include "clientdetail.moc"
