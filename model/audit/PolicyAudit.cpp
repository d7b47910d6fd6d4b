#include "model/audit/PolicyAudit.h"

#include "model/audit/PolicyEvaluator.h"
#include "model/design/Design.h"
#include "model/engine/Analysis.h"
#include "model/engine/FlowText.h"

#include <QSet>

#include <algorithm>

namespace pp {

namespace {

constexpr int MaxMissingLines = 200;

/// Roles outside ConfigMgr (DESIGN.md "Global roles") and clients: a wide
/// rule to them is not the ConfigMgr review's business.
bool isSiteSystem(const Host &h)
{
    static const QStringList outside = {
        QStringLiteral("domain_controller"), QStringLiteral("issuing_ca"),     QStringLiteral("microsoft_cloud"),
        QStringLiteral("intune"),            QStringLiteral("exchange_online"), QStringLiteral("exchange_onprem"),
        QStringLiteral("internet"),          QStringLiteral("upstream_wsus"),   QStringLiteral("proxy_server"),
        QStringLiteral("azure_services"),    QStringLiteral("client"),          QStringLiteral("mac_client"),
        QStringLiteral("mobile_device"),
    };
    return std::any_of(h.roles.begin(), h.roles.end(), [](const QString &r) { return !outside.contains(r); });
}

/// The addresses a rule would use for a host: its own, else its zone's subnets.
std::vector<IpRange> hostRanges(const Design &design, const Host &h)
{
    QStringList texts = h.addresses;
    if (texts.isEmpty())
        if (const Zone *z = design.zone(h.zone))
            texts = z->subnets;
    std::vector<IpRange> out;
    for (const QString &t : texts)
        if (auto r = IpRange::parse(t))
            out.push_back(*r);
    return out;
}

/// The names an opening's sides go by on the device: interface id and
/// name with a firewall, else the zones' ids and names.
QStringList sideNames(const Design &design, int firewall, int interface, int zone)
{
    QStringList names;
    if (firewall >= 0 && interface >= 0) {
        const auto &i = design.firewalls[size_t(firewall)].interfaces[size_t(interface)];
        names << i.id << i.name << i.zone;
    }
    if (zone >= 0)
        names << design.zones[size_t(zone)].id << design.zones[size_t(zone)].name;
    names.removeAll(QString());
    return names;
}

/// Whether the policy names any zone or interface the design knows; when
/// it names none, rules are read without their zones (a note says so).
bool policyZonesKnown(const Design &design, const Policy &policy)
{
    QSet<QString> known;
    for (const Zone &z : design.zones)
        known << z.id.toLower() << z.name.toLower();
    for (const Firewall &fw : design.firewalls)
        for (const auto &i : fw.interfaces)
            known << i.id.toLower() << i.name.toLower();
    bool any = false;
    for (const PolicyChain &c : policy.chains)
        for (const PolicyRule &r : c.rules)
            for (const QStringList *zones : {&r.fromZones, &r.toZones})
                for (const QString &z : *zones) {
                    any = true;
                    if (known.contains(z.toLower()) || z.endsWith(QLatin1Char('+')))
                        return true;
                }
    return !any;
}

AuditItem auditOpening(const Design &design, const Opening &o, const PolicyEvaluator &evaluator)
{
    AuditItem item;
    const PortSet wanted = PortSet::of(o.range);
    int pairs = 0, fullyAllowed = 0, someAllowed = 0;
    for (int from : o.fromHosts) {
        for (int to : o.toHosts) {
            const Host &a = design.hosts[size_t(from)];
            const Host &b = design.hosts[size_t(to)];
            if (from == to)
                continue;
            ++pairs;
            PolicyQuery q;
            q.source = hostRanges(design, a);
            q.sourceName = a.name;
            q.destination = hostRanges(design, b);
            q.destinationName = b.name;
            q.protocol = o.protocol;
            q.ports = wanted;
            q.fromNames = sideNames(design, o.firewall, o.ingress, o.fromZone);
            q.toNames = sideNames(design, o.firewall, o.egress, o.toZone);
            const PolicyAnswer answer = evaluator.evaluate(q);
            const bool icmp = o.protocol == Protocol::Icmp;
            const bool all = icmp ? answer.icmpAllowed : answer.denied.isEmpty();
            const bool some = icmp ? answer.icmpAllowed : !answer.allowed.isEmpty();
            fullyAllowed += all ? 1 : 0;
            someAllowed += some ? 1 : 0;
            item.rules += answer.rules;
            item.deniedBy += answer.deniedBy;
            if (!all && item.missing.size() < MaxMissingLines)
                item.missing << QStringLiteral("%1 -> %2: %3/%4")
                                    .arg(a.name, b.name, protocolName(o.protocol),
                                         icmp ? o.portText : answer.denied.toString());
        }
    }
    item.rules.removeDuplicates();
    item.deniedBy.removeDuplicates();
    item.status = pairs > 0 && fullyAllowed == pairs ? AuditStatus::Allowed
        : someAllowed > 0                            ? AuditStatus::Partial
                                                     : AuditStatus::Missing;
    if (item.status == AuditStatus::Missing)
        item.rules.clear();
    return item;
}

/// Accept rules whose destination reaches a site system with any port or from anywhere.
std::vector<AuditFinding> wideRules(const Design &design, const Policy &policy)
{
    std::vector<std::pair<const Host *, std::vector<IpRange>>> systems;
    for (const Host &h : design.hosts)
        if (isSiteSystem(h) && !h.addresses.isEmpty())
            systems.emplace_back(&h, hostRanges(design, h));
    std::vector<AuditFinding> out;
    for (const PolicyChain &c : policy.chains) {
        for (const PolicyRule &r : c.rules) {
            if (r.action != RuleAction::Accept || !r.unevaluated.isEmpty())
                continue;
            QStringList reasons;
            const bool anyPort = r.anyService()
                || std::any_of(r.services.begin(), r.services.end(), [](const ServiceMatch &s) {
                       return s.protocol != Protocol::Icmp && s.ports.isAll();
                   });
            if (anyPort)
                reasons << QStringLiteral("any port");
            if (r.sources.any && !r.sources.negated)
                reasons << QStringLiteral("any source");
            if (reasons.isEmpty())
                continue;
            AuditFinding f;
            for (const auto &[host, ranges] : systems)
                if (r.destinations.intersects(ranges, host->name))
                    f.hosts << host->id;
            if (f.hosts.isEmpty())
                continue;
            f.rule = r.name;
            f.where = r.where;
            f.reasons = reasons;
            f.message = QStringLiteral("%1 (%2) lets %3 reach %4").arg(r.name, r.where, reasons.join(QStringLiteral(" and ")),
                                                                      f.hosts.join(QStringLiteral(", ")));
            out.push_back(std::move(f));
        }
    }
    return out;
}

} // namespace

AuditReport PolicyAudit::run(const Design &design, const Catalog &catalog, const Analysis &analysis,
                             const Policy &policy, int firewall)
{
    AuditReport report;
    report.format = policy.format;
    report.notes = policy.notes;
    const bool zones = policyZonesKnown(design, policy);
    if (!zones)
        report.notes << QStringLiteral("the policy's zones and interfaces match none of the design's: its rules were "
                                       "read without them");
    if (policy.entryChains().empty()) {
        // Only nftables and iptables policies can lack one (the other readers
        // make a chain of their own). The evaluator reports every opening
        // missing, the safe answer for a wrong file; netfilter itself lets
        // everything through such a ruleset, which the reader must be told.
        report.notes << QStringLiteral("the policy has no filtering chain (none of type filter hooked on input or "
                                       "forward): every opening is reported missing, yet such a ruleset filters "
                                       "nothing. Is it the one this firewall filters with? A host on "
                                       "iptables-legacy lists its rules with iptables-save, not nft.");
    }
    const PolicyEvaluator evaluator(policy, zones);
    const FlowText text(design, catalog);
    for (size_t i = 0; i < analysis.openings.size(); ++i) {
        const Opening &o = analysis.openings[i];
        if (firewall >= 0 && o.firewall != firewall)
            continue;
        AuditItem item = auditOpening(design, o, evaluator);
        item.opening = int(i);
        item.key = text.openingKey(o);
        report.items.push_back(std::move(item));
    }
    report.findings = wideRules(design, policy);
    return report;
}

} // namespace pp
