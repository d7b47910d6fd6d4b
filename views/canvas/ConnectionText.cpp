#include "views/canvas/ConnectionText.h"

#include "model/catalog/Catalog.h"
#include "model/design/Design.h"
#include "model/engine/FlowText.h"
#include "render/diagram/DiagramText.h"
#include "views/canvas/ConnectionLayer.h"

namespace pp::views {

QString ConnectionText::host(const Host &host, bool chinese) const
{
    QStringList roles;
    for (const QString &r : host.roles)
        if (const Role *role = m_catalog.role(r))
            roles << (chinese ? role->nameZh : role->name);
    return QStringLiteral("%1\n%2").arg(host.name.isEmpty() ? host.id : host.name, roles.join(QStringLiteral(", ")));
}

QString ConnectionText::pair(int pair, int maxLines) const
{
    const AnalysisPtr &analysis = m_layer.analysis();
    if (pair < 0 || !analysis)
        return {};
    const FlowText text(analysis->design, analysis->catalogOr(m_catalog));
    QStringList lines;
    const std::vector<int> flows = m_layer.flows(pair);
    for (int fi : flows) {
        const Flow &f = analysis->analysis.flows[size_t(fi)];
        if (lines.size() == maxLines) {
            lines << tr("… and %n more", nullptr, int(flows.size()) - maxLines);
            break;
        }
        lines << QStringLiteral("%1 → %2   %3 %4   %5")
                     .arg(text.fromId(f), text.toId(f), protocolName(f.protocol), text.port(f), text.ref(f));
    }
    const QString head = m_layer.crossing(pair) ? tr("Crossing connection") : tr("Connection inside a zone");
    // Issue 15: what the marks on the line say, in words (after the flows:
    // the status bar shows the first flow line).
    const diagram::DiagramEdge e = m_layer.edge(pair);
    for (const QString &status : {diagram::policyText(e.policy), diagram::checkText(e.check)})
        if (!status.isEmpty())
            lines << status;
    return head + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
}

QString ConnectionText::trunk(int index, int maxLines) const
{
    const AnalysisPtr &analysis = m_layer.analysis();
    if (index < 0 || index >= m_layer.trunkCount() || !analysis)
        return {};
    const diagram::DiagramEdge &t = m_layer.trunk(index);
    const Design &d = analysis->design;
    const FlowText text(d, analysis->catalogOr(m_catalog));
    auto zoneName = [&d](int z) { return d.zones[size_t(z)].name.isEmpty() ? d.zones[size_t(z)].id : d.zones[size_t(z)].name; };
    auto deviceName = [&d](int f) { return d.firewalls[size_t(f)].name.isEmpty() ? d.firewalls[size_t(f)].id : d.firewalls[size_t(f)].name; };
    const QString other = t.bKind == diagram::EndKind::Firewall ? deviceName(t.b) : zoneName(t.b);
    QStringList lines{tr("Trunk %1 ↔ %2").arg(zoneName(t.a), other), diagram::trunkLabel(t)};
    int approved = 0;
    for (int o : t.openings) {
        const Opening &opening = analysis->analysis.openings[size_t(o)];
        if (lines.size() == maxLines + 2) {
            lines << tr("… and %n more", nullptr, int(t.openings.size()) - maxLines);
            break;
        }
        const QString device = opening.firewall >= 0 ? deviceName(opening.firewall) + QStringLiteral(": ") : QString();
        lines << QStringLiteral("%1%2 → %3   %4 %5")
                     .arg(device, zoneName(opening.fromZone), zoneName(opening.toZone), protocolName(opening.protocol),
                          opening.portText);
    }
    for (int o : t.openings)
        approved += m_layer.openingMark(o) == diagram::ReviewMark::Approved;
    if (t.review != diagram::ReviewMark::NotReviewed || approved > 0)
        lines << tr("Review: %1 of %2 openings approved").arg(approved).arg(t.openings.size());
    // Issue 15: the audit and the verification, in words.
    if (t.policy != diagram::PolicyMark::None) {
        int allowed = 0;
        for (int o : t.openings)
            allowed += m_layer.openingPolicy(o) == diagram::PolicyMark::Allowed;
        lines << diagram::policyText(t.policy) + QLatin1Char(' ')
                + tr("(%1 of %2 openings allowed)").arg(allowed).arg(t.openings.size());
    }
    if (t.check != diagram::CheckMark::None) {
        int verified = 0;
        for (int o : t.openings)
            verified += m_layer.openingCheck(o) == diagram::CheckMark::Verified;
        lines << diagram::checkText(t.check) + QLatin1Char(' ')
                + tr("(%1 of %2 openings verified)").arg(verified).arg(t.openings.size());
    }
    lines << tr("Zoom in to see the hosts behind it.");
    return lines.join(QLatin1Char('\n'));
}

} // namespace pp::views
