// The change request and the opening delta against the engine: one line per
// opening, rules that partition the lines, groups with readable, stable
// names, <--> pairs, subnet stand-ins, the risk hook, and
// added/removed/changed.
#include "model/catalog/Catalog.h"
#include "model/file/DesignFile.h"
#include "model/engine/FlowText.h"
#include "model/export/ChangeRequestBuilder.h"
#include "model/export/GroupNaming.h"
#include "model/export/ExportText.h"
#include "model/export/OpeningDelta.h"
#include "model/export/ValueText.h"
#include "model/review/RiskRules.h"
#include "tests/support/TestDesign.h"
#include "tests/support/TestPaths.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <map>

using namespace pp;

namespace {

/// A site server and SQL in "dc", an MP/DP in "dmz" and clients in "lan".
test::TestDesign threeZones()
{
    test::TestDesign t = test::TestDesign::primaryWithServer();
    t.zone(QStringLiteral("dmz"), ZoneKind::Perimeter, {QStringLiteral("172.16.0.0/24")})
        .zone(QStringLiteral("lan"), ZoneKind::Internal, {QStringLiteral("10.20.0.0/16")});
    t.hostRef(QStringLiteral("ss")).addresses = {QStringLiteral("10.0.0.10")};
    t.design.zones[0].subnets = {QStringLiteral("10.0.0.0/24")};
    t.host(QStringLiteral("mp"), QStringLiteral("dmz"), QStringLiteral("PS1"),
           {QStringLiteral("management_point"), QStringLiteral("distribution_point")},
           [](Host &h) { h.addresses = {QStringLiteral("172.16.0.20")}; });
    t.host(QStringLiteral("cl"), QStringLiteral("lan"), QStringLiteral("PS1"), {QStringLiteral("client")},
           [](Host &h) { h.count = 500; });
    return t;
}

QStringList hostIds(const Design &d, const std::vector<int> &hosts)
{
    QStringList ids;
    for (int h : hosts)
        ids << d.hosts[size_t(h)].id;
    return ids;
}

QStringList ids(const ChangeRequest &r, const RequestSide &side)
{
    QStringList out;
    for (int h : r.group(side).hosts)
        out << r.host(h).id;
    return out;
}

/// Group names by the ids of their hosts: what a name should follow.
std::map<QString, QString> namesByContent(const ChangeRequest &r)
{
    std::map<QString, QString> names;
    for (const ObjectGroup &g : r.objectGroups) {
        QStringList hosts;
        for (int h : g.hosts)
            hosts << r.host(h).id;
        names[g.zoneId + QLatin1Char(':') + hosts.join(QLatin1Char(','))] = g.name;
    }
    return names;
}

const RequestLine *lineWithKey(const ChangeRequest &r, const QString &key)
{
    for (const RequestLine &l : r.lines)
        if (l.key == key)
            return &l;
    return nullptr;
}

} // namespace

class TestChangeRequest : public QObject
{
    Q_OBJECT

private slots:
    void everyOpeningIsOneLine_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *f : {"standalone-dmz.portplan", "cas-branches.portplan", "every-connection.portplan"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }

    void everyOpeningIsOneLine()
    {
        QFETCH(QString, file);
        const LoadResult loaded = DesignFile::load(test::examplePath(file), Catalog::builtin());
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorText()));
        const Design &d = *loaded.design;
        const Analysis a = test::analyze(d);
        const ChangeRequest r = ChangeRequestBuilder::build(d, Catalog::builtin(), a);
        const FlowText text(d, Catalog::builtin());

        QVERIFY(!a.openings.empty());
        QCOMPARE(r.lines.size(), a.openings.size());
        QSet<QString> lineIds, keys;
        for (size_t i = 0; i < r.lines.size(); ++i) {
            const RequestLine &line = r.lines[i];
            const Opening &o = a.openings[i];
            QCOMPARE(line.key, text.openingKey(o));
            QCOMPARE(line.action, RequestAction::Add);
            QCOMPARE(ids(r, line.source), hostIds(d, o.fromHosts));
            QCOMPARE(ids(r, line.destination), hostIds(d, o.toHosts));
            QCOMPARE(line.refs, o.refs);
            QCOMPARE(line.port, o.portText);
            QCOMPARE(line.flows.size(), o.flows.size());
            QVERIFY(line.id.startsWith(QLatin1String("CR-")));
            QVERIFY2(!lineIds.contains(line.id), qPrintable(line.id));
            QVERIFY2(!keys.contains(line.key), qPrintable(line.key));
            lineIds.insert(line.id);
            keys.insert(line.key);
            for (const RequestFlow &f : line.flows) {
                QVERIFY(r.kind(f).crossing());
                QVERIFY(line.refs.contains(r.kind(f).ref));
                QVERIFY(ids(r, line.source).contains(r.host(f.from).id));
                QVERIFY(ids(r, line.destination).contains(r.host(f.to).id));
            }
            QVERIFY(!line.justification.isEmpty());
        }
    }

    void rulesPartitionTheLines()
    {
        const LoadResult loaded = DesignFile::load(test::examplePath(QStringLiteral("cas-branches.portplan")),
                                                   Catalog::builtin());
        QVERIFY(loaded.ok());
        const Analysis a = test::analyze(*loaded.design);
        const ChangeRequest r = ChangeRequestBuilder::build(*loaded.design, Catalog::builtin(), a);

        std::map<QString, const RequestLine *> byId;
        for (const RequestLine &l : r.lines)
            byId[l.id] = &l;
        QSet<QString> covered;
        QSet<QString> ruleKeys;
        for (const FirewallRule &rule : r.rules) {
            const QString key = r.objectGroups[size_t(rule.sourceGroup)].name + QLatin1Char('|')
                + r.objectGroups[size_t(rule.destinationGroup)].name;
            QVERIFY2(!ruleKeys.contains(key), qPrintable(QStringLiteral("duplicate rule ") + key));
            ruleKeys.insert(key);
            QStringList ports;
            for (const QString &id : rule.lines) {
                QVERIFY2(!covered.contains(id), qPrintable(id + QStringLiteral(" is in two rules")));
                covered.insert(id);
                const RequestLine *l = byId.at(id);
                QCOMPARE(r.rules[size_t(l->rule)].id, rule.id);
                QCOMPARE(l->source.group, rule.sourceGroup);
                QCOMPARE(l->destination.group, rule.destinationGroup);
                QCOMPARE(l->serviceGroup, rule.serviceGroup);
                QCOMPARE(l->source.zoneId, rule.fromZone);
                ports << l->portLabel();
            }
            const ServiceGroup *services = r.serviceGroup(r.serviceGroups[size_t(rule.serviceGroup)].name);
            QVERIFY(services);
            QCOMPARE(services->members, ports);
            QVERIFY(r.objectGroup(r.objectGroups[size_t(rule.sourceGroup)].name));
            QVERIFY(r.objectGroup(r.objectGroups[size_t(rule.destinationGroup)].name));
        }
        QCOMPARE(covered.size(), qsizetype(r.lines.size()));

        QSet<QString> names;
        for (const ObjectGroup &g : r.objectGroups) {
            QVERIFY2(!names.contains(g.name), qPrintable(g.name));
            names.insert(g.name);
            QVERIFY2(QRegularExpression(QStringLiteral("^[A-Za-z][A-Za-z0-9_]*$")).match(g.name).hasMatch(), qPrintable(g.name));
        }
    }

    void groupsAreNamedByContent()
    {
        test::TestDesign t = threeZones();
        const ChangeRequest r1 = ChangeRequestBuilder::build(t.design, Catalog::builtin(), test::analyze(t.design));
        // Same hosts with the same addresses: one group, wherever it is used.
        for (const RequestLine &a : r1.lines)
            for (const RequestLine &b : r1.lines)
                if (ids(r1, a.source) == ids(r1, b.source))
                    QCOMPARE(a.source.group, b.source.group);
        // A moved address keeps the name: the group is the same hosts, and a
        // delta asks to change its addresses.
        t.hostRef(QStringLiteral("mp")).addresses = {QStringLiteral("172.16.0.21")};
        const ChangeRequest r2 = ChangeRequestBuilder::build(t.design, Catalog::builtin(), test::analyze(t.design));
        QVERIFY(!r1.lines.empty() && r1.lines.size() == r2.lines.size());
        for (size_t i = 0; i < r1.lines.size(); ++i) {
            QCOMPARE(r2.group(r2.lines[i].destination).name, r1.group(r1.lines[i].destination).name);
            if (ids(r1, r1.lines[i].destination) == QStringList{QStringLiteral("mp")})
                QVERIFY(r1.group(r1.lines[i].destination).addresses != r2.group(r2.lines[i].destination).addresses);
        }
    }

    void groupNamesAreReadable_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *f : {"standalone-dmz.portplan", "cas-branches.portplan", "every-connection.portplan"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }

    void groupNamesAreReadable()
    {
        QFETCH(QString, file);
        const LoadResult loaded = DesignFile::load(test::examplePath(file), Catalog::builtin());
        QVERIFY(loaded.ok());
        const Design &d = *loaded.design;
        const Analysis a = test::analyze(d);
        const ChangeRequest r = ChangeRequestBuilder::build(d, Catalog::builtin(), a);
        static const QRegularExpression identifier(QStringLiteral("^[A-Za-z][A-Za-z0-9_]{0,47}$"));
        static const QRegularExpression hash(QStringLiteral("_[0-9a-f]{6}$"));
        QSet<QString> names;
        for (const ObjectGroup &g : r.objectGroups) {
            QVERIFY2(identifier.match(g.name).hasMatch(), qPrintable(g.name));
            QVERIFY2(!hash.match(g.name).hasMatch(), qPrintable(g.name));
            QVERIFY2(!names.contains(g.name), qPrintable(g.name));
            names.insert(g.name);
            // Zone first, then what the hosts are: one host by its short name,
            // more by the role they share.
            const Zone *zone = d.zone(g.zoneId);
            QVERIFY(zone);
            const QString zoneWord = exporttext::identifier(zone->name, 8);
            QVERIFY2(g.name.startsWith(zoneWord), qPrintable(g.name + QStringLiteral(" / ") + zoneWord));
            const RequestHost &first = r.host(g.hosts.front());
            if (g.hosts.size() == 1)
                QVERIFY2(g.name.contains(exporttext::identifier(first.name.section(QLatin1Char('.'), 0, 0), 8)),
                         qPrintable(g.name));
        }
        for (const ServiceGroup &g : r.serviceGroups) {
            QVERIFY2(g.name.startsWith(QLatin1String("SVC_")) && identifier.match(g.name).hasMatch(), qPrintable(g.name));
            QVERIFY2(!names.contains(g.name), qPrintable(g.name));
            names.insert(g.name);
        }

        // The names do not depend on the order lines come in.
        Analysis reversed = a;
        std::reverse(reversed.openings.begin(), reversed.openings.end());
        QCOMPARE(namesByContent(ChangeRequestBuilder::build(d, Catalog::builtin(), reversed)), namesByContent(r));
    }

    void groupNamesSayWhatTheyHold()
    {
        const LoadResult loaded = DesignFile::load(test::examplePath(QStringLiteral("standalone-dmz.portplan")),
                                                   Catalog::builtin());
        QVERIFY(loaded.ok());
        const ChangeRequest r = ChangeRequestBuilder::build(*loaded.design, Catalog::builtin(), test::analyze(*loaded.design));
        QStringList names;
        for (const ObjectGroup &g : r.objectGroups)
            names << g.name;
        for (const ServiceGroup &g : r.serviceGroups)
            names << g.name;
        // Two groups would be SVC_HTTP_HTTPS: their ports tell them apart.
        for (const char *expected : {"Corporate_LAN_Office_PCs", "Datacenter_servers_CM01", "Perimeter_DMZ_IBCM01",
                                     "Perimeter_DMZ_IBCM01_FSP01", "SVC_HTTP_HTTPS_80_443", "SVC_HTTP_HTTPS_8530_8531",
                                     "SVC_SMB"})
            QVERIFY2(names.contains(QLatin1String(expected)), qPrintable(expected + QStringLiteral(" not in ") + names.join(QLatin1Char(' '))));
        QCOMPARE(GroupNaming::roleWord(QStringLiteral("site_server")), QStringLiteral("SiteServers"));
        QCOMPARE(GroupNaming::roleWord(QStringLiteral("client")), QStringLiteral("Clients"));
        QCOMPARE(GroupNaming::serviceWord(QStringLiteral("https")), QStringLiteral("HTTPS"));
        QCOMPARE(GroupNaming::serviceWord(QStringLiteral("sql-broker")), QStringLiteral("SQLBroker"));
    }

    void groupsOfOneZoneAndRoleAreToldApart()
    {
        // Two client groups in one zone, each with its own site's MP in
        // another zone: two openings, two groups of clients, told apart by
        // their site.
        test::TestDesign t = threeZones();
        t.site(QStringLiteral("PS2"));
        t.host(QStringLiteral("ss2"), QStringLiteral("dc"), QStringLiteral("PS2"), {QStringLiteral("site_server")});
        t.host(QStringLiteral("mp2"), QStringLiteral("dc"), QStringLiteral("PS2"), {QStringLiteral("management_point")});
        for (const char *id : {"cla", "clb"})
            t.host(QString::fromLatin1(id), QStringLiteral("lan"), QStringLiteral("PS2"), {QStringLiteral("client")});
        t.host(QStringLiteral("clc"), QStringLiteral("lan"), QStringLiteral("PS1"), {QStringLiteral("client")});
        const ChangeRequest r = ChangeRequestBuilder::build(t.design, Catalog::builtin(), test::analyze(t.design));
        QStringList clients;
        for (const ObjectGroup &g : r.objectGroups)
            if (g.zoneId == QLatin1String("lan") && g.hosts.size() > 1)
                clients << g.name;
        clients.sort();
        QVERIFY2(clients.contains(QStringLiteral("lan_PS1_Clients")), qPrintable(clients.join(QLatin1Char(' '))));
        QVERIFY2(clients.contains(QStringLiteral("lan_PS2_Clients")), qPrintable(clients.join(QLatin1Char(' '))));
    }

    void bothWaysConnectionsArePaired()
    {
        const LoadResult loaded = DesignFile::load(test::examplePath(QStringLiteral("standalone-dmz.portplan")),
                                                   Catalog::builtin());
        QVERIFY(loaded.ok());
        const ChangeRequest r = ChangeRequestBuilder::build(*loaded.design, Catalog::builtin(), test::analyze(*loaded.design));
        int pairs = 0;
        for (const RequestLine &l : r.lines) {
            if (l.pairLine.isEmpty())
                continue;
            ++pairs;
            const auto other = std::find_if(r.lines.begin(), r.lines.end(), [&](const RequestLine &o) { return o.id == l.pairLine; });
            QVERIFY(other != r.lines.end());
            QCOMPARE(other->pairLine, l.id);
            QCOMPARE(other->source.zoneId, l.destination.zoneId);
            QCOMPARE(other->destination.zoneId, l.source.zoneId);
            QCOMPARE(other->port, l.port);
            QVERIFY(l.bothWays || other->bothWays);
            QVERIFY(ValueText::direction(l).contains(QLatin1String("<-->")) || ValueText::direction(*other).contains(QLatin1String("<-->")));
        }
        // The site server and the FSP talk both ways over SMB (site to FSP is <-->).
        const RequestLine *smb = lineWithKey(r, QStringLiteral("dc>dmz/TCP/445"));
        QVERIFY(smb);
        QVERIFY(!smb->pairLine.isEmpty());
        QVERIFY(pairs >= 2);
    }

    void hostsWithoutAddressUseTheZoneSubnets()
    {
        test::TestDesign t = threeZones();
        const ChangeRequest r = ChangeRequestBuilder::build(t.design, Catalog::builtin(), test::analyze(t.design));
        const RequestLine *line = lineWithKey(r, QStringLiteral("lan>dmz/TCP/80"));
        QVERIFY(line);
        QCOMPARE(r.group(line->source).addresses, QStringList{QStringLiteral("10.20.0.0/16")});
        QVERIFY(r.host(r.group(line->source).hosts.front()).zoneSubnets);
        QCOMPARE(r.host(r.group(line->source).hosts.front()).count, 500);
        QVERIFY(r.lineWarnings(*line).join(QLatin1Char(' ')).contains(QLatin1String("cl has no address")));
        QVERIFY(r.warnings.join(QLatin1Char(' ')).contains(QLatin1String("10.20.0.0/16")));

        t.design.zones[2].subnets.clear();
        const ChangeRequest bare = ChangeRequestBuilder::build(t.design, Catalog::builtin(), test::analyze(t.design));
        const RequestLine *unscoped = lineWithKey(bare, QStringLiteral("lan>dmz/TCP/80"));
        QVERIFY(unscoped);
        QVERIFY(bare.group(unscoped->source).addresses.isEmpty());
        QVERIFY(bare.lineWarnings(*unscoped).join(QLatin1Char(' ')).contains(QLatin1String("cannot be scoped")));
    }

    void riskComesThroughTheHook()
    {
        test::TestDesign t = threeZones();
        const Analysis a = test::analyze(t.design);
        const ChangeRequest plain = ChangeRequestBuilder::build(t.design, Catalog::builtin(), a);
        for (const RequestLine &l : plain.lines)
            QVERIFY(l.risk.level.isEmpty());

        ChangeRequestOptions options;
        options.risk = [](const Design &, const Opening &o) {
            return RequestRisk{o.protocol == Protocol::Udp ? QStringLiteral("high") : QStringLiteral("low"),
                               {QStringLiteral("test provider")}};
        };
        const ChangeRequest hooked = ChangeRequestBuilder::build(t.design, Catalog::builtin(), a, options);
        for (const RequestLine &l : hooked.lines) {
            QCOMPARE(l.risk.level, l.protocol == Protocol::Udp ? QStringLiteral("high") : QStringLiteral("low"));
            QCOMPARE(l.risk.reasons, QStringList{QStringLiteral("test provider")});
        }

        options.risk = riskRulesProvider(RiskRules::builtin());
        const ChangeRequest rules = ChangeRequestBuilder::build(t.design, Catalog::builtin(), a, options);
        for (size_t i = 0; i < rules.lines.size(); ++i) {
            const RiskAssessment expected = RiskRules::builtin().assess(t.design, a.openings[i]);
            QCOMPARE(rules.lines[i].risk.level, riskLevelName(expected.level));
            QCOMPARE(rules.lines[i].risk.reasons, expected.reasons);
        }
    }

    void allFlowsAddsTheOthers()
    {
        test::TestDesign t = threeZones();
        const Analysis a = test::analyze(t.design);
        ChangeRequestOptions options;
        options.allFlows = true;
        const ChangeRequest r = ChangeRequestBuilder::build(t.design, Catalog::builtin(), a, options);
        const auto local = std::count_if(a.flows.begin(), a.flows.end(), [](const Flow &f) { return !f.crossing(); });
        QCOMPARE(qsizetype(r.otherFlows.size()), qsizetype(local));
        for (const RequestFlow &f : r.otherFlows)
            QVERIFY(!r.kind(f).crossing());
    }

    void deltaOfTheSameDesignIsEmpty()
    {
        const test::TestDesign t = threeZones();
        const Analysis a = test::analyze(t.design);
        const OpeningDelta delta = OpeningDelta::compare(t.design, a, t.design, a, Catalog::builtin());
        QVERIFY(delta.isEmpty());
        QCOMPARE(delta.unchanged, int(a.openings.size()));
    }

    void deltaAddedRemovedChanged()
    {
        const test::TestDesign before = threeZones();
        test::TestDesign after = threeZones();
        // changed: another client host in the LAN, and the MP's address moves;
        // added: a branch with its own clients; removed: the SQL link to nothing else.
        after.host(QStringLiteral("cl2"), QStringLiteral("lan"), QStringLiteral("PS1"), {QStringLiteral("client")});
        after.hostRef(QStringLiteral("mp")).addresses = {QStringLiteral("172.16.0.99")};
        after.zone(QStringLiteral("br"), ZoneKind::Branch, {QStringLiteral("10.30.0.0/24")});
        after.host(QStringLiteral("brcl"), QStringLiteral("br"), QStringLiteral("PS1"), {QStringLiteral("client")});
        const Analysis a0 = test::analyze(before.design);
        const Analysis a1 = test::analyze(after.design);
        const OpeningDelta delta = OpeningDelta::compare(before.design, a0, after.design, a1, Catalog::builtin());

        QVERIFY(delta.count(DeltaKind::Added) > 0);
        QVERIFY(delta.count(DeltaKind::Changed) > 0);
        bool sawNewClient = false, sawAddress = false;
        for (const OpeningChange &c : delta.changes) {
            if (c.kind == DeltaKind::Added) {
                QVERIFY2(c.key.startsWith(QLatin1String("br>")) || c.key.contains(QLatin1String(">br/")), qPrintable(c.key));
                QCOMPARE(c.before, -1);
            }
            if (c.kind == DeltaKind::Changed) {
                QVERIFY(!c.summary().isEmpty());
                sawNewClient |= c.sourcesAdded.contains(QStringLiteral("cl2"));
                sawAddress |= c.addressesAdded.contains(QStringLiteral("mp=172.16.0.99"));
            }
        }
        QVERIFY(sawNewClient);
        QVERIFY(sawAddress);

        // Backwards, the branch's openings are the removed ones.
        const OpeningDelta back = OpeningDelta::compare(after.design, a1, before.design, a0, Catalog::builtin());
        QCOMPARE(back.count(DeltaKind::Removed), delta.count(DeltaKind::Added));
        QCOMPARE(back.count(DeltaKind::Changed), delta.count(DeltaKind::Changed));

        const ChangeRequest r = ChangeRequestBuilder::build(back, after.design, a1, before.design, a0, Catalog::builtin());
        QVERIFY(r.delta);
        QCOMPARE(r.lines.size(), back.changes.size());
        QCOMPARE(r.count(RequestAction::Remove), back.count(DeltaKind::Removed));
        QCOMPARE(r.count(RequestAction::Modify), back.count(DeltaKind::Changed));
        for (const RequestLine &l : r.lines) {
            if (l.action == RequestAction::Remove) // taken from the old design, which had the branch
                QVERIFY(ids(r, l.source).contains(QStringLiteral("brcl")) || ids(r, l.destination).contains(QStringLiteral("brcl")));
            if (l.action == RequestAction::Modify)
                QVERIFY(!l.change.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestChangeRequest)
#include "tst_change_request.moc"
