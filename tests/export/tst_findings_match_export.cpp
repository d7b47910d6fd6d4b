// Validate and export run the same checks: every host a change request has
// to describe by its zone's subnets (or cannot scope at all) is named by a
// validation finding too, so Validate never says "0 warnings" before an
// export warns.
#include "tests/support/TestDesign.h"
#include "tests/support/TestPaths.h"

#include "model/catalog/Catalog.h"
#include "model/engine/RulesEngine.h"
#include "model/export/ChangeRequest.h"
#include "model/export/ChangeRequestBuilder.h"
#include "model/file/DesignFile.h"

#include <QSet>
#include <QTest>

using namespace pp;

namespace {

bool anywhere(const QStringList &subnets)
{
    return !subnets.isEmpty()
        && std::all_of(subnets.begin(), subnets.end(), [](const QString &s) { return s.endsWith(QLatin1String("/0")); });
}

/// Hosts the request warns about: no address of their own, and the zone's
/// subnets (not "anywhere") or nothing stands in.
QSet<QString> warnedHosts(const ChangeRequest &request)
{
    QSet<QString> out;
    for (const RequestLine &line : request.lines)
        for (const RequestSide *side : {&line.source, &line.destination})
            if (side->group >= 0)
                for (int index : request.objectGroups[size_t(side->group)].hosts) {
                    const RequestHost &h = request.host(index);
                    if (h.addresses.isEmpty() || (h.zoneSubnets && !anywhere(h.addresses)))
                        out.insert(h.id);
                }
    return out;
}

QSet<QString> hostsNamedBy(const Analysis &a, const QStringList &codes)
{
    QSet<QString> out;
    for (const Finding &f : a.findings)
        if (codes.contains(f.code))
            for (const QString &h : f.hosts)
                out.insert(h);
    return out;
}

} // namespace

class TestFindingsMatchExport : public QObject
{
    Q_OBJECT

private slots:
    void hostWithoutAddressIsAValidationWarning()
    {
        test::TestDesign t = test::TestDesign::primaryWithServer();
        t.zone(QStringLiteral("lan"), ZoneKind::Internal, {QStringLiteral("10.1.0.0/16")});
        t.host(QStringLiteral("cl"), QStringLiteral("lan"), QStringLiteral("PS1"), {QStringLiteral("client")});
        t.host(QStringLiteral("mp"), QStringLiteral("dc"), QStringLiteral("PS1"), {QStringLiteral("management_point")},
               [](Host &h) { h.addresses = {QStringLiteral("10.0.0.5")}; });
        const Analysis a = test::analyze(t.design);
        const QSet<QString> named = hostsNamedBy(a, {QStringLiteral("zone-subnets-stand-in")});
        QVERIFY2(named.contains(QStringLiteral("cl")), "the client without an address is not a finding");
        QVERIFY(!named.contains(QStringLiteral("mp")));
    }

    void exportWarnsOnlyAboutWhatValidationReports_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("stand-alone with DMZ") << "standalone-dmz.portplan";
        QTest::newRow("CAS with branches") << "cas-branches.portplan";
        QTest::newRow("every connection") << "every-connection.portplan";
    }

    void exportWarnsOnlyAboutWhatValidationReports()
    {
        QFETCH(QString, file);
        const LoadResult loaded = DesignFile::load(test::examplePath(file), Catalog::builtin());
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorText()));
        const Design &d = *loaded.design;
        const Analysis a = RulesEngine(Catalog::builtin()).analyze(d);
        const ChangeRequest request = ChangeRequestBuilder::build(d, Catalog::builtin(), a);
        const QSet<QString> warned = warnedHosts(request);
        const QSet<QString> found = hostsNamedBy(a, {QStringLiteral("no-address"), QStringLiteral("zone-subnets-stand-in")});
        QStringList missing;
        for (const QString &h : warned)
            if (!found.contains(h))
                missing << h;
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("the export warns about hosts validation does not name: ")
                                               + missing.join(QStringLiteral(", "))));
        // And the other way round: validation names no host the export is fine with.
        for (const QString &h : found)
            QVERIFY2(warned.contains(h), qPrintable(h));
    }
};

QTEST_GUILESS_MAIN(TestFindingsMatchExport)
#include "tst_findings_match_export.moc"
