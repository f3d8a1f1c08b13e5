#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace neuvo {

// What a person calls each rule of the catalogue (docs/design.md): the
// client flags, the ten observed patterns and your alerts, by their stable
// rule id, translated. Evidence that names other rules (the part_ways
// alert lists the client's high flags) and notifications use these names;
// ids stay in machine output (neuvo-cli's JSON, the seen and announced
// records).
class RuleTitles final
{
    Q_DECLARE_TR_FUNCTIONS(RuleTitles)

public:
    // "Seeks free work" for free_work_seeker; empty for an id the catalogue
    // does not have.
    static QString title(const QString &rule);
    // title(), or the id itself when there is none: a sentence never loses
    // the reason.
    static QString titleOrId(const QString &rule);
    // The ids named here, but for the observed patterns (named by their
    // enum, ClientPattern), in no particular order.
    static QList<QString> ruleIds();
};

} // namespace neuvo
