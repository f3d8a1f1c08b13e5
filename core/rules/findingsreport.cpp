#include "findingsreport.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QJsonValue projectRef(qint64 projectId)
{
    return projectId > 0 ? QJsonValue(projectId) : QJsonValue(QJsonValue::Null);
}

QJsonObject findingJson(const Finding &f)
{
    return QJsonObject{
        {u"rule"_s, f.rule.toString()},
        {u"kind"_s, toId(f.kind)},
        {u"severity"_s, toId(f.severity)},
        {u"project"_s, projectRef(f.projectId)},
        {u"evidence"_s, f.evidence.toString()},
    };
}

QHash<qint64, QList<const Finding *>> byClient(const QList<Finding> &findings, FindingKind kind)
{
    QHash<qint64, QList<const Finding *>> out;
    for (const Finding &f : findings) {
        if (f.kind == kind)
            out[f.clientId] << &f;
    }
    return out;
}

// A JSON string as QJsonDocument writes it. Text with nothing to escape
// (no quote, backslash, control character or UTF-16 surrogate) is its UTF-8;
// anything else is handed to QJsonDocument itself, so the rare escapes are
// exactly Qt's and cannot drift from them.
void appendJsonString(QByteArray &out, QStringView text)
{
    const bool plain = std::none_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() < 0x20 || c == u'"' || c == u'\\' || c.isSurrogate();
    });
    if (plain) {
        out += '"';
        out += text.toUtf8();
        out += '"';
        return;
    }
    // ["…"] → "…"
    const QByteArray one = QJsonDocument(QJsonArray{text.toString()}).toJson(QJsonDocument::Compact);
    out += QByteArrayView(one).sliced(1, one.size() - 2);
}

// The same for a compact text: its UTF-8 as it is when there is nothing
// to escape. A byte from 0xF0 up starts a character above U+FFFF, a
// surrogate pair in the QString above, so it takes the same path as there.
void appendJsonText(QByteArray &out, const CompactText &text)
{
    const QByteArrayView utf8 = text.utf8();
    const bool plain = std::none_of(utf8.cbegin(), utf8.cend(), [](char c) {
        const auto byte = uchar(c);
        return byte < 0x20 || byte == '"' || byte == '\\' || byte >= 0xF0;
    });
    if (!plain) {
        appendJsonString(out, text.toString());
        return;
    }
    out += '"';
    out += utf8;
    out += '"';
}

// Pads to a width in characters (evidence is left unpadded at line end).
QString pad(const QString &text, qsizetype width)
{
    return text.size() >= width ? text + u' ' : text.leftJustified(width);
}

} // namespace

QJsonObject FindingsReport::flagsJson(const Facts &facts, const QList<Finding> &findings,
                                      const QDate &today, qint64 clientId)
{
    const auto flags = byClient(findings, FindingKind::Flag);
    const auto alerts = byClient(findings, FindingKind::Alert);
    const auto risks = RedFlagEngine::risks(findings, facts.profile.thresholds);
    QJsonArray clients;
    for (const Client &c : facts.clients) {
        if (clientId > 0 && c.id != clientId)
            continue;
        const ClientRisk risk = risks.value(c.id, ClientRisk{c.id, RiskLevel::Ok, 0, {}});
        // The client's flags, which make the risk, then the freelancer's
        // alerts about the client, which never do; "kind" tells them apart.
        QJsonArray list;
        for (const Finding *f : flags.value(c.id))
            list.append(findingJson(*f));
        for (const Finding *f : alerts.value(c.id))
            list.append(findingJson(*f));
        clients.append(QJsonObject{
            {u"id"_s, c.id},
            {u"name"_s, c.name},
            {u"risk"_s, toId(risk.level)},
            {u"score"_s, risk.score},
            {u"findings"_s, list},
        });
    }
    return QJsonObject{{u"today"_s, iso(today)}, {u"clients"_s, clients}};
}

QByteArray FindingsReport::flagsJsonText(const Facts &facts, const QList<Finding> &findings,
                                         const QDate &today, qint64 clientId)
{
    // The layout of QJsonDocument::Indented: four spaces a level, "key": value,
    // ",\n" between members, an empty array as "[\n" and its closing
    // indentation, and an object's keys in sorted order (clients before
    // today, evidence before kind ...). tst_redflags compares the two.
    const auto flags = byClient(findings, FindingKind::Flag);
    const auto alerts = byClient(findings, FindingKind::Alert);
    const auto risks = RedFlagEngine::risks(findings, facts.profile.thresholds);
    QByteArray out;
    out.reserve(256 * facts.clients.size() + 512 * findings.size());
    out += "{\n    \"clients\": [\n";
    bool firstClient = true;
    for (const Client &c : facts.clients) {
        if (clientId > 0 && c.id != clientId)
            continue;
        if (!firstClient)
            out += ",\n";
        firstClient = false;
        const ClientRisk risk = risks.value(c.id, ClientRisk{c.id, RiskLevel::Ok, 0, {}});
        out += "        {\n            \"findings\": [\n";
        bool firstFinding = true;
        // As in flagsJson(): the client's flags, then the alerts about it.
        for (const auto *list : {&flags, &alerts}) {
            const auto it = list->constFind(c.id);
            if (it == list->cend())
                continue;
            for (const Finding *f : *it) {
                if (!firstFinding)
                    out += ",\n";
                firstFinding = false;
                out += "                {\n                    \"evidence\": ";
                appendJsonText(out, f->evidence);
                out += ",\n                    \"kind\": ";
                appendJsonString(out, toId(f->kind));
                out += ",\n                    \"project\": ";
                out += f->projectId > 0 ? QByteArray::number(f->projectId) : QByteArray("null");
                out += ",\n                    \"rule\": ";
                appendJsonString(out, f->rule.toString());
                out += ",\n                    \"severity\": ";
                appendJsonString(out, toId(f->severity));
                out += "\n                }";
            }
        }
        if (!firstFinding)
            out += '\n';
        out += "            ],\n            \"id\": ";
        out += QByteArray::number(c.id);
        out += ",\n            \"name\": ";
        appendJsonString(out, c.name);
        out += ",\n            \"risk\": ";
        appendJsonString(out, toId(risk.level));
        out += ",\n            \"score\": ";
        out += QByteArray::number(risk.score);
        out += "\n        }";
    }
    if (!firstClient)
        out += '\n';
    out += "    ],\n    \"today\": ";
    appendJsonString(out, iso(today));
    out += "\n}\n";
    return out;
}

QJsonObject FindingsReport::alertsJson(const Facts &facts, const QList<Finding> &findings,
                                       const QDate &today)
{
    QHash<qint64, const Client *> clients;
    for (const Client &c : facts.clients)
        clients.insert(c.id, &c);
    QHash<qint64, const Project *> projects;
    for (const Project &p : facts.projects)
        projects.insert(p.id, &p);
    QJsonArray alerts;
    for (const Finding &f : RedFlagEngine::alertsOf(findings)) {
        QJsonObject o = findingJson(f);
        const Client *c = clients.value(f.clientId, nullptr);
        const Project *p = projects.value(f.projectId, nullptr);
        o.insert(u"date"_s, f.date.isValid() ? QJsonValue(iso(f.date)) : QJsonValue());
        o.insert(u"client"_s, f.clientId);
        o.insert(u"client_name"_s, c ? c->name : QString());
        o.insert(u"project_title"_s, p ? QJsonValue(p->title) : QJsonValue());
        alerts.append(o);
    }
    return QJsonObject{{u"today"_s, iso(today)}, {u"alerts"_s, alerts}};
}

QString FindingsReport::flagsText(const Facts &facts, const QList<Finding> &findings,
                                  const QDate &today, qint64 clientId)
{
    const auto flags = byClient(findings, FindingKind::Flag);
    const auto alerts = byClient(findings, FindingKind::Alert);
    const auto risks = RedFlagEngine::risks(findings, facts.profile.thresholds);
    QString out = tr("Red flags on %1").arg(iso(today)) + u'\n';
    bool any = false;
    for (const Client &c : facts.clients) {
        if (clientId > 0 && c.id != clientId)
            continue;
        any = true;
        const ClientRisk risk = risks.value(c.id, ClientRisk{c.id, RiskLevel::Ok, 0, {}});
        out += u'\n' + tr("%1 (#%2): %3, score %4")
                           .arg(c.name, QString::number(c.id), displayName(risk.level).toUpper(),
                                QString::number(risk.score))
            + u'\n';
        const auto list = flags.value(c.id);
        if (list.isEmpty())
            out += u"  "_s + tr("no red flags") + u'\n';
        for (const Finding *f : list) {
            out += u"  "_s + pad(toId(f->severity), 8) + pad(f->rule.toString(), 28) + f->evidence.toString() + u'\n';
        }
        const auto todo = alerts.value(c.id);
        if (!todo.isEmpty())
            out += u"  "_s + tr("Your alerts (they never change the risk):") + u'\n';
        for (const Finding *f : todo) {
            out += u"    "_s + pad(toId(f->severity), 8) + pad(f->rule.toString(), 26) + f->evidence.toString() + u'\n';
        }
    }
    if (!any)
        out += u'\n' + tr("No clients.") + u'\n';
    return out;
}

QString FindingsReport::alertsText(const Facts &facts, const QList<Finding> &findings,
                                   const QDate &today)
{
    QHash<qint64, const Client *> clients;
    for (const Client &c : facts.clients)
        clients.insert(c.id, &c);
    const QList<Finding> alerts = RedFlagEngine::alertsOf(findings);
    QString out = tr("Alerts on %1").arg(iso(today)) + u'\n';
    if (alerts.isEmpty())
        return out + tr("Nothing to do.") + u'\n';
    for (const Finding &f : alerts) {
        const Client *c = clients.value(f.clientId, nullptr);
        out += pad(f.date.isValid() ? iso(f.date) : u"-"_s, 11) + pad(toId(f.severity), 8)
            + pad(f.rule.toString(), 22) + pad(c ? c->name : tr("client #%1").arg(f.clientId), 20)
            + f.evidence.toString() + u'\n';
    }
    return out;
}

bool FindingsReport::flagsHaveHigh(const QList<Finding> &findings, qint64 clientId)
{
    return std::any_of(findings.cbegin(), findings.cend(), [&](const Finding &f) {
        return f.kind == FindingKind::Flag && f.severity == Severity::High
            && (clientId <= 0 || f.clientId == clientId);
    });
}

bool FindingsReport::alertsHaveHigh(const QList<Finding> &findings)
{
    return std::any_of(findings.cbegin(), findings.cend(), [](const Finding &f) {
        return f.kind == FindingKind::Alert && f.severity == Severity::High;
    });
}

} // namespace neuvo
