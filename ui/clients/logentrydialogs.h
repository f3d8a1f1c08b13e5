#pragma once

#include "core/domain/domain.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace neuvo {

class Session;

// Edit a logged interaction: every field the quick add has, the summary in
// full. OK stores it through InteractionStore; a bad value or a failed save
// keeps the dialog open with what was typed and a message naming the field.
class InteractionDialog final : public QDialog
{
    Q_OBJECT

public:
    // projects: the client's, offered as what the interaction was about.
    InteractionDialog(Session &session, const Interaction &interaction, const QList<Project> &projects,
                      QWidget *parent = nullptr);

    const Interaction &interaction() const { return m_interaction; }
    QString errorText() const;

    void accept() override;

private:
    Session &m_session;
    Interaction m_interaction;
    QDateTimeEdit *m_when = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_direction = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_project = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QCheckBox *m_confirmed = nullptr;
    QDateEdit *m_confirmedOn = nullptr;
    QLabel *m_error = nullptr;
};

// Edit a promise: what, the project, the due date and, once kept, when.
class PromiseDialog final : public QDialog
{
    Q_OBJECT

public:
    PromiseDialog(Session &session, const Promise &promise, const QList<Project> &projects,
                  QWidget *parent = nullptr);

    const Promise &promise() const { return m_promise; }
    QString errorText() const;

    void accept() override;

private:
    Session &m_session;
    Promise m_promise;
    QLineEdit *m_what = nullptr;
    QComboBox *m_project = nullptr;
    QDateEdit *m_due = nullptr;
    QCheckBox *m_kept = nullptr;
    QDateEdit *m_keptOn = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace neuvo
