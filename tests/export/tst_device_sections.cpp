// Rule 10 in the change request: one section per firewall device with the
// zone names that device uses, every format showing whose line is whose,
// one device's request (export --firewall) and a per-device diff. Read on
// the bundled example with five firewalls (branch-firewalls.portplan); a
// design without firewalls keeps its one implicit section.
#include "model/catalog/Catalog.h"
#include "model/engine/RulesEngine.h"
#include "model/export/ChangeRequestBuilder.h"
#include "model/export/OpeningDelta.h"
#include "model/export/RequestTable.h"
#include "model/file/DesignFile.h"
#include "tests/export/ExportTools.h"
#include "tests/support/TestPaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace pp;

namespace {

Design load(const QString &example)
{
    LoadResult loaded = DesignFile::load(test::examplePath(example), Catalog::builtin());
    return loaded.ok() ? *loaded.design : Design();
}

/// The device a line's key names ("fw-dc:inside>dmz/TCP/443" -> "fw-dc").
QString keyDevice(const QString &key)
{
    const int colon = int(key.indexOf(QLatin1Char(':')));
    const int arrow = int(key.indexOf(QLatin1Char('>')));
    return colon >= 0 && colon < arrow ? key.left(colon) : QString();
}

test::ToolRun cli(const QStringList &args)
{
    return test::runTool(test::cliPath(), args, 180000);
}

} // namespace

class TestDeviceSections : public QObject
{
    Q_OBJECT

private:
    Design m_design;
    Analysis m_analysis;
    ChangeRequest m_request;

private slots:
    void initTestCase()
    {
        m_design = load(QStringLiteral("branch-firewalls.portplan"));
        QVERIFY(m_design.firewalls.size() >= 4);
        m_analysis = RulesEngine(Catalog::builtin()).analyze(m_design);
        QCOMPARE(m_analysis.errorCount(), 0);
        m_request = ChangeRequestBuilder::build(m_design, Catalog::builtin(), m_analysis);
        QVERIFY(!m_request.lines.empty());
    }

    void aSectionPerDeviceInTheDesignsOrder()
    {
        QStringList devices;
        int next = 0;
        for (const RequestSection &s : m_request.sections) {
            QVERIFY2(!s.device.isEmpty(), qPrintable(s.name)); // every crossing has a path here
            const Firewall *fw = m_design.firewall(s.device);
            QVERIFY(fw);
            QCOMPARE(s.name, fw->name);
            QCOMPARE(s.platform, platformName(fw->platform));
            QCOMPARE(s.firstLine, next);
            QVERIFY(s.lineCount > 0);
            next += s.lineCount;
            devices << s.device;
        }
        QCOMPARE(next, int(m_request.lines.size()));
        QStringList inDesignOrder;
        for (const Firewall &fw : m_design.firewalls)
            if (devices.contains(fw.id))
                inDesignOrder << fw.id;
        QCOMPARE(devices, inDesignOrder);
        QCOMPARE(devices.size(), int(m_design.firewalls.size())); // every device carries something here
    }

    void linesAndRulesBelongToTheirDevice()
    {
        for (const RequestSection &s : m_request.sections) {
            for (const RequestLine &line : m_request.linesOf(s)) {
                QCOMPARE(keyDevice(line.key), s.device);
                const Firewall &fw = *m_design.firewall(s.device);
                // The device's own names for the zones it joins.
                for (const RequestSide *side : {&line.source, &line.destination}) {
                    const int i = fw.interfaceIn(side->zoneId);
                    QVERIFY2(i >= 0, qPrintable(line.key));
                    QCOMPARE(side->interfaceName, fw.interfaces[size_t(i)].ruleName());
                    QVERIFY(side->label().startsWith(side->interfaceName));
                }
                QCOMPARE(m_request.rules[size_t(line.rule)].section, line.section);
                QCOMPARE(m_request.rules[size_t(line.rule)].fromZone, line.source.interfaceName);
            }
            for (const FirewallRule &r : m_request.rulesOf(s))
                QCOMPARE(m_request.sections[size_t(r.section)].device, s.device);
        }
    }

    void aFlowThroughSeveralDevicesHasALineOnEach()
    {
        // A Kaohsiung branch client reaching a datacenter server passes its
        // branch firewall and the datacenter core.
        QHash<QString, QSet<QString>> devicesOf; // "from>to/port" -> devices
        for (const RequestLine &line : m_request.lines)
            for (const RequestFlow &f : line.flows)
                if (m_request.host(f.from).zoneId == QLatin1String("br-khh")
                    && m_request.host(f.to).zoneId == QLatin1String("dc"))
                    devicesOf[m_request.host(f.from).id + QLatin1Char('>') + m_request.host(f.to).id
                              + QLatin1Char('/') + line.portLabel()]
                        .insert(m_request.sections[size_t(line.section)].device);
        QVERIFY(!devicesOf.isEmpty());
        for (auto it = devicesOf.cbegin(); it != devicesOf.cend(); ++it)
            QCOMPARE(*it, (QSet<QString>{QStringLiteral("fw-khh"), QStringLiteral("fw-dc")}));
    }

    void everyFormatSaysWhoseLineItIs_data()
    {
        QTest::addColumn<QString>("format");
        for (const char *f : {"csv", "html", "nft", "ps1"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }

    void everyFormatSaysWhoseLineItIs()
    {
        QFETCH(QString, format);
        QString error;
        const QString text = QString::fromUtf8(test::exportBytes(format, m_request, m_design, m_analysis, &error));
        QVERIFY2(!text.isEmpty(), qPrintable(error));
        if (format == QLatin1String("csv")) {
            // The firewall column and the device's zone names, line by line.
            const QStringList headers = requesttable::lineHeaders();
            for (const RequestLine &line : m_request.lines) {
                const QStringList row = requesttable::lineRow(m_request, line);
                QCOMPARE(row[int(headers.indexOf(QStringLiteral("firewall")))], keyDevice(line.key));
                QCOMPARE(row[int(headers.indexOf(QStringLiteral("source zone")))], line.source.label());
            }
            QVERIFY(text.contains(QStringLiteral(",fw-tch,")));
            return;
        }
        for (const Firewall &fw : m_design.firewalls) {
            if (format == QLatin1String("html"))
                QVERIFY2(text.contains(QStringLiteral("Firewall %1 (%2)").arg(fw.name.toHtmlEscaped(), fw.id)),
                         qPrintable(fw.id));
            else if (format == QLatin1String("nft"))
                QVERIFY2(text.contains(QStringLiteral("# firewall %1 (%2)").arg(fw.name, fw.id)), qPrintable(fw.id));
        }
        if (format == QLatin1String("ps1")) {
            // A host's own firewall gets each rule once, however many devices
            // the flow passes on its way.
            const QRegularExpression name(QStringLiteral("Set-Rule -Name '([^']+)'"));
            QStringList names;
            for (auto it = name.globalMatch(text); it.hasNext();)
                names << it.next().captured(1);
            QVERIFY(!names.isEmpty());
            QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), names.size());
            QVERIFY(text.contains(QStringLiteral("# through firewall ")));
        }
    }

    void oneDevicesRequest()
    {
        ChangeRequestOptions options;
        options.firewall = QStringLiteral("fw-khh");
        const ChangeRequest one = ChangeRequestBuilder::build(m_design, Catalog::builtin(), m_analysis, options);
        QCOMPARE(int(one.sections.size()), 1);
        QCOMPARE(one.sections.front().device, QStringLiteral("fw-khh"));
        QStringList keys, expected;
        for (const RequestLine &line : one.lines)
            keys << line.key;
        for (const RequestSection &s : m_request.sections)
            if (s.device == QLatin1String("fw-khh"))
                for (const RequestLine &line : m_request.linesOf(s))
                    expected << line.key;
        QCOMPARE(keys, expected);
        // Groups only of its lines: nothing of the other devices leaks in.
        for (const ObjectGroup &g : one.objectGroups)
            QVERIFY2(g.zoneId == QLatin1String("br-khh") || g.zoneId == QLatin1String("wan"), qPrintable(g.zoneId));
    }

    void aDesignWithoutFirewallsKeepsOneImplicitSection()
    {
        const Design d = load(QStringLiteral("standalone-dmz.portplan"));
        QVERIFY(d.firewalls.empty());
        const Analysis a = RulesEngine(Catalog::builtin()).analyze(d);
        const ChangeRequest r = ChangeRequestBuilder::build(d, Catalog::builtin(), a);
        QCOMPARE(int(r.sections.size()), 1);
        QCOMPARE(r.sections.front().device, QString());
        QCOMPARE(r.sections.front().name, QStringLiteral("Zone boundaries"));
        QCOMPARE(r.sections.front().lineCount, int(r.lines.size()));
        for (const RequestLine &line : r.lines) {
            QVERIFY(line.source.interfaceName.isEmpty() && line.destination.interfaceName.isEmpty());
            QCOMPARE(line.source.label(), line.source.zoneName);
            QCOMPARE(r.rules[size_t(line.rule)].fromZone, line.source.zoneId);
        }
        QString error;
        const QString nft = QString::fromUtf8(test::exportBytes(QStringLiteral("nft"), r, d, a, &error));
        QVERIFY(!nft.contains(QStringLiteral("# firewall ")));
        const QString ps1 = QString::fromUtf8(test::exportBytes(QStringLiteral("ps1"), r, d, a, &error));
        QVERIFY(!ps1.contains(QStringLiteral("through firewall")));
    }

    void theSameCrossingOnTwoDevicesIsTwoChanges()
    {
        // A new Kaohsiung client: the branch firewall and the datacenter
        // core both pass more sources for the same ports.
        Design after = m_design;
        Host pc = *std::find_if(after.hosts.begin(), after.hosts.end(),
                                [](const Host &h) { return h.zone == QLatin1String("br-khh") && h.roles.contains(QStringLiteral("client")); });
        pc.id += QStringLiteral("-new");
        pc.name += QStringLiteral(" (new)");
        pc.addresses.clear();
        after.hosts.push_back(pc);
        const Analysis now = RulesEngine(Catalog::builtin()).analyze(after);
        const OpeningDelta delta = OpeningDelta::compare(m_design, m_analysis, after, now, Catalog::builtin());
        QSet<QString> devices;
        QHash<QString, QSet<QString>> devicesOfCrossing; // "ports" -> devices
        for (const OpeningChange &c : delta.changes) {
            if (c.kind == DeltaKind::Changed)
                QVERIFY2(c.sourcesAdded.contains(pc.id) || c.destinationsAdded.contains(pc.id), qPrintable(c.key));
            devices.insert(keyDevice(c.key));
            devicesOfCrossing[c.key.section(QLatin1Char('/'), 1)].insert(keyDevice(c.key));
        }
        QVERIFY(devices.contains(QStringLiteral("fw-khh")));
        QVERIFY(devices.contains(QStringLiteral("fw-dc")));
        QVERIFY(std::any_of(devicesOfCrossing.cbegin(), devicesOfCrossing.cend(),
                            [](const QSet<QString> &d) { return d.size() >= 2; }));
        const ChangeRequest request = ChangeRequestBuilder::build(delta, m_design, m_analysis, after, now, Catalog::builtin());
        QCOMPARE(int(request.lines.size()), int(delta.changes.size()));
        for (const RequestLine &line : request.lines)
            QCOMPARE(request.sections[size_t(line.section)].device, keyDevice(line.key));
    }

    void cliWritesOneDevice()
    {
        if (test::cliPath().isEmpty())
            QSKIP("PORTPLANNER_CLI is not set (run through ctest)");
        const QString design = test::examplePath(QStringLiteral("branch-firewalls.portplan"));
        // The Linux branch firewall reads nftables: its format by default.
        const test::ToolRun tch = cli({QStringLiteral("export"), design, QStringLiteral("--firewall"), QStringLiteral("fw-tch")});
        QCOMPARE(tch.exitCode, 0);
        const QString nft = QString::fromUtf8(tch.out);
        QVERIFY2(nft.contains(QStringLiteral("chain forward")), tch.err.constData());
        QVERIFY(nft.contains(QStringLiteral("fw-tch:")));
        QVERIFY(!nft.contains(QStringLiteral("fw-dc:")));
        // --format wins over the platform.
        const test::ToolRun csv = cli({QStringLiteral("export"), design, QStringLiteral("--firewall"), QStringLiteral("fw-dc"),
                                       QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(csv.out.contains(",fw-dc,"));
        QVERIFY(!csv.out.contains(",fw-khh,"));
        // An unknown device names itself and the valid ones.
        const test::ToolRun bad = cli({QStringLiteral("export"), design, QStringLiteral("--firewall"), QStringLiteral("fw-nope")});
        QCOMPARE(bad.exitCode, 64);
        const QString err = QString::fromUtf8(bad.err);
        QVERIFY2(err.contains(QStringLiteral("fw-nope")) && err.contains(QStringLiteral("fw-inet"))
                     && err.contains(QStringLiteral("fw-tch")),
                 qPrintable(err));
        QVERIFY(bad.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDeviceSections)
#include "tst_device_sections.moc"
