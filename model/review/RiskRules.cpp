#include "model/review/RiskRules.h"

#include "model/design/DisplayText.h"

#include <QCoreApplication>
#include <QFile>

#include <nlohmann/json.hpp>

namespace pp {

using nlohmann::json;

namespace {

QStringList strings(const json &o, const char *key)
{
    QStringList out;
    if (auto it = o.find(key); it != o.end())
        for (const auto &v : *it)
            out << QString::fromStdString(v.get<std::string>());
    return out;
}

QString text(const json &o, const char *key)
{
    auto it = o.find(key);
    return it == o.end() || it->is_null() ? QString() : QString::fromStdString(it->get<std::string>());
}

RiskCondition condition(const json &o)
{
    RiskCondition c;
    const json when = o.value("when", json::object());
    for (const QString &k : strings(when, "fromZoneKinds")) {
        auto kind = zoneKindFromName(k);
        if (!kind)
            throw std::runtime_error("unknown zone kind " + k.toStdString());
        c.fromZoneKinds << *kind;
    }
    for (const QString &k : strings(when, "toZoneKinds")) {
        auto kind = zoneKindFromName(k);
        if (!kind)
            throw std::runtime_error("unknown zone kind " + k.toStdString());
        c.toZoneKinds << *kind;
    }
    c.services = strings(when, "services");
    c.refsAny = strings(when, "refsAny");
    c.minPorts = when.value("minPorts", 0);
    c.minSourceMachines = when.value("minSourceMachines", 0);
    if (when.contains("sourcesWithoutAddress"))
        c.sourcesWithoutAddress = when.at("sourcesWithoutAddress").get<bool>();
    if (when.contains("fallbackOnly"))
        c.fallbackOnly = when.at("fallbackOnly").get<bool>();
    return c;
}

bool intersects(const QStringList &a, const QStringList &b)
{
    for (const QString &x : a)
        if (b.contains(x))
            return true;
    return false;
}

bool matches(const RiskCondition &c, const OpeningFacts &f)
{
    return (c.fromZoneKinds.isEmpty() || c.fromZoneKinds.contains(f.fromKind))
        && (c.toZoneKinds.isEmpty() || c.toZoneKinds.contains(f.toKind))
        && (c.services.isEmpty() || intersects(c.services, f.services))
        && (c.refsAny.isEmpty() || intersects(c.refsAny, f.refs)) && f.ports >= c.minPorts
        && f.sourceMachines >= c.minSourceMachines
        && (!c.sourcesWithoutAddress || *c.sourcesWithoutAddress == f.sourcesWithoutAddress)
        && (!c.fallbackOnly || *c.fallbackOnly == f.fallbackOnly);
}

} // namespace

const RiskRules &RiskRules::builtin()
{
    static const RiskRules rules = [] {
        QFile file(QStringLiteral(":/review/risk-rules.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("built-in risk rules are missing");
        QString error;
        auto r = parse(file.readAll(), &error);
        if (!r)
            qFatal("built-in risk rules are broken: %s", qPrintable(error));
        return *r;
    }();
    return rules;
}

std::optional<RiskRules> RiskRules::parse(const QByteArray &bytes, QString *error)
{
    RiskRules r;
    try {
        const json doc = json::parse(bytes.constBegin(), bytes.constEnd());
        if (doc.value("format", std::string()) != "portplanner-risk-rules")
            throw std::runtime_error("not a PortPlanner risk rule file");
        const json thresholds = doc.value("thresholds", json::object());
        r.m_high = thresholds.value("high", 6);
        r.m_medium = thresholds.value("medium", 3);
        for (const auto &x : doc.at("rules"))
            r.m_rules.push_back({text(x, "id"), x.at("points").get<int>(), condition(x), text(x, "reason"),
                                 text(x, "reasonZh"), text(x, "ref")});
        for (const auto &x : doc.at("recommendations"))
            r.m_recommendations.push_back({text(x, "id"), condition(x), text(x, "text"), text(x, "textZh"), text(x, "ref"),
                                           x.value("note", 0)});
    } catch (const std::exception &e) {
        if (error)
            *error = QString::fromUtf8(e.what());
        return std::nullopt;
    }
    return r;
}

RiskAssessment RiskRules::assess(const OpeningFacts &facts) const
{
    RiskAssessment a;
    for (const RiskRule &rule : m_rules)
        if (matches(rule.when, facts)) {
            a.score += rule.points;
            a.reasons << rule.localReason();
        }
    a.level = a.score >= m_high ? RiskLevel::High : a.score >= m_medium ? RiskLevel::Medium : RiskLevel::Low;
    for (const Recommendation &rec : m_recommendations)
        if (matches(rec.when, facts))
            a.recommendations.push_back(&rec);
    return a;
}

} // namespace pp
