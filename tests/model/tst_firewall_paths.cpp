// Rule 10: the path a crossing flow takes through the firewalls of a design,
// the openings each device needs, and the findings about devices and routes.
#include "model/catalog/Catalog.h"
#include "model/engine/FlowText.h"
#include "model/engine/RulesEngine.h"
#include "model/file/DesignFile.h"
#include "tests/support/TestDesign.h"
#include "tests/support/TestPaths.h"

#include <QDir>
#include <QRandomGenerator>
#include <QTest>

#include <functional>

using namespace pp;

namespace {

/// A host per zone ("h-<zone>", no roles) and a manual TCP 443 link for each
/// "from>to" in `flows`. Firewalls: "id:zone,zone,..." separated by spaces;
/// routes: "from>to:via,via" separated by spaces (via may be empty).
Design topology(const QString &firewalls, const QString &routes, const QStringList &flows)
{
    test::TestDesign t;
    QStringList zones;
    auto zone = [&](const QString &z) {
        if (!z.isEmpty() && !zones.contains(z)) {
            zones << z;
            t.zone(z);
            t.host(QStringLiteral("h-") + z, z, QString(), {});
        }
    };
    for (const QString &spec : firewalls.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QStringList parts = spec.split(QLatin1Char(':'));
        const QStringList in = parts[1].split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &z : in)
            zone(z);
        t.firewall(parts[0], in);
    }
    for (const QString &spec : routes.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QStringList ends = spec.section(QLatin1Char(':'), 0, 0).split(QLatin1Char('>'));
        const QStringList via = spec.section(QLatin1Char(':'), 1).split(QLatin1Char(','), Qt::SkipEmptyParts);
        t.route(ends[0], ends[1], via);
    }
    int n = 0;
    for (const QString &flow : flows) {
        const QStringList ends = flow.split(QLatin1Char('>'));
        zone(ends[0]);
        zone(ends[1]);
        Link l;
        l.id = QStringLiteral("l%1").arg(++n);
        l.from = QStringLiteral("h-") + ends[0];
        l.to = QStringLiteral("h-") + ends[1];
        l.ports = {{Protocol::Tcp, PortRange::single(443)}};
        t.link(l);
    }
    return t.design;
}

/// The path of the one flow from zone `from` to zone `to`, as FlowText writes it.
QString pathBetween(const Design &d, const Analysis &a, const QString &from, const QString &to)
{
    const FlowText text(d, Catalog::builtin());
    for (const Flow &f : a.flows)
        if (text.fromZoneId(f) == from && text.toZoneId(f) == to)
            return f.path < 0 ? QStringLiteral("(none)") : text.pathText(a.pathOf(f));
    return QStringLiteral("(no flow)");
}

QStringList findingCodes(const Analysis &a)
{
    QStringList codes;
    for (const Finding &f : a.findings)
        codes << f.code;
    return codes;
}

const Finding *findingOf(const Analysis &a, const QString &code)
{
    for (const Finding &f : a.findings)
        if (f.code == code)
            return &f;
    return nullptr;
}

/// Every simple path from `from` to `to`, then rule 10's choice among them,
/// written as FlowText::pathText writes it (interface names are zone ids).
QString bruteForcePath(const QStringList &firewalls, const std::vector<QStringList> &joins, const QString &from,
                       const QString &to)
{
    struct Candidate
    {
        QStringList firewalls;
        QStringList zones;
    };
    std::vector<Candidate> found;
    std::function<void(Candidate &)> walk = [&](Candidate &c) {
        const QString here = c.zones.back(); // a copy: c.zones grows below
        if (here == to) {
            found.push_back(c);
            return;
        }
        for (size_t f = 0; f < joins.size(); ++f) {
            if (!joins[f].contains(here))
                continue;
            for (const QString &next : joins[f]) {
                if (c.zones.contains(next))
                    continue;
                c.firewalls << firewalls[int(f)];
                c.zones << next;
                walk(c);
                c.firewalls.removeLast();
                c.zones.removeLast();
            }
        }
    };
    Candidate start{{}, {from}};
    walk(start);
    if (found.empty())
        return QStringLiteral("(none)");
    const auto best = std::min_element(found.begin(), found.end(), [](const Candidate &a, const Candidate &b) {
        if (a.firewalls.size() != b.firewalls.size())
            return a.firewalls.size() < b.firewalls.size();
        if (a.firewalls != b.firewalls)
            return a.firewalls < b.firewalls;
        return a.zones < b.zones;
    });
    QStringList hops;
    for (int i = 0; i < best->firewalls.size(); ++i)
        hops << QStringLiteral("%1:%2>%3").arg(best->firewalls[i], best->zones[i], best->zones[i + 1]);
    return hops.join(QStringLiteral(" -> "));
}

/// A branch client and management point, the site server in the datacenter,
/// three firewalls between them, each with its own names for the zones.
test::TestDesign branchBehindThreeFirewalls()
{
    test::TestDesign t = test::TestDesign::primaryWithServer();
    t.zone(QStringLiteral("br1"), ZoneKind::Branch).zone(QStringLiteral("wan"), ZoneKind::Transit).zone(QStringLiteral("core"));
    t.host(QStringLiteral("mp"), QStringLiteral("dc"), QStringLiteral("PS1"),
           {QStringLiteral("management_point"), QStringLiteral("distribution_point")},
           [](Host &h) { h.options.pxe = true; });
    t.host(QStringLiteral("cl"), QStringLiteral("br1"), QStringLiteral("PS1"), {QStringLiteral("client")});
    t.host(QStringLiteral("brmp"), QStringLiteral("br1"), QStringLiteral("PS1"), {QStringLiteral("management_point")});
    t.firewall(QStringLiteral("fw-br1"), {QStringLiteral("br1"), QStringLiteral("wan")},
               {QStringLiteral("inside"), QStringLiteral("outside")}, FirewallPlatform::Fortigate);
    t.firewall(QStringLiteral("fw-core"), {QStringLiteral("wan"), QStringLiteral("core")},
               {QStringLiteral("wan"), QStringLiteral("core")}, FirewallPlatform::JuniperSrx);
    t.firewall(QStringLiteral("fw-dc"), {QStringLiteral("core"), QStringLiteral("dc")},
               {QStringLiteral("untrust"), QStringLiteral("trust")}, FirewallPlatform::PaloAlto);
    return t;
}

} // namespace

class TestFirewallPaths : public QObject
{
    Q_OBJECT

private slots:
    void pathChoice_data()
    {
        QTest::addColumn<QString>("firewalls");
        QTest::addColumn<QString>("routes");
        QTest::addColumn<QString>("flow");
        QTest::addColumn<QString>("path");
        // Fewest devices first, even when a longer path's ids sort first.
        QTest::newRow("fewest devices") << "fw-a:a,x fw-b:x,b fw-z:a,b" << "" << "a>b" << "fw-z:a>b";
        // Ties: the firewall ids read in order; the first differing id decides
        // (fw-b before fw-c), not the smallest id anywhere on the path (fw-a).
        QTest::newRow("tie: firewall ids in order")
            << "fw-c:a,x fw-a:x,b fw-b:a,y fw-z:y,b" << "" << "a>b" << "fw-b:a>y -> fw-z:y>b";
        // Ids compare as text: "fw-10" sorts before "fw-9".
        QTest::newRow("tie: ids compare as text") << "fw-9:a,x fw-1:x,b fw-10:a,y fw-2:y,b" << "" << "a>b"
                                                  << "fw-10:a>y -> fw-2:y>b";
        // The same devices both ways round: then the zones passed decide.
        QTest::newRow("tie: zones passed") << "fw-1:a,m,k fw-2:m,k,b" << "" << "a>b" << "fw-1:a>k -> fw-2:k>b";
        QTest::newRow("tie: firewalls before zones")
            << "fw-2:a,k fw-1:k,b fw-1b:a,m fw-0:m,b" << "" << "a>b" << "fw-1b:a>m -> fw-0:m>b";
        // The first firewall ties: the next one decides before any zone does.
        QTest::newRow("tie: later firewalls before zones")
            << "fw-1:a,k,m fw-z:k,b fw-a:m,b" << "" << "a>b" << "fw-1:a>m -> fw-a:m>b";
        QTest::newRow("tie: third firewall decides") << "fw-1:a,k,m fw-2:k,m,p,q fw-9:p,b fw-3:q,b"
                                                     << "" << "a>b" << "fw-1:a>k -> fw-2:k>q -> fw-3:q>b";
        // Two zones of one firewall: that firewall only, though others join them too.
        QTest::newRow("same firewall") << "fw-core:a,b,c fw-0:a,x fw-1:x,c" << "" << "a>c" << "fw-core:a>c";
        QTest::newRow("three hops") << "fw-1:a,w fw-2:w,v fw-3:v,b" << "" << "a>b" << "fw-1:a>w -> fw-2:w>v -> fw-3:v>b";
        QTest::newRow("the way back reads its own ids")
            << "fw-c:a,x fw-a:x,b fw-b:a,y fw-z:y,b" << "" << "b>a" << "fw-a:b>x -> fw-c:x>a";
        // Routes: pinned zones, both ways unless the way back has its own entry.
        QTest::newRow("route") << "fw-ab:a,b fw-ax:a,x fw-xb:x,b" << "a>b:x" << "a>b" << "fw-ax:a>x -> fw-xb:x>b";
        QTest::newRow("route, way back") << "fw-ab:a,b fw-ax:a,x fw-xb:x,b" << "a>b:x" << "b>a" << "fw-xb:b>x -> fw-ax:x>a";
        QTest::newRow("route, way back overridden") << "fw-ab:a,b fw-ax:a,x fw-xb:x,b fw-ay:a,y fw-yb:y,b"
                                                    << "a>b:x b>a:y" << "b>a" << "fw-yb:b>y -> fw-ay:y>a";
        QTest::newRow("route, override leaves the way there")
            << "fw-ab:a,b fw-ax:a,x fw-xb:x,b fw-ay:a,y fw-yb:y,b" << "a>b:x b>a:y" << "a>b" << "fw-ax:a>x -> fw-xb:x>b";
        QTest::newRow("route without via") << "fw-ab:a,b fw-aa:a,b fw-ax:a,x fw-xb:x,b" << "a>b:" << "a>b" << "fw-aa:a>b";
        // Several firewalls join a step of a route: the smallest id.
        QTest::newRow("route step, smallest id") << "fw-b:a,x fw-a:a,x fw-c:x,b" << "a>b:x" << "a>b" << "fw-a:a>x -> fw-c:x>b";
        // A route only pins its own two zones.
        QTest::newRow("route elsewhere") << "fw-ab:a,b fw-ax:a,x fw-xb:x,b" << "a>x:b" << "a>b" << "fw-ab:a>b";
        QTest::newRow("no path") << "fw-1:a,x fw-2:y,b" << "" << "a>b" << "(none)";
    }

    void pathChoice()
    {
        QFETCH(QString, firewalls);
        QFETCH(QString, routes);
        QFETCH(QString, flow);
        QFETCH(QString, path);
        const QStringList ends = flow.split(QLatin1Char('>'));
        const Design d = topology(firewalls, routes, {flow});
        const Analysis a = test::analyze(d);
        QCOMPARE(pathBetween(d, a, ends[0], ends[1]), path);
    }

    void shortestPathsMatchBruteForce()
    {
        // Rule 10 read literally on random small networks: every path with
        // the fewest firewalls, then the least firewall ids in order, then
        // the least zones passed. The engine must pick the same one.
        const QStringList zoneIds = {QStringLiteral("k"), QStringLiteral("b"), QStringLiteral("x"),
                                     QStringLiteral("d"), QStringLiteral("m"), QStringLiteral("a")};
        const QStringList firewallIds = {QStringLiteral("fw-9"), QStringLiteral("fw-10"), QStringLiteral("fw-a"),
                                         QStringLiteral("fw-b"), QStringLiteral("fw-1"), QStringLiteral("fw-c")};
        QRandomGenerator random(20261129);
        int compared = 0;
        for (int round = 0; round < 80; ++round) {
            std::vector<QStringList> joins; // zones of each firewall
            QStringList specs;
            for (const QString &fw : firewallIds) {
                QStringList zones;
                const int count = 2 + int(random.bounded(2));
                while (zones.size() < count) {
                    const QString z = zoneIds[int(random.bounded(qsizetype(zoneIds.size())))];
                    if (!zones.contains(z))
                        zones << z;
                }
                joins.push_back(zones);
                specs << fw + QLatin1Char(':') + zones.join(QLatin1Char(','));
            }
            QStringList flows;
            for (const QString &from : zoneIds)
                for (const QString &to : zoneIds)
                    if (from != to)
                        flows << from + QLatin1Char('>') + to;
            const Design d = topology(specs.join(QLatin1Char(' ')), {}, flows);
            const Analysis a = test::analyze(d);
            for (const QString &flow : flows) {
                const QStringList ends = flow.split(QLatin1Char('>'));
                const QString expected = bruteForcePath(firewallIds, joins, ends[0], ends[1]);
                QVERIFY2(pathBetween(d, a, ends[0], ends[1]) == expected,
                         qPrintable(QStringLiteral("%1: %2 for %3, expected %4")
                                        .arg(flow, pathBetween(d, a, ends[0], ends[1]), specs.join(QLatin1Char(' ')),
                                             expected)));
                ++compared;
            }
        }
        QCOMPARE(compared, 80 * 30);
    }

    void noPathIsAnErrorNamingBothZones()
    {
        const Design d = topology(QStringLiteral("fw-1:a,x fw-2:y,b"), {}, {QStringLiteral("a>b"), QStringLiteral("a>x")});
        const Analysis a = test::analyze(d);
        const Finding *f = findingOf(a, QStringLiteral("no-path"));
        QVERIFY(f);
        QCOMPARE(f->severity, Severity::Error);
        QCOMPARE(f->zones, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(f->hosts, (QStringList{QStringLiteral("h-a"), QStringLiteral("h-b")}));
        QVERIFY2(f->message.contains(QLatin1String("zone a")) && f->message.contains(QLatin1String("zone b"))
                     && f->message.contains(QLatin1String("h-a")),
                 qPrintable(f->message));
        QCOMPARE(findingCodes(a).count(QStringLiteral("no-path")), 1); // a>x has its path
        // Nothing drops out of the request: the flow keeps a zone-pair opening.
        const FlowText text(d, Catalog::builtin());
        QStringList keys;
        for (const Opening &o : a.openings)
            keys << text.openingKey(o);
        // Pathless openings (firewall -1) sort first, where they catch the eye.
        QCOMPARE(keys, (QStringList{QStringLiteral("a>b/TCP/443"), QStringLiteral("fw-1:a>x/TCP/443")}));
    }

    void openingsPerDevice()
    {
        // One flow through three firewalls: a rule on each, in each device's names.
        test::TestDesign t = branchBehindThreeFirewalls();
        const Design &d = t.design;
        const Analysis a = test::analyze(d);
        const FlowText text(d, Catalog::builtin());
        QStringList keys;
        for (const Opening &o : a.openings)
            if (o.portText == QLatin1String("10123")) // client notification, client -> MP
                keys << text.openingKey(o);
        QCOMPARE(keys, (QStringList{QStringLiteral("fw-br1:inside>outside/TCP/10123"),
                                    QStringLiteral("fw-core:wan>core/TCP/10123"),
                                    QStringLiteral("fw-dc:untrust>trust/TCP/10123")}));
        for (const Opening &o : a.openings) {
            if (o.portText != QLatin1String("10123"))
                continue;
            const Firewall &fw = d.firewalls[size_t(o.firewall)];
            QCOMPARE(d.zones[size_t(o.fromZone)].id, fw.interfaces[size_t(o.ingress)].zone);
            QCOMPARE(d.zones[size_t(o.toZone)].id, fw.interfaces[size_t(o.egress)].zone);
            QCOMPARE(o.fromHosts, std::vector<int>{d.hostIndex(QStringLiteral("cl"))});
            QCOMPARE(o.toHosts, std::vector<int>{d.hostIndex(QStringLiteral("mp"))});
            QCOMPARE(o.refs, QStringList{QStringLiteral("BKMK_PortsClient-MP")});
        }
    }

    void devicesCarryExactlyTheZonePairFlows()
    {
        // The same design without firewalls: each zone-pair opening's flows
        // are the flows of the matching opening on every device of the path.
        test::TestDesign t = branchBehindThreeFirewalls();
        const Analysis with = test::analyze(t.design);
        Design plain = t.design;
        plain.firewalls.clear();
        const Analysis without = test::analyze(plain);
        QCOMPARE(with.flows.size(), without.flows.size());
        QVERIFY(without.paths.empty());
        size_t hopsNeeded = 0;
        for (const Opening &o : without.openings) {
            QCOMPARE(o.firewall, -1);
            const Path &path = with.pathOf(with.flows[size_t(o.flows.front())]);
            QVERIFY(!path.empty());
            for (const PathHop &hop : path) {
                ++hopsNeeded;
                bool found = false;
                for (const Opening &p : with.openings)
                    if (p.firewall == hop.firewall && p.ingress == hop.ingress && p.egress == hop.egress
                        && p.protocol == o.protocol && p.range == o.range && p.portText == o.portText) {
                        // The device's opening may serve more zone pairs than this one.
                        for (int fi : o.flows)
                            QVERIFY(std::find(p.flows.begin(), p.flows.end(), fi) != p.flows.end());
                        found = true;
                    }
                QVERIFY(found);
            }
        }
        size_t memberships = 0;
        for (const Opening &p : with.openings)
            memberships += p.flows.size();
        size_t expected = 0;
        for (const Flow &f : with.flows)
            expected += f.crossing() ? with.pathOf(f).size() : 0;
        QCOMPARE(memberships, expected);
        QVERIFY(hopsNeeded > 0);
    }

    void wayBackOfTwoWayFlowsHasItsOwnPath()
    {
        // MP <--> site server (BKMK_PortsMP-Site): each side starts its own
        // flow, and each flow takes the path from its own source.
        test::TestDesign t = branchBehindThreeFirewalls();
        const Design &d = t.design;
        const Analysis a = test::analyze(d);
        const FlowText text(d, Catalog::builtin());
        QSet<QString> there, back;
        for (const Flow &f : a.flows) {
            if (text.ref(f) != QLatin1String("BKMK_PortsMP-Site"))
                continue;
            if (text.fromId(f) == QLatin1String("brmp") && text.toId(f) == QLatin1String("ss"))
                there.insert(text.pathText(a.pathOf(f)));
            if (text.fromId(f) == QLatin1String("ss") && text.toId(f) == QLatin1String("brmp"))
                back.insert(text.pathText(a.pathOf(f)));
        }
        QCOMPARE(there, QSet<QString>{QStringLiteral("fw-br1:inside>outside -> fw-core:wan>core -> fw-dc:untrust>trust")});
        QCOMPARE(back, QSet<QString>{QStringLiteral("fw-dc:trust>untrust -> fw-core:core>wan -> fw-br1:outside>inside")});
    }

    void tftpReplyTakesTheWayBack()
    {
        test::TestDesign t = branchBehindThreeFirewalls();
        const Design &d = t.design;
        const Analysis a = test::analyze(d);
        const FlowText text(d, Catalog::builtin());
        int replies = 0;
        for (const Flow &f : a.flows) {
            if (!f.has(FlowReplyPath))
                continue;
            ++replies;
            QCOMPARE(text.fromId(f), QStringLiteral("mp"));
            QCOMPARE(text.pathText(a.pathOf(f)),
                     QStringLiteral("fw-dc:trust>untrust -> fw-core:core>wan -> fw-br1:outside>inside"));
        }
        QVERIFY(replies > 0);
        // The reply's openings sit on every device, from the datacenter side.
        const FlowText words(d, Catalog::builtin());
        QStringList replyKeys;
        for (const Opening &o : a.openings)
            for (int fi : o.flows)
                if (a.flows[size_t(fi)].has(FlowReplyPath)) {
                    replyKeys << words.openingKey(o);
                    break;
                }
        QCOMPARE(replyKeys, (QStringList{QStringLiteral("fw-br1:outside>inside/UDP/49152-65535"),
                                         QStringLiteral("fw-core:core>wan/UDP/49152-65535"),
                                         QStringLiteral("fw-dc:trust>untrust/UDP/49152-65535")}));
    }

    void designsWithoutFirewallsKeepTodaysResults_data()
    {
        QTest::addColumn<QString>("file");
        const QDir dir(test::sourceDir() + QStringLiteral("/resources/examples"));
        for (const QString &f : dir.entryList({QStringLiteral("*.portplan")}, QDir::Files))
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }

    void designsWithoutFirewallsKeepTodaysResults()
    {
        QFETCH(QString, file);
        LoadResult r = DesignFile::load(file, Catalog::builtin());
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        Design d = *r.design;
        d.firewalls.clear();
        d.routes.clear();
        const Analysis a = test::analyze(d);
        QVERIFY(a.paths.empty());
        const FlowText text(d, Catalog::builtin());
        for (const Flow &f : a.flows)
            QCOMPARE(f.path, -1);
        for (const Opening &o : a.openings) {
            QCOMPARE(o.firewall, -1);
            QCOMPARE(o.ingress, -1);
            QCOMPARE(o.egress, -1);
            // The key is exactly the zone-pair key reviews were recorded under.
            QCOMPARE(text.openingKey(o), QStringLiteral("%1>%2/%3/%4")
                                             .arg(d.zones[size_t(o.fromZone)].id, d.zones[size_t(o.toZone)].id,
                                                  protocolName(o.protocol), o.portText));
        }
        QVERIFY(!findingCodes(a).contains(QStringLiteral("no-path")));
    }

    void warnings_data()
    {
        QTest::addColumn<QString>("firewalls");
        QTest::addColumn<QString>("routes");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("named"); // words the message must name
        QTest::newRow("one zone only") << "fw-1:a,b fw-lonely:a" << "" << "firewall-one-zone"
                                       << QStringList{QStringLiteral("fw-lonely"), QStringLiteral("zone a")};
        QTest::newRow("no zone at all") << "fw-1:a,b fw-bare:" << "" << "firewall-one-zone"
                                        << QStringList{QStringLiteral("fw-bare")};
        QTest::newRow("route longer than shortest")
            << "fw-ab:a,b fw-ax:a,x fw-xb:x,b" << "a>b:x" << "route-longer-than-shortest"
            << QStringList{QStringLiteral("from a to b"), QStringLiteral("fw-ax, fw-xb"), QStringLiteral("passes 2 firewalls"),
                           QStringLiteral("shortest path passes 1")};
    }

    void warnings()
    {
        QFETCH(QString, firewalls);
        QFETCH(QString, routes);
        QFETCH(QString, code);
        QFETCH(QStringList, named);
        const Design d = topology(firewalls, routes, {QStringLiteral("a>b")});
        const Analysis a = test::analyze(d);
        const Finding *f = findingOf(a, code);
        QVERIFY2(f, qPrintable(findingCodes(a).join(QLatin1Char(' '))));
        QCOMPARE(f->severity, Severity::Warning);
        for (const QString &word : named)
            QVERIFY2(f->message.contains(word), qPrintable(f->message));
        QVERIFY(!f->firewalls.isEmpty() || !f->zones.isEmpty());
    }

    void shortRoutesAndPlainDesignsDoNotWarn()
    {
        const Design d = topology(QStringLiteral("fw-ab:a,b fw-ax:a,x fw-xb:x,b"), QStringLiteral("a>b:"),
                                  {QStringLiteral("a>b")});
        const QStringList codes = findingCodes(test::analyze(d));
        QVERIFY2(!codes.contains(QStringLiteral("route-longer-than-shortest")), qPrintable(codes.join(QLatin1Char(' '))));
        QVERIFY(!codes.contains(QStringLiteral("firewall-one-zone")));
    }

    void transitZoneWithHosts()
    {
        test::TestDesign t = branchBehindThreeFirewalls();
        t.host(QStringLiteral("router-mgmt"), QStringLiteral("wan"), QString(), {QStringLiteral("domain_controller")});
        const Analysis a = test::analyze(t.design);
        const Finding *f = findingOf(a, QStringLiteral("transit-zone-with-hosts"));
        QVERIFY(f);
        QCOMPARE(f->zones, QStringList{QStringLiteral("wan")});
        QCOMPARE(f->hosts, QStringList{QStringLiteral("router-mgmt")});
        QVERIFY(f->message.contains(QLatin1String("router-mgmt")));
        t.design.hosts.pop_back();
        QVERIFY(!findingOf(test::analyze(t.design), QStringLiteral("transit-zone-with-hosts")));
    }

    void partialUpdateMatchesFullAnalysis()
    {
        // Moving the client to another zone through RulesEngine::update gives
        // the paths and per-device openings a full analysis gives.
        test::TestDesign t = branchBehindThreeFirewalls();
        const RulesEngine engine(Catalog::builtin());
        const Design before = t.design;
        Analysis previous = engine.analyze(before);
        Design after = before;
        after.host(QStringLiteral("cl"))->zone = QStringLiteral("core");
        const Analysis updated = engine.update(std::move(previous), before, after, {QStringLiteral("cl")});
        const Analysis full = engine.analyze(after);
        const FlowText text(after, Catalog::builtin());
        auto keys = [&](const Analysis &a) {
            QStringList out;
            for (const Opening &o : a.openings)
                out << text.openingKey(o) + QLatin1Char(' ') + QString::number(o.flows.size());
            return out;
        };
        QCOMPARE(keys(updated), keys(full));
        QCOMPARE(updated.paths.size(), full.paths.size());
        for (size_t i = 0; i < full.paths.size(); ++i)
            QVERIFY(updated.paths[i] == full.paths[i]);
        QVERIFY(keys(full).contains(QStringLiteral("fw-dc:untrust>trust/TCP/10123 1")));
        QVERIFY(!keys(full).join(QLatin1Char(' ')).contains(QLatin1String("fw-br1:inside>outside/TCP/10123")));
        // A firewall edit is no host edit: update() falls back to a full analysis.
        Design rerouted = after;
        rerouted.firewalls.erase(rerouted.firewalls.begin() + 1); // fw-core
        const Analysis fallback = engine.update(engine.analyze(after), after, rerouted, {QStringLiteral("cl")});
        QVERIFY(findingOf(fallback, QStringLiteral("no-path")));
    }
};

QTEST_GUILESS_MAIN(TestFirewallPaths)
#include "tst_firewall_paths.moc"
