// Rule 9: boundary groups decide which DPs, MPs, SUPs and SMPs clients use.
#include "model/catalog/Catalog.h"
#include "model/file/DesignFile.h"
#include "model/engine/FlowText.h"
#include "tests/support/TestDesign.h"

#include <QTest>

using namespace pp;
using test::TestDesign;

namespace {

const QString PS1 = QStringLiteral("PS1");

QStringList roles(std::initializer_list<const char *> ids)
{
    QStringList out;
    for (const char *id : ids)
        out << QString::fromLatin1(id);
    return out;
}

/// PS1 with a datacenter DP/MP ("dcdp") and two branches, each with a DP/MP
/// ("dpA", "dpB") and clients ("clA", "clB").
TestDesign branches()
{
    TestDesign t = TestDesign::primaryWithServer();
    t.zone(QStringLiteral("brA"), ZoneKind::Branch, {QStringLiteral("10.1.0.0/24")});
    t.zone(QStringLiteral("brB"), ZoneKind::Branch, {QStringLiteral("10.2.0.0/24")});
    t.host(QStringLiteral("dcdp"), QStringLiteral("dc"), PS1, roles({"distribution_point", "management_point"}));
    t.host(QStringLiteral("dpA"), QStringLiteral("brA"), PS1, roles({"distribution_point", "management_point"}));
    t.host(QStringLiteral("dpB"), QStringLiteral("brB"), PS1, roles({"distribution_point", "management_point"}));
    t.host(QStringLiteral("clA"), QStringLiteral("brA"), PS1, roles({"client"}));
    t.host(QStringLiteral("clB"), QStringLiteral("brB"), PS1, roles({"client"}));
    return t;
}

BoundaryGroup group(const QString &id, const QStringList &zones, const QStringList &systems)
{
    BoundaryGroup g;
    g.id = id;
    g.name = id;
    g.zones = zones;
    g.systems = systems;
    g.site = PS1;
    return g;
}

BoundaryFallback fallback(const QString &to, const QStringList &roleIds, std::optional<int> minutes, bool never = false)
{
    BoundaryFallback f;
    f.to = to;
    f.roles = roleIds;
    f.minutes = minutes;
    f.never = never;
    return f;
}

/// "target[:fallback]" for the client's DP flows on 443.
QStringList dpTargets(const Design &d, const Analysis &a, const QString &client)
{
    const FlowText text(d, Catalog::builtin());
    QStringList out;
    for (const Flow &f : a.flows)
        if (text.fromId(f) == client && text.ref(f) == QLatin1String("BKMK_PortsClient-DP") && f.range.first == 443)
            out << text.toId(f) + (f.has(FlowFallback) ? QStringLiteral(":fallback") : QString());
    out.sort();
    return out;
}

bool hasFinding(const Analysis &a, const char *code)
{
    for (const Finding &f : a.findings)
        if (f.code == QLatin1String(code))
            return true;
    return false;
}

} // namespace

class TestBoundaryGroups : public QObject
{
    Q_OBJECT

private slots:
    void withoutGroupsEveryDpOfTheSite()
    {
        const TestDesign t = branches();
        const Analysis a = test::analyze(t.design);
        QCOMPARE(dpTargets(t.design, a, QStringLiteral("clA")), (QStringList{"dcdp", "dpA", "dpB"}));
        QVERIFY(!hasFinding(a, "client-in-no-boundary-group"));
        for (const Flow &f : a.flows)
            QVERIFY(!f.has(FlowFallback));
    }

    void groupsKeepClientsLocal_data()
    {
        QTest::addColumn<bool>("toDefault");
        QTest::addColumn<QString>("relation"); // none, minutes, never, otherRole
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("local only") << false << "none" << QStringList{"dpA"};
        QTest::newRow("fallback to datacenter") << false << "minutes" << QStringList{"dcdp:fallback", "dpA"};
        QTest::newRow("never") << false << "never" << QStringList{"dpA"};
        QTest::newRow("relation for another role") << false << "otherRole" << QStringList{"dpA"};
        QTest::newRow("plus site default group") << true << "minutes"
                                                 << QStringList{"dcdp:fallback", "dpA", "dpB:fallback"};
    }

    void groupsKeepClientsLocal()
    {
        QFETCH(bool, toDefault);
        QFETCH(QString, relation);
        QFETCH(QStringList, expected);
        TestDesign t = branches();
        BoundaryGroup a = group(QStringLiteral("bg-a"), {QStringLiteral("brA")}, {QStringLiteral("dpA")});
        a.fallbackToDefault = toDefault;
        if (relation == QLatin1String("minutes"))
            a.fallback.push_back(fallback(QStringLiteral("bg-dc"), {QStringLiteral("distribution_point")}, 120));
        if (relation == QLatin1String("never"))
            a.fallback.push_back(fallback(QStringLiteral("bg-dc"), {}, std::nullopt, true));
        if (relation == QLatin1String("otherRole"))
            a.fallback.push_back(fallback(QStringLiteral("bg-dc"), {QStringLiteral("software_update_point")}, 60));
        t.design.boundaryGroups = {a, group(QStringLiteral("bg-dc"), {QStringLiteral("dc")}, {QStringLiteral("dcdp")}),
                                   group(QStringLiteral("bg-b"), {QStringLiteral("brB")}, {QStringLiteral("dpB")})};
        const Analysis an = test::analyze(t.design);
        QCOMPARE(dpTargets(t.design, an, QStringLiteral("clA")), expected);
        // The fallback flow carries its path in its justification.
        const FlowText text(t.design, Catalog::builtin());
        for (const Flow &f : an.flows)
            if (f.has(FlowFallback) && f.fallbackRelation >= 0 && text.fromId(f) == QLatin1String("clA"))
                QVERIFY2(text.description(f).contains(QStringLiteral("bg-a -> bg-dc after 120 min")),
                         qPrintable(text.description(f)));
    }

    void fallbackIsNotTransitiveAndLoopsEnd()
    {
        // A -> B -> DC and B -> A: a client in A reaches B by fallback, never DC.
        TestDesign t = branches();
        BoundaryGroup a = group(QStringLiteral("bg-a"), {QStringLiteral("brA")}, {QStringLiteral("dpA")});
        BoundaryGroup b = group(QStringLiteral("bg-b"), {QStringLiteral("brB")}, {QStringLiteral("dpB")});
        a.fallback = {fallback(QStringLiteral("bg-b"), {}, 30)};
        b.fallback = {fallback(QStringLiteral("bg-a"), {}, 30), fallback(QStringLiteral("bg-dc"), {}, 30)};
        a.fallbackToDefault = b.fallbackToDefault = false;
        t.design.boundaryGroups = {a, b, group(QStringLiteral("bg-dc"), {QStringLiteral("dc")}, {QStringLiteral("dcdp")})};
        const Analysis an = test::analyze(t.design);
        QCOMPARE(dpTargets(t.design, an, QStringLiteral("clA")), (QStringList{"dpA", "dpB:fallback"}));
        QCOMPARE(dpTargets(t.design, an, QStringLiteral("clB")), (QStringList{"dcdp:fallback", "dpA:fallback", "dpB"}));
    }

    void subnetBoundariesAndMembership()
    {
        TestDesign t = branches();
        t.hostRef(QStringLiteral("clB")).addresses = {QStringLiteral("10.2.0.50")};
        BoundaryGroup bySubnet = group(QStringLiteral("bg-b"), {}, {QStringLiteral("dpB")});
        bySubnet.subnets = {QStringLiteral("10.2.0.0/16")};
        bySubnet.fallbackToDefault = false;
        BoundaryGroup byZoneSubnet = group(QStringLiteral("bg-a"), {}, {QStringLiteral("dpA")});
        byZoneSubnet.subnets = {QStringLiteral("10.1.0.0/16")}; // holds zone brA's 10.1.0.0/24
        byZoneSubnet.fallbackToDefault = false;
        t.design.boundaryGroups = {bySubnet, byZoneSubnet};
        const Analysis a = test::analyze(t.design);
        QCOMPARE(dpTargets(t.design, a, QStringLiteral("clB")), QStringList{QStringLiteral("dpB")});
        QCOMPARE(dpTargets(t.design, a, QStringLiteral("clA")), QStringList{QStringLiteral("dpA")});
    }

    void clientInNoGroupUsesTheSiteAndIsReported()
    {
        TestDesign t = branches();
        BoundaryGroup a = group(QStringLiteral("bg-a"), {QStringLiteral("brA")}, {QStringLiteral("dpA")});
        a.fallbackToDefault = false;
        t.design.boundaryGroups = {a};
        const Analysis an = test::analyze(t.design);
        QCOMPARE(dpTargets(t.design, an, QStringLiteral("clB")), (QStringList{"dcdp", "dpA", "dpB"}));
        QVERIFY(hasFinding(an, "client-in-no-boundary-group"));
    }

    void ungovernedRolesFollowRuleOne()
    {
        TestDesign t = branches();
        t.host(QStringLiteral("fsp"), QStringLiteral("dc"), PS1, roles({"fallback_status_point"}));
        BoundaryGroup a = group(QStringLiteral("bg-a"), {QStringLiteral("brA")}, {QStringLiteral("dpA")});
        a.fallbackToDefault = false;
        t.design.boundaryGroups = {a};
        const Analysis an = test::analyze(t.design);
        QCOMPARE(test::countFlows(t.design, an, QStringLiteral("clA"), QStringLiteral("fsp"),
                                  QStringLiteral("BKMK_PortsClient-FSP")), 1);
        // MPs are governed: only the group's.
        QCOMPARE(test::countFlows(t.design, an, QStringLiteral("clA"), QStringLiteral("dcdp"),
                                  QStringLiteral("BKMK_PortsClient-MP")), 0);
    }

    void openingsSayLocalOrFallback()
    {
        TestDesign t = branches();
        BoundaryGroup a = group(QStringLiteral("bg-a"), {QStringLiteral("brA")}, {QStringLiteral("dpA")});
        a.fallback = {fallback(QStringLiteral("bg-dc"), {QStringLiteral("distribution_point")}, 120)};
        a.fallbackToDefault = false;
        t.design.boundaryGroups = {a, group(QStringLiteral("bg-dc"), {QStringLiteral("dc")}, {QStringLiteral("dcdp")})};
        t.design.hosts.erase(t.design.hosts.begin() + t.design.hostIndex(QStringLiteral("clB")));
        // Only the client's fallback crosses from brA to dc: no MP in the datacenter.
        t.hostRef(QStringLiteral("dcdp")).roles = roles({"distribution_point"});
        const Analysis an = test::analyze(t.design);
        bool sawFallbackOnly = false;
        for (const Opening &o : an.openings)
            if (o.fromZone == t.design.zoneIndex(QStringLiteral("brA")) && o.toZone == t.design.zoneIndex(QStringLiteral("dc"))
                && o.range.first == 443)
                sawFallbackOnly = o.fallbackOnly;
        QVERIFY(sawFallbackOnly);
        // The local traffic of the same client stays inside its zone.
        QCOMPARE(dpTargets(t.design, an, QStringLiteral("clA")), (QStringList{"dcdp:fallback", "dpA"}));
    }

    void roundTripAndErrors_data()
    {
        QTest::addColumn<QByteArray>("groups");
        QTest::addColumn<QString>("error");
        QTest::newRow("valid") << QByteArray(R"([{"id": "bg-a", "name": "A", "zones": ["lan"], "subnets": ["10.9.0.0/16"],
            "site": "PS1", "systems": ["dp"], "fallback": [{"to": "bg-b", "roles": ["distribution_point"], "minutes": 120},
            {"to": "bg-b", "roles": ["management_point"], "never": true}], "fallbackToDefault": false},
            {"id": "bg-b", "name": "B", "zones": [], "subnets": [], "site": null, "systems": [], "fallback": [{"to": "bg-a", "roles": []}]}])")
                               << "";
        QTest::newRow("unknown zone") << QByteArray(R"([{"id": "g", "zones": ["nope"]}])") << "unknown zone \"nope\"";
        QTest::newRow("unknown host") << QByteArray(R"([{"id": "g", "systems": ["ghost"]}])") << "unknown host \"ghost\"";
        QTest::newRow("wrong role") << QByteArray(R"([{"id": "g", "systems": ["ss"]}])") << "is no distribution";
        QTest::newRow("unknown neighbour") << QByteArray(R"([{"id": "g", "fallback": [{"to": "h"}]}])")
                                           << "falls back to unknown group";
        QTest::newRow("itself") << QByteArray(R"([{"id": "g", "fallback": [{"to": "g"}]}])") << "falls back to itself";
        QTest::newRow("bad role") << QByteArray(R"([{"id": "g", "fallback": [{"to": "g2", "roles": ["client"]}]}, {"id": "g2"}])")
                                  << "not a role boundary groups govern";
        QTest::newRow("bad subnet") << QByteArray(R"([{"id": "g", "subnets": ["10.0.0.0/40"]}])") << "not a subnet";
        QTest::newRow("minutes and never") << QByteArray(R"([{"id": "g", "fallback": [{"to": "g2", "minutes": 5, "never": true}]}, {"id": "g2"}])")
                                           << "either after some minutes or never";
        QTest::newRow("negative minutes") << QByteArray(R"([{"id": "g", "fallback": [{"to": "g2", "minutes": -5}]}, {"id": "g2"}])")
                                          << "whole minutes";
        QTest::newRow("duplicate") << QByteArray(R"([{"id": "g"}, {"id": "g"}])") << "duplicate boundary group id";
        QTest::newRow("unknown site") << QByteArray(R"([{"id": "g", "site": "XYZ"}])") << "unknown site \"XYZ\"";
    }

    void roundTripAndErrors()
    {
        QFETCH(QByteArray, groups);
        QFETCH(QString, error);
        const QByteArray json = R"({"format": "portplanner-design", "version": 1,
          "sites": [{"code": "PS1", "type": "primary", "parent": null}],
          "zones": [{"id": "lan", "kind": "internal"}],
          "hosts": [{"id": "ss", "zone": "lan", "site": "PS1", "roles": ["site_server", "site_database"]},
                    {"id": "dp", "zone": "lan", "site": "PS1", "roles": ["distribution_point"]}],
          "boundaryGroups": )" + groups + "}";
        const LoadResult r = DesignFile::parse(json, Catalog::builtin());
        if (error.isEmpty()) {
            QVERIFY2(r.ok(), qPrintable(r.errorText()));
            const QByteArray out = DesignFile::serialize(*r.design);
            const LoadResult again = DesignFile::parse(out, Catalog::builtin());
            QVERIFY(again.ok());
            QVERIFY(*again.design == *r.design);
            QCOMPARE(DesignFile::serialize(*again.design), out);
            QCOMPARE(r.design->boundaryGroups[0].fallback[0].minutes, std::optional<int>(120));
            QVERIFY(r.design->boundaryGroups[0].fallback[1].never);
            QVERIFY(!r.design->boundaryGroups[0].usesDefaultGroup());
            QVERIFY(r.design->boundaryGroups[1].usesDefaultGroup());
        } else {
            QVERIFY(!r.ok());
            QVERIFY2(r.errorText().contains(error), qPrintable(r.errorText()));
        }
    }
};

QTEST_GUILESS_MAIN(TestBoundaryGroups)
#include "tst_boundary_groups.moc"
