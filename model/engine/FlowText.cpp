#include "model/engine/FlowText.h"

#include "model/catalog/Catalog.h"
#include "model/design/Design.h"
#include "model/design/DisplayText.h"

#include <QCoreApplication>

#include <algorithm>

namespace pp {

namespace {

/// The seed's own Chinese term where the reader reads Chinese (the catalog
/// carries both), else the English one.
QString seedTerm(const QString &english, const QString &chinese)
{
    return chineseTerms() && !chinese.isEmpty() ? chinese : english;
}

} // namespace

QString FlowText::fromId(const Flow &f) const { return m_design.hosts[size_t(f.from)].id; }
QString FlowText::toId(const Flow &f) const { return m_design.hosts[size_t(f.to)].id; }

QString FlowText::fromZoneId(const Flow &f) const
{
    return f.fromZone >= 0 ? m_design.zones[size_t(f.fromZone)].id : QString();
}

QString FlowText::toZoneId(const Flow &f) const
{
    return f.toZone >= 0 ? m_design.zones[size_t(f.toZone)].id : QString();
}

QString FlowText::ref(const Flow &f) const
{
    if (f.connection >= 0)
        return m_catalog.connections()[size_t(f.connection)].ref;
    if (f.link >= 0 && !m_design.links[size_t(f.link)].ref.isEmpty())
        return m_design.links[size_t(f.link)].ref;
    return QStringLiteral("manual");
}

QString FlowText::service(const Flow &f) const
{
    if (f.row)
        return f.row->service;
    return f.protocol == Protocol::Icmp ? QStringLiteral("icmp") : QStringLiteral("custom");
}

QString FlowText::port(const Flow &f) const
{
    if (f.protocol == Protocol::Icmp)
        return f.row ? f.row->port : QStringLiteral("any");
    return f.range.toString();
}

QString FlowText::description(const Flow &f) const
{
    QString what = f.row ? seedTerm(f.row->description, f.row->descriptionZh)
                         : QStringLiteral("%1 %2").arg(protocolName(f.protocol), port(f));
    QString between;
    if (f.connection >= 0) {
        const Connection &c = m_catalog.connections()[size_t(f.connection)];
        const Role &from = m_catalog.role(c.from);
        const Role &to = m_catalog.role(c.to);
        between = QStringLiteral("%1 %2 %3").arg(seedTerm(from.name, from.nameZh), directionText(c.direction),
                                                 seedTerm(to.name, to.nameZh));
    } else {
        const Link &link = m_design.links[size_t(f.link)];
        between = link.comment.isEmpty() ? QCoreApplication::translate("pp::FlowText", "manual link")
                                         : QCoreApplication::translate("pp::FlowText", "manual link: %1").arg(link.comment);
    }
    QString text = QCoreApplication::translate("pp::FlowText", "%1: %2").arg(what, between);
    if (f.has(FlowReplyPath))
        text = QCoreApplication::translate("pp::FlowText", "TFTP reply path (note 4): %1").arg(text);
    if (f.has(FlowViaProxy))
        text += QCoreApplication::translate("pp::FlowText", " (through the site's internet proxy, note 1)");
    if (f.phase == Phase::Install)
        text += QCoreApplication::translate("pp::FlowText", " (during installation)");
    if (f.has(FlowFallback))
        text += QCoreApplication::translate("pp::FlowText", " (boundary-group fallback: %1)").arg(fallbackPath(f));
    return text;
}

QString FlowText::fallbackPath(const Flow &f) const
{
    if (!f.has(FlowFallback) || f.fallbackGroup < 0 || size_t(f.fallbackGroup) >= m_design.boundaryGroups.size())
        return {};
    const BoundaryGroup &g = m_design.boundaryGroups[size_t(f.fallbackGroup)];
    const QString from = g.name.isEmpty() ? g.id : g.name;
    if (f.fallbackRelation < 0 || size_t(f.fallbackRelation) >= g.fallback.size())
        return QCoreApplication::translate("pp::FlowText", "%1 -> site default group").arg(from);
    const BoundaryFallback &fb = g.fallback[size_t(f.fallbackRelation)];
    const BoundaryGroup *to = m_design.boundaryGroup(fb.to);
    const QString toName = to && !to->name.isEmpty() ? to->name : fb.to;
    return fb.minutes ? QCoreApplication::translate("pp::FlowText", "%1 -> %2 after %3 min").arg(from, toName).arg(*fb.minutes)
                      : QStringLiteral("%1 -> %2").arg(from, toName);
}

QString FlowText::justification(const Flow &f) const
{
    return QStringLiteral("%1 -> %2: %3 [%4]")
        .arg(hostName(f.from), hostName(f.to), description(f), ref(f));
}

QString FlowText::noteText(const FlowNote &note) const
{
    const Connection &conn = m_catalog.connections()[size_t(note.connection)];
    const InternetRestriction &r = m_catalog.internetRestrictions()[size_t(note.restriction)];
    const Section *section = m_catalog.section(conn.ref);
    const SourcePage *page = m_catalog.source(r.source);
    QString text = QCoreApplication::translate("pp::FlowText", "%1 Left out: %2, with %3 [%4]")
                       .arg(seedTerm(r.note, r.noteZh), section ? seedTerm(section->title, section->titleZh) : conn.ref,
                            hostName(note.other), conn.ref);
    if (page)
        text += QCoreApplication::translate("pp::FlowText", " (source: %1)").arg(page->citation());
    return text;
}

QStringList FlowText::bridging(const Opening &opening, const std::vector<Flow> &flows) const
{
    // One line per role, naming the systems of that role the opening reaches.
    std::vector<int> roles;
    std::vector<QStringList> systems;
    for (int index : opening.flows) {
        const Flow &f = flows[size_t(index)];
        if (!f.has(FlowSslBridging) || f.connection < 0)
            continue;
        const int role = m_catalog.connections()[size_t(f.connection)].to;
        auto it = std::find(roles.begin(), roles.end(), role);
        if (it == roles.end()) {
            roles.push_back(role);
            systems.emplace_back();
            it = roles.end() - 1;
        }
        QStringList &names = systems[size_t(it - roles.begin())];
        if (!names.contains(hostName(f.to)))
            names << hostName(f.to);
    }
    QStringList out;
    for (size_t i = 0; i < roles.size(); ++i) {
        const BridgingRule *rule = m_catalog.bridging(roles[i]);
        const Role &role = m_catalog.role(roles[i]);
        QString text = QCoreApplication::translate("pp::FlowText", "SSL bridging to the internet-facing %1 (%2): allow the HTTP %3 %4")
                           .arg(chineseTerms() && !role.nameZh.isEmpty() ? role.nameZh : role.name.toLower(),
                                systems[i].join(QStringLiteral(", ")),
                                rule->verbs.size() == 1 ? QCoreApplication::translate("pp::FlowText", "verb") : QCoreApplication::translate("pp::FlowText", "verbs"),
                                rule->verbs.join(QStringLiteral(", ")));
        if (!rule->headers.isEmpty())
            text += QCoreApplication::translate("pp::FlowText", " and the %1 %2")
                        .arg(rule->headers.size() == 1 ? QCoreApplication::translate("pp::FlowText", "header") : QCoreApplication::translate("pp::FlowText", "headers"),
                             rule->headers.join(QStringLiteral(", ")));
        // One citation for lines that share their page, after the last.
        const bool lastOfSource = i + 1 == roles.size() || m_catalog.bridging(roles[i + 1])->source != rule->source;
        if (const SourcePage *page = m_catalog.source(rule->source); page && lastOfSource)
            text += QCoreApplication::translate("pp::FlowText", " (source: %1)").arg(page->citation());
        out << text;
    }
    return out;
}

QString FlowText::zoneName(int zone) const
{
    if (zone < 0)
        return QString();
    const Zone &z = m_design.zones[size_t(zone)];
    return z.name.isEmpty() ? z.id : z.name;
}

QString FlowText::hostName(int host) const
{
    const Host &h = m_design.hosts[size_t(host)];
    return h.name.isEmpty() ? h.id : h.name;
}

QString FlowText::firewallId(int firewall) const
{
    return firewall >= 0 ? m_design.firewalls[size_t(firewall)].id : QString();
}

QString FlowText::interfaceName(int firewall, int interface) const
{
    if (firewall < 0 || interface < 0)
        return {};
    return m_design.firewalls[size_t(firewall)].interfaces[size_t(interface)].ruleName();
}

QString FlowText::pathText(const Path &path) const
{
    QStringList hops;
    for (const PathHop &hop : path)
        hops << QStringLiteral("%1:%2>%3").arg(firewallId(hop.firewall), interfaceName(hop.firewall, hop.ingress),
                                               interfaceName(hop.firewall, hop.egress));
    return hops.join(QStringLiteral(" -> "));
}

QString FlowText::openingKey(const Opening &o) const
{
    if (o.firewall >= 0)
        return QStringLiteral("%1:%2>%3/%4/%5")
            .arg(firewallId(o.firewall), interfaceName(o.firewall, o.ingress), interfaceName(o.firewall, o.egress),
                 protocolName(o.protocol), o.portText);
    const QString from = o.fromZone >= 0 ? m_design.zones[size_t(o.fromZone)].id : QString();
    const QString to = o.toZone >= 0 ? m_design.zones[size_t(o.toZone)].id : QString();
    return QStringLiteral("%1>%2/%3/%4").arg(from, to, protocolName(o.protocol), o.portText);
}

} // namespace pp
