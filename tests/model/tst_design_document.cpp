// The open document on its own (Qt Core): every mutator changes exactly what
// it names and announces it once, with the right signal and the right kind
// of change (structural, or only these hosts) for the analysis runner.
#include "tests/support/DocumentSpy.h"
#include "tests/support/TestDesign.h"

#include "model/document/DesignDocument.h"

#include <QTest>

using namespace pp;

namespace {

Design small()
{
    test::TestDesign t;
    t.site(QStringLiteral("PS1")).zone(QStringLiteral("dc")).zone(QStringLiteral("dmz"), ZoneKind::Perimeter);
    t.host(QStringLiteral("ss"), QStringLiteral("dc"), QStringLiteral("PS1"), {QStringLiteral("site_server")});
    t.host(QStringLiteral("mp"), QStringLiteral("dc"), QStringLiteral("PS1"), {QStringLiteral("management_point")});
    t.host(QStringLiteral("dp"), QStringLiteral("dmz"), QStringLiteral("PS1"), {QStringLiteral("distribution_point")});
    return t.design;
}

QStringList hostIds(const DesignDocument &doc)
{
    QStringList ids;
    for (const Host &h : doc.design().hosts)
        ids << h.id;
    return ids;
}

Host host(const QString &id, const QString &zone)
{
    Host h;
    h.id = id;
    h.zone = zone;
    return h;
}

} // namespace

class TestDesignDocument : public QObject
{
    Q_OBJECT

private slots:
    void resetAnnouncesANewDesign()
    {
        DesignDocument doc;
        test::DocumentSpy spy(&doc);
        doc.reset(small());
        QCOMPARE(spy.take(), (QStringList {QStringLiteral("designReset"), QStringLiteral("changed(structural)")}));
        QCOMPARE(hostIds(doc), (QStringList {QStringLiteral("ss"), QStringLiteral("mp"), QStringLiteral("dp")}));
        QCOMPARE(doc.hostIndex(QStringLiteral("dp")), 2);
        QCOMPARE(doc.zoneIndex(QStringLiteral("dmz")), 1);
        QVERIFY(doc.site(QStringLiteral("PS1")));
        QVERIFY(!doc.host(QStringLiteral("nothing")));
    }

    void hostsInsertedRemovedAndReplaced()
    {
        DesignDocument doc;
        doc.reset(small());
        test::DocumentSpy spy(&doc);

        doc.insertHost(1, host(QStringLiteral("sup"), QStringLiteral("dc")));
        QCOMPARE(spy.take(), (QStringList {QStringLiteral("hostAdded(sup)"), QStringLiteral("changed(structural)")}));
        QCOMPARE(
            hostIds(doc),
            (QStringList {QStringLiteral("ss"), QStringLiteral("sup"), QStringLiteral("mp"), QStringLiteral("dp")}));
        QCOMPARE(doc.hostIndex(QStringLiteral("mp")), 2); // the index follows

        // A whole selection at once: one change notification.
        doc.removeHosts({QStringLiteral("sup"), QStringLiteral("dp"), QStringLiteral("unknown")});
        QCOMPARE(spy.take(),
                 (QStringList {QStringLiteral("hostRemoved(sup)"), QStringLiteral("hostRemoved(dp)"),
                               QStringLiteral("changed(structural)")}));
        QCOMPARE(hostIds(doc), (QStringList {QStringLiteral("ss"), QStringLiteral("mp")}));
        QCOMPARE(doc.hostIndex(QStringLiteral("dp")), -1);

        // Undoing that deletion: each at the index it will have, one notification.
        doc.insertHosts({{1, host(QStringLiteral("sup"), QStringLiteral("dc"))},
                         {3, host(QStringLiteral("dp"), QStringLiteral("dmz"))}});
        QCOMPARE(spy.take(),
                 (QStringList {QStringLiteral("hostAdded(sup)"), QStringLiteral("hostAdded(dp)"),
                               QStringLiteral("changed(structural)")}));
        QCOMPARE(
            hostIds(doc),
            (QStringList {QStringLiteral("ss"), QStringLiteral("sup"), QStringLiteral("mp"), QStringLiteral("dp")}));

        // Moving hosts is not structural: the runner updates only them.
        Host mp = *doc.host(QStringLiteral("mp"));
        mp.pos = QPointF(40, 80);
        Host dp = *doc.host(QStringLiteral("dp"));
        dp.pos = QPointF(400, 80);
        doc.replaceHosts({mp, dp});
        QCOMPARE(spy.take(),
                 (QStringList {QStringLiteral("hostChanged(mp)"), QStringLiteral("hostChanged(dp)"),
                               QStringLiteral("changed(hosts: mp, dp)")}));
        QCOMPARE(doc.host(QStringLiteral("dp"))->pos, QPointF(400, 80));

        doc.removeHost(QStringLiteral("ss"));
        QCOMPARE(spy.take(), (QStringList {QStringLiteral("hostRemoved(ss)"), QStringLiteral("changed(structural)")}));
    }

    void nothingToDoSaysNothing()
    {
        DesignDocument doc;
        doc.reset(small());
        test::DocumentSpy spy(&doc);
        doc.removeHost(QStringLiteral("unknown"));
        doc.removeHosts({QStringLiteral("unknown")});
        doc.insertHosts({});
        doc.replaceHost(host(QStringLiteral("unknown"), QStringLiteral("dc")));
        doc.removeZone(QStringLiteral("unknown"));
        doc.replaceZone(Zone());
        doc.removeSite(QStringLiteral("XYZ"));
        QCOMPARE(spy.take(), QStringList());
        QCOMPARE(hostIds(doc).size(), 3);
    }

    void zonesAndSites()
    {
        DesignDocument doc;
        doc.reset(small());
        test::DocumentSpy spy(&doc);

        Zone cloud;
        cloud.id = QStringLiteral("cloud");
        cloud.kind = ZoneKind::Cloud;
        doc.insertZone(0, cloud);
        QCOMPARE(spy.take(), (QStringList {QStringLiteral("zoneAdded(cloud)"), QStringLiteral("changed(structural)")}));
        QCOMPARE(doc.zoneIndex(QStringLiteral("dc")), 1);
        cloud.name = QStringLiteral("Azure");
        doc.replaceZone(cloud);
        QCOMPARE(spy.take(),
                 (QStringList {QStringLiteral("zoneChanged(cloud)"), QStringLiteral("changed(structural)")}));
        QCOMPARE(doc.zone(QStringLiteral("cloud"))->name, QStringLiteral("Azure"));
        doc.removeZone(QStringLiteral("cloud"));
        QCOMPARE(spy.take(),
                 (QStringList {QStringLiteral("zoneRemoved(cloud)"), QStringLiteral("changed(structural)")}));

        Site ss;
        ss.code = QStringLiteral("SS1");
        ss.type = SiteType::Secondary;
        ss.parent = QStringLiteral("PS1");
        doc.insertSite(1, ss);
        QCOMPARE(spy.take(), (QStringList {QStringLiteral("siteAdded(SS1)"), QStringLiteral("changed(structural)")}));
        ss.wakeOnLan = true;
        doc.replaceSite(QStringLiteral("SS1"), ss);
        QCOMPARE(spy.take(), (QStringList {QStringLiteral("siteChanged(SS1)"), QStringLiteral("changed(structural)")}));
        QCOMPARE(doc.site(QStringLiteral("SS1"))->wakeOnLan, std::optional<bool>(true));
        doc.removeSite(QStringLiteral("SS1"));
        QCOMPARE(spy.take(), (QStringList {QStringLiteral("siteRemoved(SS1)"), QStringLiteral("changed(structural)")}));
    }

    void wholeValues_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QStringList>("expected");
        const QString structural = QStringLiteral("changed(structural)");
        const QString metadata = QStringLiteral("changed(hosts: )"); // flows unchanged, no host either
        QTest::newRow("links") << QStringLiteral("links") << QStringList {QStringLiteral("linksChanged"), structural};
        QTest::newRow("name") << QStringLiteral("name")
                              << QStringList {QStringLiteral("propertiesChanged"), structural};
        QTest::newRow("settings") << QStringLiteral("settings")
                                  << QStringList {QStringLiteral("propertiesChanged"), structural};
        QTest::newRow("changeRequest") << QStringLiteral("changeRequest")
                                       << QStringList {QStringLiteral("propertiesChanged"), metadata};
        QTest::newRow("reviews") << QStringLiteral("reviews")
                                 << QStringList {QStringLiteral("reviewsChanged"), metadata};
        QTest::newRow("boundaryGroups") << QStringLiteral("boundaryGroups")
                                        << QStringList {QStringLiteral("boundaryGroupsChanged"), structural};
    }

    void wholeValues()
    {
        QFETCH(QString, edit);
        QFETCH(QStringList, expected);
        DesignDocument doc;
        doc.reset(small());
        test::DocumentSpy spy(&doc);
        if (edit == QLatin1String("links")) {
            Link l;
            l.id = QStringLiteral("l1");
            l.from = QStringLiteral("mp");
            l.to = QStringLiteral("dp");
            doc.setLinks({l});
            QCOMPARE(doc.design().links.size(), size_t(1));
        } else if (edit == QLatin1String("name")) {
            doc.setName(QStringLiteral("Renamed"));
            QCOMPARE(doc.design().name, QStringLiteral("Renamed"));
        } else if (edit == QLatin1String("settings")) {
            DesignSettings s;
            s.ports.set(Setting::ClientHttpsPort, PortRange::single(8443));
            doc.setSettings(s);
            QVERIFY(doc.design().settings == s);
        } else if (edit == QLatin1String("changeRequest")) {
            ChangeRequestInfo info;
            info.ticket = QStringLiteral("CHG-1");
            doc.setChangeRequest(info);
            QCOMPARE(doc.design().changeRequest.ticket, QStringLiteral("CHG-1"));
        } else if (edit == QLatin1String("reviews")) {
            ReviewDecision rd;
            rd.key = QStringLiteral("a>b/TCP/443");
            doc.setReviews({rd}, QStringLiteral("a>b/TCP/443"));
            QCOMPARE(doc.design().reviews.size(), size_t(1));
            QCOMPARE(doc.design().reviewCursor, QStringLiteral("a>b/TCP/443"));
        } else if (edit == QLatin1String("boundaryGroups")) {
            BoundaryGroup g;
            g.id = QStringLiteral("bg");
            g.zones = {QStringLiteral("dmz")};
            doc.setBoundaryGroups({g});
            QCOMPARE(doc.design().boundaryGroups.size(), size_t(1));
        }
        QCOMPARE(spy.take(), expected);
    }

    void uniqueIdsAvoidEveryKindOfId()
    {
        DesignDocument doc;
        doc.reset(small());
        QCOMPARE(doc.uniqueId(QStringLiteral("sql")), QStringLiteral("sql"));
        QCOMPARE(doc.uniqueId(QStringLiteral("mp")), QStringLiteral("mp-2")); // a host
        QCOMPARE(doc.uniqueId(QStringLiteral("dmz")), QStringLiteral("dmz-2")); // a zone
        QCOMPARE(doc.uniqueId(QStringLiteral("PS1")), QStringLiteral("PS1-2")); // a site
        QCOMPARE(doc.uniqueId(QString()), QStringLiteral("item"));
    }
};

QTEST_GUILESS_MAIN(TestDesignDocument)
#include "tst_design_document.moc"
