// DESIGN.md rule 8 as Microsoft's "Plan for internet-based client management"
// has it: what internet-based clients cannot do, no roaming to a parent
// site, no internet clients at secondary sites, and what an SSL-bridging
// proxy must pass. Small designs written here, one case per row.
#include "model/catalog/Catalog.h"
#include "model/engine/FlowText.h"
#include "model/engine/RulesEngine.h"
#include "model/export/ChangeRequest.h"
#include "model/export/ChangeRequestBuilder.h"
#include "model/export/CsvWriter.h"
#include "model/export/ExportProgress.h"
#include "model/export/RequestWriter.h"
#include "model/export/RequestTable.h"
#include "model/review/ReviewSheet.h"
#include "tests/support/TestDesign.h"

#include <QBuffer>
#include <QTest>

using namespace pp;
using test::TestDesign;

namespace {

const QString PS1 = QStringLiteral("PS1");
const QString SourcePath = QStringLiteral("memdocs/configmgr/core/clients/manage/plan-internet-based-client-management.md");

QStringList roles(std::initializer_list<const char *> ids)
{
    QStringList out;
    for (const char *id : ids)
        out << QString::fromLatin1(id);
    return out;
}

/// Primary PS1 (site server "ss" in "dc"), a perimeter zone "dmz" with an
/// internet-facing MP + DP "ibcm", an intranet MP + DP "mp" in "dc", a console
/// in "dc", and one client "cl" in a zone of the given kind.
TestDesign ibcmDesign(ZoneKind clientZone, const std::function<void(TestDesign &)> &tweak = {})
{
    TestDesign t = TestDesign::primaryWithServer();
    t.zone(QStringLiteral("dmz"), ZoneKind::Perimeter).zone(QStringLiteral("clients"), clientZone);
    t.host(QStringLiteral("mp"), QStringLiteral("dc"), PS1, roles({"management_point", "distribution_point"}));
    t.host(QStringLiteral("ibcm"), QStringLiteral("dmz"), PS1,
           roles({"management_point", "distribution_point", "fallback_status_point"}),
           [](Host &h) { h.options.clientConnections = ClientConnections::Both; });
    t.host(QStringLiteral("console"), QStringLiteral("dc"), PS1, roles({"console"}));
    t.host(QStringLiteral("cl"), QStringLiteral("clients"), PS1, roles({"client"}));
    if (tweak)
        tweak(t);
    return t;
}

QStringList findingCodes(const Analysis &a)
{
    QStringList codes;
    for (const Finding &f : a.findings)
        codes << f.code;
    return codes;
}

const Finding *finding(const Analysis &a, const QString &code)
{
    for (const Finding &f : a.findings)
        if (f.code == code)
            return &f;
    return nullptr;
}

} // namespace

class TestInternetClients : public QObject
{
    Q_OBJECT

private slots:
    void catalogNamesItsSource()
    {
        const Catalog &c = Catalog::builtin();
        QVERIFY(!c.internetRestrictions().empty());
        for (const InternetRestriction &r : c.internetRestrictions()) {
            const SourcePage *page = c.source(r.source);
            QVERIFY2(page, qPrintable(r.ref));
            QCOMPARE(page->repository, QStringLiteral("MicrosoftDocs/memdocs"));
            QCOMPARE(page->path, SourcePath);
            QVERIFY2(c.section(r.ref), qPrintable(r.ref));
        }
        for (const char *role : {"management_point", "distribution_point", "fallback_status_point"})
            QVERIFY2(c.bridging(c.roleIndex(QString::fromLatin1(role))), role);
    }

    // Each feature Microsoft rules out over the internet: with an intranet
    // client the flows are there; with an internet-based one they are not,
    // and a note says why, naming the page.
    void notOverInternet_data()
    {
        QTest::addColumn<QString>("feature");
        QTest::addColumn<QString>("ref");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<bool>("internetClient");
        QTest::addColumn<int>("intranetFlows");
        const struct
        {
            const char *feature, *ref, *from, *to;
            int flows;
        } cases[] = {
            {"pxe", "BKMK_PortsClient-DP3", "cl", "ibcm", 4},
            {"multicast", "BKMK_PortsClient-DP2", "cl", "ibcm", 2},
            {"wake-on-lan", "BKMK_PortsSite-Client", "ss", "cl", 1},
            {"wake-up-proxy", "BKMK_PortsClient-ClientWakeUp", "cl", "cl2", 3},
            {"remote-control", "BKMK_PortsConsole-Client", "console", "cl", 2},
        };
        for (const auto &c : cases)
            for (bool internet : {false, true})
                QTest::newRow(qPrintable(QStringLiteral("%1, %2 client").arg(QLatin1String(c.feature),
                                                                               internet ? "internet" : "intranet")))
                    << c.feature << c.ref << c.from << c.to << internet << c.flows;
    }

    void notOverInternet()
    {
        QFETCH(QString, feature);
        QFETCH(QString, ref);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(bool, internetClient);
        QFETCH(int, intranetFlows);
        TestDesign t = ibcmDesign(internetClient ? ZoneKind::Internet : ZoneKind::Internal, [](TestDesign &d) {
            for (const QString &dp : {QStringLiteral("ibcm"), QStringLiteral("mp")}) {
                d.hostRef(dp).options.pxe = true;
                d.hostRef(dp).options.multicast = true;
            }
            d.lastSite().wakeOnLan = true;
            d.lastSite().wakeUpProxy = true;
            d.host(QStringLiteral("cl2"), QStringLiteral("clients"), PS1, roles({"client"}));
        });
        const Analysis a = test::analyze(t.design);
        // TFTP's reply path (note 4) comes with PXE: count only the forward rows.
        int flows = 0;
        const FlowText text(t.design, Catalog::builtin());
        for (const Flow &f : a.flows)
            flows += text.ref(f) == ref && text.fromId(f) == from && text.toId(f) == to && !f.has(FlowReplyPath);
        QCOMPARE(flows, internetClient ? 0 : intranetFlows);

        QStringList notes;
        for (const FlowNote &n : a.notes) {
            const InternetRestriction &r = Catalog::builtin().internetRestrictions()[size_t(n.restriction)];
            if (r.feature == feature) {
                QCOMPARE(Catalog::builtin().connections()[size_t(n.connection)].ref, ref);
                notes << text.noteText(n);
            }
        }
        if (!internetClient) {
            QVERIFY2(notes.isEmpty(), qPrintable(notes.join(QLatin1Char('\n'))));
            return;
        }
        QVERIFY2(!notes.isEmpty(), qPrintable(feature));
        for (const QString &n : notes) {
            QVERIFY2(n.contains(ref) && n.contains(SourcePath), qPrintable(n));
            QVERIFY2(n.contains(QStringLiteral("over the internet")) || n.contains(QStringLiteral("internet-based")),
                     qPrintable(n));
        }
    }

    void noServerOrConsoleStartsConnectionsToInternetClients()
    {
        // No client push, Wake on LAN or remote control: nothing reaches an
        // internet-based client; it starts every connection itself.
        TestDesign t = ibcmDesign(ZoneKind::Internet, [](TestDesign &d) { d.lastSite().wakeOnLan = true; });
        const Analysis a = test::analyze(t.design);
        const FlowText text(t.design, Catalog::builtin());
        for (const Flow &f : a.flows)
            QVERIFY2(text.toId(f) != QLatin1String("cl"), qPrintable(text.justification(f)));
        QVERIFY(test::countFlows(t.design, a, QStringLiteral("cl"), QStringLiteral("ibcm")) > 0);
    }

    // Rule 8: no roaming. An internet-based client whose own site has no
    // internet-facing system does not fall back to its parent's.
    void ownSiteOnly_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("ref");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("ownSiteHasOne");
        QTest::newRow("MP, parent only") << "management_point" << "BKMK_PortsClient-MP"
                                         << "client-without-management-point" << false;
        QTest::newRow("MP, own site too") << "management_point" << "BKMK_PortsClient-MP"
                                          << "client-without-management-point" << true;
        QTest::newRow("DP, parent only") << "distribution_point" << "BKMK_PortsClient-DP"
                                         << "client-without-distribution-point" << false;
        QTest::newRow("DP, own site too") << "distribution_point" << "BKMK_PortsClient-DP"
                                          << "client-without-distribution-point" << true;
    }

    void ownSiteOnly()
    {
        QFETCH(QString, role);
        QFETCH(QString, ref);
        QFETCH(QString, code);
        QFETCH(bool, ownSiteHasOne);
        // CAS CS1 with an internet-facing system; primary PS1 below it, whose
        // clients are on the internet.
        TestDesign t;
        t.site(QStringLiteral("CS1"), SiteType::Cas).site(PS1, SiteType::Primary, QStringLiteral("CS1"));
        t.zone(QStringLiteral("dc")).zone(QStringLiteral("dmz"), ZoneKind::Perimeter).zone(QStringLiteral("web"), ZoneKind::Internet);
        t.host(QStringLiteral("ss-cas"), QStringLiteral("dc"), QStringLiteral("CS1"), roles({"site_server", "site_database"}));
        t.host(QStringLiteral("ss-ps1"), QStringLiteral("dc"), PS1, roles({"site_server", "site_database"}));
        t.host(QStringLiteral("parent-sys"), QStringLiteral("dmz"), QStringLiteral("CS1"), QStringList{role},
               [](Host &h) { h.options.clientConnections = ClientConnections::Internet; });
        if (ownSiteHasOne)
            t.host(QStringLiteral("own-sys"), QStringLiteral("dmz"), PS1, QStringList{role},
                   [](Host &h) { h.options.clientConnections = ClientConnections::Both; });
        t.host(QStringLiteral("cl"), QStringLiteral("web"), PS1, roles({"client"}));
        const Analysis a = test::analyze(t.design);
        QCOMPARE(test::countFlows(t.design, a, QStringLiteral("cl"), QStringLiteral("parent-sys"), ref), 0);
        QCOMPARE(test::countFlows(t.design, a, QStringLiteral("cl"), QStringLiteral("own-sys"), ref) > 0, ownSiteHasOne);
        const Finding *f = finding(a, code);
        QCOMPARE(f != nullptr, !ownSiteHasOne);
        if (f) {
            QVERIFY2(f->message.contains(QStringLiteral("CS1")), qPrintable(f->message));
            QVERIFY2(f->source.contains(SourcePath), qPrintable(f->source));
            QCOMPARE(f->hosts, QStringList{QStringLiteral("cl")});
        }
        // An intranet client of the same site still falls back to the parent (rule 1).
        t.design.zones[2].kind = ZoneKind::Internal;
        t.hostRef(QStringLiteral("parent-sys")).options.clientConnections = ClientConnections::Both;
        const Analysis intranet = test::analyze(t.design);
        QCOMPARE(test::countFlows(t.design, intranet, QStringLiteral("cl"), QStringLiteral("parent-sys"), ref) > 0,
                 !ownSiteHasOne);
    }

    void ownSiteOnlyWithBoundaryGroups()
    {
        // A boundary group naming another site's internet-facing DP does not
        // take an internet-based client there either.
        TestDesign t;
        t.site(QStringLiteral("CS1"), SiteType::Cas).site(PS1, SiteType::Primary, QStringLiteral("CS1"));
        t.zone(QStringLiteral("dc")).zone(QStringLiteral("web"), ZoneKind::Internet);
        t.host(QStringLiteral("ss-cas"), QStringLiteral("dc"), QStringLiteral("CS1"), roles({"site_server", "site_database"}));
        t.host(QStringLiteral("ss-ps1"), QStringLiteral("dc"), PS1, roles({"site_server", "site_database"}));
        t.host(QStringLiteral("dp-cas"), QStringLiteral("dc"), QStringLiteral("CS1"), roles({"distribution_point"}),
               [](Host &h) { h.options.clientConnections = ClientConnections::Internet; });
        t.host(QStringLiteral("dp-ps1"), QStringLiteral("dc"), PS1, roles({"distribution_point"}),
               [](Host &h) { h.options.clientConnections = ClientConnections::Internet; });
        t.host(QStringLiteral("cl"), QStringLiteral("web"), PS1, roles({"client"}));
        BoundaryGroup g;
        g.id = QStringLiteral("bg-web");
        g.zones = QStringList{QStringLiteral("web")};
        g.systems = QStringList{QStringLiteral("dp-cas"), QStringLiteral("dp-ps1")};
        t.design.boundaryGroups.push_back(g);
        const Analysis a = test::analyze(t.design);
        QCOMPARE(test::countFlows(t.design, a, QStringLiteral("cl"), QStringLiteral("dp-cas")), 0);
        QVERIFY(test::countFlows(t.design, a, QStringLiteral("cl"), QStringLiteral("dp-ps1")) > 0);
    }

    void secondarySiteAcceptsNoInternetClients_data()
    {
        QTest::addColumn<int>("siteType");
        QTest::addColumn<QString>("connections");
        QTest::addColumn<bool>("error");
        QTest::newRow("secondary, intranet") << int(SiteType::Secondary) << "intranet" << false;
        QTest::newRow("secondary, internet") << int(SiteType::Secondary) << "internet" << true;
        QTest::newRow("secondary, both") << int(SiteType::Secondary) << "both" << true;
        QTest::newRow("primary, internet") << int(SiteType::Primary) << "internet" << false;
        QTest::newRow("primary, both") << int(SiteType::Primary) << "both" << false;
    }

    void secondarySiteAcceptsNoInternetClients()
    {
        QFETCH(int, siteType);
        QFETCH(QString, connections);
        QFETCH(bool, error);
        TestDesign t = TestDesign::primaryWithServer();
        t.site(QStringLiteral("SS1"), SiteType::Secondary, PS1);
        t.zone(QStringLiteral("dmz"), ZoneKind::Perimeter);
        t.host(QStringLiteral("ss2"), QStringLiteral("dc"), QStringLiteral("SS1"), roles({"site_server", "site_database"}));
        const QString site = SiteType(siteType) == SiteType::Secondary ? QStringLiteral("SS1") : PS1;
        t.host(QStringLiteral("mp"), QStringLiteral("dmz"), site, roles({"management_point"}),
               [&](Host &h) { h.options.clientConnections = *clientConnectionsFromName(connections); });
        const Analysis a = test::analyze(t.design);
        const Finding *f = finding(a, QStringLiteral("secondary-site-internet-system"));
        QCOMPARE(f != nullptr, error);
        if (f) {
            QCOMPARE(f->severity, Severity::Error);
            QCOMPARE(f->hosts, QStringList{QStringLiteral("mp")});
            QVERIFY2(f->source.contains(SourcePath), qPrintable(f->source));
        }
    }

    void pxeOrMulticastOnInternetOnlyDp_data()
    {
        QTest::addColumn<QString>("connections");
        QTest::addColumn<bool>("pxe");
        QTest::addColumn<bool>("multicast");
        QTest::addColumn<QStringList>("expected");
        const QString pxeCode = QStringLiteral("internet-only-dp-pxe");
        const QString mcCode = QStringLiteral("internet-only-dp-multicast");
        QTest::newRow("internet only, PXE") << "internet" << true << false << QStringList{pxeCode};
        QTest::newRow("internet only, multicast") << "internet" << false << true << QStringList{mcCode};
        QTest::newRow("internet only, both") << "internet" << true << true << QStringList{pxeCode, mcCode};
        QTest::newRow("internet only, neither") << "internet" << false << false << QStringList{};
        QTest::newRow("both, PXE: intranet clients can use it") << "both" << true << true << QStringList{};
        QTest::newRow("intranet, PXE") << "intranet" << true << true << QStringList{};
    }

    void pxeOrMulticastOnInternetOnlyDp()
    {
        QFETCH(QString, connections);
        QFETCH(bool, pxe);
        QFETCH(bool, multicast);
        QFETCH(QStringList, expected);
        TestDesign t = TestDesign::primaryWithServer();
        t.zone(QStringLiteral("dmz"), ZoneKind::Perimeter);
        t.host(QStringLiteral("dp"), QStringLiteral("dmz"), PS1, roles({"distribution_point"}), [&](Host &h) {
            h.options.clientConnections = *clientConnectionsFromName(connections);
            h.options.pxe = pxe;
            h.options.multicast = multicast;
        });
        const Analysis a = test::analyze(t.design);
        QStringList got;
        for (const QString &code : findingCodes(a))
            if (code.startsWith(QLatin1String("internet-only-dp-")))
                got << code;
        QCOMPARE(got, expected);
        for (const QString &code : got) {
            QCOMPARE(finding(a, code)->severity, Severity::Warning);
            QVERIFY(finding(a, code)->source.contains(SourcePath));
        }
    }

    // Openings to internet-facing MPs, DPs and FSPs carry the verbs and
    // headers an SSL-bridging proxy must pass.
    void sslBridging_data()
    {
        QTest::addColumn<int>("clientZone");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("port");
        QTest::addColumn<QStringList>("expected");
        const QStringList mp{QStringLiteral("HEAD, CCM_POST, BITS_POST, GET, PROPFIND"),
                             QStringLiteral("Range, CCMClientID, CCMClientIDSignature, CCMClientTimestamp, "
                                            "CCMClientTimestampsSignature")};
        const QStringList dp{QStringLiteral("HEAD, GET, PROPFIND"), QStringLiteral("header Range")};
        QTest::newRow("internet client, HTTPS to MP+DP") << int(ZoneKind::Internet) << "ibcm" << "443" << (mp + dp);
        QTest::newRow("internet client, HTTP to MP+DP+FSP") << int(ZoneKind::Internet) << "ibcm" << "80"
                                                            << (mp + dp + QStringList{QStringLiteral("verb POST")});
        QTest::newRow("internet client, notification") << int(ZoneKind::Internet) << "ibcm" << "10123" << QStringList{};
        QTest::newRow("intranet client") << int(ZoneKind::Internal) << "ibcm" << "443" << QStringList{};
    }

    void sslBridging()
    {
        QFETCH(int, clientZone);
        QFETCH(QString, to);
        QFETCH(QString, port);
        QFETCH(QStringList, expected);
        const TestDesign t = ibcmDesign(ZoneKind(clientZone));
        const Analysis a = test::analyze(t.design);
        const FlowText text(t.design, Catalog::builtin());
        const Opening *opening = nullptr;
        for (const Opening &o : a.openings)
            if (o.portText == port && o.protocol == Protocol::Tcp && t.design.zones[size_t(o.toZone)].id == QLatin1String("dmz")
                && t.design.zones[size_t(o.fromZone)].id == QLatin1String("clients"))
                opening = &o;
        QVERIFY(opening);
        const QString bridging = text.bridging(*opening, a.flows).join(QLatin1Char('\n'));
        for (const QString &e : expected)
            QVERIFY2(bridging.contains(e), qPrintable(e + QStringLiteral(" not in: ") + bridging));
        QCOMPARE(bridging.isEmpty(), expected.isEmpty());
        if (!expected.isEmpty())
            QVERIFY(bridging.contains(SourcePath));

        // The change request carries it on the line, in its own column...
        const ChangeRequest request = ChangeRequestBuilder::build(t.design, Catalog::builtin(), a);
        const RequestLine *line = nullptr;
        for (const RequestLine &l : request.lines)
            if (l.port == port && l.source.zoneId == QLatin1String("clients") && l.destination.zoneId == QLatin1String("dmz"))
                line = &l;
        QVERIFY(line);
        QCOMPARE(line->bridging.join(QLatin1Char('\n')), bridging);
        const int column = int(requesttable::lineHeaders().indexOf(QStringLiteral("ssl bridging")));
        QVERIFY(column >= 0);
        QCOMPARE(requesttable::lineRow(request, *line).at(column), bridging);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        ExportProgress progress;
        QVERIFY(CsvWriter().write({request, t.design, Catalog::builtin(), a}, buffer, progress, nullptr));
        const QString csv = QString::fromUtf8(buffer.data());
        QVERIFY(csv.section(QLatin1Char('\n'), 0, 0).contains(QStringLiteral("ssl bridging")));

        // ...and the review lists it among the recommendations.
        const ReviewSheet sheet(t.design, Catalog::builtin(), a);
        const ReviewItem &item = sheet.items()[size_t(sheet.indexOf(text.openingKey(*opening)))];
        QCOMPARE(item.bridging.join(QLatin1Char('\n')), bridging);
    }

    void incrementalUpdateKeepsNotes()
    {
        // Moving a client onto the internet is a placement edit: the engine's
        // partial recompute must give the same flows and notes as a full one.
        TestDesign before = ibcmDesign(ZoneKind::Internal, [](TestDesign &d) {
            d.hostRef(QStringLiteral("ibcm")).options.pxe = true;
            d.zone(QStringLiteral("web"), ZoneKind::Internet);
        });
        Design after = before.design;
        after.host(QStringLiteral("cl"))->zone = QStringLiteral("web");
        const RulesEngine engine(Catalog::builtin());
        Analysis a = engine.analyze(before.design);
        QVERIFY(a.notes.empty());
        a = engine.update(std::move(a), before.design, after, {QStringLiteral("cl")});
        const Analysis full = engine.analyze(after);
        QCOMPARE(test::flowLines(after, a), test::flowLines(after, full));
        QCOMPARE(a.notes.size(), full.notes.size());
        QVERIFY(!a.notes.empty());
    }
};

QTEST_GUILESS_MAIN(TestInternetClients)
#include "tst_internet_clients.moc"
