#pragma once

#include <QLatin1StringView>
#include <QString>
#include <QStringView>
#include <QtGlobal>

namespace neuvo {

// A rule's stable id (payment_overdue, free_work_seeker, ...) kept as a
// small number: a report holds tens of thousands of findings and each names
// one of a few dozen rules. The ids of the catalogue (RuleTitles) and the
// ten observed patterns have fixed numbers in their alphabetical order;
// any other text (a test's made-up rule) is numbered when it is first met,
// for the life of the process. So every id reads back as it was given:
// RuleId(text).toString() == text, the empty text included (the default).
//
// Equality and order are the text's (order as QString's), so findings sort
// and compare as they did when the rule was a QString. Where a QString is
// wanted (a view, the JSON, a finding's identity) a RuleId reads as its
// text; for the catalogue's ids that text is static data and costs no
// allocation.
class RuleId final
{
public:
    RuleId() = default;
    // Implicit: wherever a rule is named, its text can be given.
    RuleId(QStringView id);
    RuleId(const QString &id) : RuleId(QStringView(id)) {}
    explicit RuleId(QLatin1StringView id);

    QString toString() const;
    operator QString() const { return toString(); }
    bool isEmpty() const { return m_index == 0; }
    // Whether the id is one of the catalogue's or the observed patterns'
    // (a fixed number), rather than a text numbered when first met.
    bool isCatalogued() const;

    friend bool operator==(RuleId a, RuleId b) noexcept { return a.m_index == b.m_index; }
    friend bool operator==(RuleId a, const QString &b) { return a.toString() == b; }
    friend bool operator==(RuleId a, QStringView b) { return a.toString() == b; }
    friend bool operator==(RuleId a, QLatin1StringView b) { return a.toString() == b; }
    friend bool operator<(RuleId a, RuleId b);

private:
    quint16 m_index = 0; // 0: the empty id
};

} // namespace neuvo
