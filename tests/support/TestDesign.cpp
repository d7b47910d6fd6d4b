#include "tests/support/TestDesign.h"

#include "model/catalog/Catalog.h"
#include "model/engine/FlowText.h"
#include "model/engine/RulesEngine.h"

namespace pp::test {

TestDesign &TestDesign::site(const QString &code, SiteType type, const QString &parent)
{
    Site s;
    s.code = code;
    s.type = type;
    s.parent = parent;
    design.sites.push_back(s);
    return *this;
}

TestDesign &TestDesign::zone(const QString &id, ZoneKind kind, const QStringList &subnets)
{
    Zone z;
    z.id = id;
    z.name = id;
    z.kind = kind;
    z.subnets = subnets;
    // Side by side, as a user draws them (overlapping zones are a finding).
    z.rect = QRectF(qreal(design.zones.size()) * 440, 0, 400, 300);
    design.zones.push_back(z);
    return *this;
}

TestDesign &TestDesign::host(const QString &id, const QString &zone, const QString &site,
                             const QStringList &roles, const std::function<void(Host &)> &tweak)
{
    Host h;
    h.id = id;
    h.name = id;
    h.zone = zone;
    h.site = site;
    h.roles = roles;
    if (tweak)
        tweak(h);
    design.hosts.push_back(h);
    return *this;
}

TestDesign &TestDesign::link(Link l)
{
    design.links.push_back(std::move(l));
    return *this;
}

TestDesign &TestDesign::firewall(const QString &id, const QStringList &zones, const QStringList &names,
                                 FirewallPlatform platform)
{
    Firewall fw;
    fw.id = id;
    fw.name = id;
    fw.platform = platform;
    for (int i = 0; i < zones.size(); ++i)
        fw.interfaces.push_back({zones[i] + QStringLiteral("-if"), zones[i], i < names.size() ? names[i] : zones[i], {}});
    design.firewalls.push_back(fw);
    return *this;
}

TestDesign &TestDesign::route(const QString &from, const QString &to, const QStringList &via)
{
    design.routes.push_back({from, to, via, {}});
    return *this;
}

TestDesign TestDesign::primaryWithServer(const QString &code)
{
    TestDesign t;
    t.site(code).zone(QStringLiteral("dc"));
    t.host(QStringLiteral("ss"), QStringLiteral("dc"), code,
           {QStringLiteral("site_server"), QStringLiteral("site_database")});
    return t;
}

Analysis analyze(const Design &design)
{
    return RulesEngine(Catalog::builtin()).analyze(design);
}

QStringList flowLines(const Design &design, const Analysis &analysis, bool crossingOnly)
{
    const FlowText text(design, Catalog::builtin());
    QStringList out;
    for (const Flow &f : analysis.flows)
        if (!crossingOnly || f.crossing())
            out << QStringLiteral("%1>%2 %3/%4 %5")
                       .arg(text.fromId(f), text.toId(f), protocolName(f.protocol), text.port(f), text.ref(f));
    out.sort();
    return out;
}

QStringList flowsBetween(const Design &design, const Analysis &analysis, const QString &from, const QString &to)
{
    const FlowText text(design, Catalog::builtin());
    QStringList out;
    for (const Flow &f : analysis.flows)
        if (text.fromId(f) == from && text.toId(f) == to)
            out << QStringLiteral("%1/%2 %3").arg(protocolName(f.protocol), text.port(f), text.ref(f));
    out.sort();
    return out;
}

int countFlows(const Design &design, const Analysis &analysis, const QString &from, const QString &to,
               const QString &ref)
{
    const FlowText text(design, Catalog::builtin());
    int n = 0;
    for (const Flow &f : analysis.flows)
        if (text.fromId(f) == from && text.toId(f) == to && (ref.isEmpty() || text.ref(f) == ref))
            ++n;
    return n;
}

} // namespace pp::test
