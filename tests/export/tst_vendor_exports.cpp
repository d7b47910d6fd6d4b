// Change requests in each firewall's own language (issue 14), checked with
// the real tool where one exists here (iptables-restore in a private
// network namespace, Capirca's aclgen, a JSON Schema) and with a grammar of
// the lines each writer emits where none does (FortiOS, PAN-OS set, ASA,
// Junos set). Every opening of every device is in its file; nothing wipes
// existing configuration; hostile names stay inside their fields; what had
// to be shortened is said.
#include "model/catalog/Catalog.h"
#include "model/export/CapircaLayout.h"
#include "model/export/CapircaWriter.h"
#include "model/export/ChangeRequestBuilder.h"
#include "model/export/ExportProgress.h"
#include "model/export/VendorObjects.h"
#include "model/export/VendorWriter.h"
#include "model/file/DesignFile.h"
#include "render/ExportFormats.h"
#include "tests/export/ExportSubject.h"
#include "tests/export/ExportTools.h"
#include "tests/export/HostileDesign.h"
#include "tests/export/VendorGrammar.h"
#include "tests/export/VendorTools.h"
#include "tests/support/TestDesign.h"
#include "tests/support/TestPaths.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace pp;

namespace {

using Subject = test::ExportSubject;

Subject analyzed(Design design)
{
    Subject s{std::move(design), {}, {}};
    s.analysis = test::analyze(s.design);
    s.request = ChangeRequestBuilder::build(s.design, Catalog::builtin(), s.analysis);
    return s;
}

Subject example(const QString &file)
{
    LoadResult loaded = DesignFile::load(test::examplePath(file), Catalog::builtin());
    if (!loaded.ok())
        qFatal("cannot load %s: %s", qPrintable(file), qPrintable(loaded.errorText()));
    return analyzed(std::move(*loaded.design));
}

/// The hostile design with a firewall whose zone names (as the device
/// knows them) are hostile too.
Subject hostile()
{
    test::TestDesign t;
    t.design = test::hostileDesign();
    QStringList zones;
    for (const Zone &z : t.design.zones)
        zones << z.id;
    const QStringList names{QStringLiteral("in\"side $(reboot) `id`"), QStringLiteral("d'mz\\\" ; rm -rf /"),
                            QStringLiteral("台北 lan\u2028set security policies all")};
    t.firewall(QStringLiteral("fw\"x"), zones, names.mid(0, zones.size()), FirewallPlatform::PaloAlto);
    return analyzed(t.design);
}

struct Output
{
    QString text;
    QStringList warnings;
    QString error;
};

Output write(const QString &format, const Subject &s, const QString &device)
{
    Output o;
    auto writer = exportformats::writer(format);
    auto *vendor = dynamic_cast<VendorWriter *>(writer.get());
    if (!vendor) {
        o.error = QStringLiteral("%1 is not a vendor format").arg(format);
        return o;
    }
    vendor->setDevice(device);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    ExportProgress progress;
    const ExportInput input{s.request, s.design, Catalog::builtin(), s.analysis};
    if (!vendor->write(input, buffer, progress, &o.error))
        return o;
    o.text = QString::fromUtf8(bytes);
    o.warnings = vendor->warnings();
    return o;
}

QString saved(const QTemporaryDir &dir, const QString &name, const QString &text)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(f.fileName()));
    f.write(text.toUtf8());
    return f.fileName();
}

bool containsPort(const QString &text, const QString &port)
{
    return text.contains(QRegularExpression(QStringLiteral("(?<![0-9])%1(?![0-9])").arg(QRegularExpression::escape(port))));
}

/// Whether the ports Capirca compiled (iptables --dport(s), PAN-OS
/// <port>, SRX destination-port) cover `range`: Capirca merges adjacent
/// ports (67 and 68 become 67:68), so ranges are read, not matched as text.
bool portsCovered(const QString &compiled, PortRange range)
{
    static const QRegularExpression lists(QStringLiteral(R"((?:--dports? |<port>|destination-port )([0-9,:\-]+))"));
    std::vector<PortRange> seen;
    for (auto it = lists.globalMatch(compiled); it.hasNext();)
        for (const QString &part : it.next().captured(1).split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (const auto r = PortRange::parse(QString(part).replace(QLatin1Char(':'), QLatin1Char('-'))))
                seen.push_back(*r);
    for (quint32 port = range.first; port <= range.last; ++port) {
        const bool covered = std::any_of(seen.begin(), seen.end(), [port](PortRange r) { return r.contains(quint16(port)); });
        if (!covered)
            return false;
    }
    return true;
}

/// How a format writes one port (or ICMP echo).
QString portForm(const QString &format, const RequestLine &line)
{
    if (line.protocol == Protocol::Icmp) {
        static const QHash<QString, QString> icmp{
            {QStringLiteral("paloalto"), QStringLiteral("[ ping ]")}, {QStringLiteral("fortigate"), QStringLiteral("set protocol ICMP")},
            {QStringLiteral("cisco-asa"), QStringLiteral("icmp echo")}, {QStringLiteral("juniper-srx"), QStringLiteral("icmp-type 8")},
            {QStringLiteral("iptables"), QStringLiteral("echo-request")}, {QStringLiteral("azure-nsg"), QStringLiteral("\"Icmp\"")}};
        return icmp.value(format);
    }
    const PortRange r = line.range;
    if (format == QLatin1String("cisco-asa"))
        return r.isSingle() ? QStringLiteral("%1 destination eq %2").arg(protocolName(line.protocol).toLower()).arg(r.first)
                            : QStringLiteral("%1 destination range %2 %3")
                                  .arg(protocolName(line.protocol).toLower())
                                  .arg(r.first)
                                  .arg(r.last);
    if (format == QLatin1String("iptables"))
        return r.isSingle() ? QString::number(r.first) : QStringLiteral("%1:%2").arg(r.first).arg(r.last);
    return line.port;
}

/// Rules a device must carry: additions whose sides have an address.
std::vector<const FirewallRule *> expectedRules(const Subject &s, const RequestSection &section)
{
    std::vector<const FirewallRule *> out;
    for (const FirewallRule &rule : s.request.rulesOf(section))
        if (rule.action != RequestAction::Remove && !s.request.objectGroups[size_t(rule.sourceGroup)].addresses.isEmpty()
            && !s.request.objectGroups[size_t(rule.destinationGroup)].addresses.isEmpty())
            out.push_back(&rule);
    return out;
}

/// The (protocol, from, to) triples of an aws-sg template.
QSet<QString> awsPorts(const QString &text)
{
    QSet<QString> out;
    const QJsonObject resources = QJsonDocument::fromJson(text.toUtf8()).object().value(QStringLiteral("Resources")).toObject();
    for (const QJsonValue &r : resources) {
        const QJsonObject p = r.toObject().value(QStringLiteral("Properties")).toObject();
        out << QStringLiteral("%1/%2-%3")
                   .arg(p.value(QStringLiteral("IpProtocol")).toString())
                   .arg(p.value(QStringLiteral("FromPort")).toInt())
                   .arg(p.value(QStringLiteral("ToPort")).toInt());
    }
    return out;
}

/// Every line of every expected rule of the section, in the output.
QStringList missingOpenings(const QString &format, const QString &text, const Subject &s, const RequestSection &section)
{
    QStringList missing;
    const QSet<QString> aws = format == QLatin1String("aws-sg") ? awsPorts(text) : QSet<QString>();
    for (const FirewallRule *rule : expectedRules(s, section)) {
        if (format != QLatin1String("aws-sg") && !text.contains(QStringLiteral("PP_") + rule->id))
            missing << QStringLiteral("rule PP_%1").arg(rule->id);
        for (const RequestLine &line : s.request.linesOf(section)) {
            if (!rule->lines.contains(line.id))
                continue;
            bool found = false;
            if (format == QLatin1String("aws-sg"))
                found = aws.contains(line.protocol == Protocol::Icmp
                                         ? QStringLiteral("icmp/8--1")
                                         : QStringLiteral("%1/%2-%3").arg(protocolName(line.protocol).toLower()).arg(line.range.first).arg(line.range.last));
            else if (line.protocol == Protocol::Icmp || format == QLatin1String("cisco-asa"))
                found = text.contains(portForm(format, line));
            else
                found = containsPort(text, portForm(format, line));
            if (!found)
                missing << QStringLiteral("%1 %2 (%3)").arg(section.device, line.portLabel(), line.id);
        }
    }
    return missing;
}

/// The check a format's output must pass: its grammar, or the real tool.
/// Returns problems; sets *skip when the tool is missing.
QStringList check(const QString &format, const QString &path, const QString &text, QString *skip, QString *loaded)
{
    if (format == QLatin1String("paloalto"))
        return test::VendorGrammar::panOsSet(text);
    if (format == QLatin1String("fortigate"))
        return test::VendorGrammar::fortiOs(text);
    if (format == QLatin1String("cisco-asa"))
        return test::VendorGrammar::ciscoAsa(text);
    if (format == QLatin1String("juniper-srx"))
        return test::VendorGrammar::junosSet(text);
    test::ToolResult r;
    if (format == QLatin1String("iptables"))
        r = test::iptablesLoad(path);
    else
        r = test::jsonSchema(format + QStringLiteral(".schema.json"), path);
    *skip = r.skip;
    *loaded = r.output;
    return r.error.isEmpty() ? QStringList() : QStringList{r.error};
}

/// Priorities unique within each network security group (Azure).
QStringList priorityClashes(const QString &text)
{
    QStringList clashes;
    QSet<QString> seen;
    const QJsonArray resources = QJsonDocument::fromJson(text.toUtf8()).object().value(QStringLiteral("resources")).toArray();
    for (const QJsonValue &r : resources) {
        const QString name = r.toObject().value(QStringLiteral("name")).toString();
        const QString nsg = name.section(QStringLiteral("parameters('"), 1).section(QLatin1Char('\''), 0, 0);
        const QString key = nsg + QLatin1Char('/')
            + QString::number(r.toObject().value(QStringLiteral("properties")).toObject().value(QStringLiteral("priority")).toInt());
        if (seen.contains(key))
            clashes << key;
        seen << key;
    }
    return clashes;
}

const QStringList vendorFormats{QStringLiteral("paloalto"),  QStringLiteral("fortigate"), QStringLiteral("cisco-asa"),
                                QStringLiteral("juniper-srx"), QStringLiteral("iptables"), QStringLiteral("azure-nsg"),
                                QStringLiteral("aws-sg")};

/// Commands that would remove or replace what a device has.
const QRegularExpression wiping(QStringLiteral(R"(clear configure|^\s*no |replace:|^delete |^purge|^unset |^-F|^-X|^-D |^:(INPUT|FORWARD|OUTPUT) (DROP|ACCEPT)|"securityRules")"),
                                QRegularExpression::MultilineOption);

} // namespace

class TestVendorExports : public QObject
{
    Q_OBJECT

private:
    void checkDesign(const Subject &s, const QString &format)
    {
        QVERIFY(!s.request.sections.empty());
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        int rules = 0;
        for (const RequestSection &section : s.request.sections) {
            const Output o = write(format, s, section.device);
            QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
            const QString path = saved(dir, deviceFileStem(section) + QStringLiteral(".out"), o.text);
            QString skip, loaded;
            const QStringList problems = check(format, path, o.text, &skip, &loaded);
            if (!skip.isEmpty())
                QSKIP(qPrintable(skip));
            QVERIFY2(problems.isEmpty(), qPrintable(section.device + QStringLiteral(": ") + problems.join(QLatin1Char('\n'))
                                                    + QStringLiteral("\n") + o.text.left(3000)));
            QVERIFY2(!o.text.contains(wiping), qPrintable(wiping.match(o.text).captured()));
            // iptables: what the kernel holds after loading, not only the file.
            const QString shown = format == QLatin1String("iptables") ? loaded : o.text;
            const QStringList missing = missingOpenings(format, shown, s, section);
            QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", ")) + QStringLiteral("\n") + shown.left(3000)));
            if (format == QLatin1String("azure-nsg"))
                QVERIFY2(priorityClashes(o.text).isEmpty(), qPrintable(priorityClashes(o.text).join(QLatin1Char(' '))));
            rules += int(expectedRules(s, section).size());
        }
        QVERIFY(rules > 0);
    }

private slots:
    void branchFirewalls_data()
    {
        QTest::addColumn<QString>("format");
        for (const QString &f : vendorFormats)
            QTest::newRow(qPrintable(f)) << f;
    }

    void branchFirewalls()
    {
        QFETCH(QString, format);
        const Subject s = example(QStringLiteral("branch-firewalls.portplan"));
        // Five devices of four vendors: a section each.
        QCOMPARE(int(s.request.sections.size()), 5);
        checkDesign(s, format);
    }

    void withoutFirewalls_data() { branchFirewalls_data(); }

    void withoutFirewalls()
    {
        QFETCH(QString, format);
        const Subject s = example(QStringLiteral("standalone-dmz.portplan"));
        QCOMPARE(int(s.request.sections.size()), 1);
        QVERIFY(s.request.sections.front().device.isEmpty());
        checkDesign(s, format);
    }

    void hostileNames_data() { branchFirewalls_data(); }

    void hostileNames()
    {
        QFETCH(QString, format);
        const Subject s = hostile();
        checkDesign(s, format);
        const Output o = write(format, s, QString());
        // The device's zone names had to change (and the characters of
        // AWS descriptions): said, not silent. Azure rules name no zone.
        if (format != QLatin1String("azure-nsg"))
            QVERIFY2(!o.warnings.isEmpty(), qPrintable(format));
        // Outside comment lines (where the warnings quote the names as they
        // were, on one line), the hostile interface name appears nowhere.
        QString commands = o.text;
        commands.remove(QRegularExpression(QStringLiteral("^[!#][^\n]*\n"), QRegularExpression::MultilineOption));
        QVERIFY(!o.text.contains(QStringLiteral("\u2028")));
        QVERIFY2(!commands.contains(QStringLiteral("$(reboot)")), qPrintable(format));
    }

    void shortenedNamesAreSaid()
    {
        test::TestDesign t = test::TestDesign::primaryWithServer();
        t.design.zones.front().subnets = {QStringLiteral("10.1.0.0/24")};
        t.host(QStringLiteral("mp"), QStringLiteral("dc"), QStringLiteral("PS1"),
               {QStringLiteral("management_point"), QStringLiteral("distribution_point")},
               [](Host &h) { h.addresses = {QStringLiteral("10.1.0.20")}; });
        t.zone(QStringLiteral("br"), ZoneKind::Branch, {QStringLiteral("10.9.0.0/16")});
        t.host(QStringLiteral("cl"), QStringLiteral("br"), QStringLiteral("PS1"), {QStringLiteral("client")});
        const QString longName = QStringLiteral("a_very_long_interface_zone_name_of_the_branch_office");
        t.firewall(QStringLiteral("fw"), {QStringLiteral("dc"), QStringLiteral("br")}, {QStringLiteral("inside"), longName},
                   FirewallPlatform::Fortigate);
        const Subject s = analyzed(t.design);
        const Output forti = write(QStringLiteral("fortigate"), s, QString());
        QVERIFY(forti.error.isEmpty());
        QVERIFY2(forti.warnings.join(QLatin1Char('\n')).contains(longName.left(35)), qPrintable(forti.warnings.join(QLatin1Char('\n'))));
        QVERIFY(!forti.text.contains(longName));
        QVERIFY(test::VendorGrammar::fortiOs(forti.text).isEmpty());
        // PAN-OS zones hold 31: the same name is cut there too, and said.
        const Output pan = write(QStringLiteral("paloalto"), s, QString());
        QVERIFY(pan.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("at most 31")));
        // Azure descriptions hold 140: the justification is cut, and said.
        const Output azure = write(QStringLiteral("azure-nsg"), s, QString());
        QVERIFY(azure.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("140")));
    }

    void renamedGroups()
    {
        Subject s = example(QStringLiteral("branch-firewalls.portplan"));
        QVERIFY(s.request.objectGroups.size() >= 2);
        const QString first = s.request.objectGroups[0].name;
        const QString second = s.request.objectGroups[1].name;
        const QString service = s.request.serviceGroups[0].name;
        Design renamed = s.design;
        renamed.changeRequest.groupNames.insert(first, QStringLiteral("Fabrikam Taipei \"core\""));
        renamed.changeRequest.groupNames.insert(second, first + QStringLiteral("_x"));
        renamed.changeRequest.groupNames.insert(service, QStringLiteral("SVC_Mine"));
        const Subject r = analyzed(renamed);
        QCOMPARE(r.request.objectGroups[0].name, QStringLiteral("Fabrikam_Taipei_core"));
        QCOMPARE(r.request.objectGroups[1].name, first + QStringLiteral("_x"));
        QCOMPARE(r.request.serviceGroups[0].name, QStringLiteral("SVC_Mine"));
        // The rename that had to change is said.
        QVERIFY2(r.request.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("Fabrikam_Taipei_core")),
                 qPrintable(r.request.warnings.join(QLatin1Char('\n'))));
        // Every vendor file uses the new names.
        const Output pan = write(QStringLiteral("paloalto"), r, QString());
        QVERIFY(pan.text.contains(QStringLiteral("SVC_Mine")));
        QVERIFY(!pan.text.contains(service + QLatin1Char(' ')));
        // A rename onto a name another group carries keeps the generated one.
        Design clash = s.design;
        clash.changeRequest.groupNames.insert(first, second);
        const Subject c = analyzed(clash);
        QCOMPARE(c.request.objectGroups[0].name, first);
        QVERIFY(c.request.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("keeps its name")));
    }

    void cliOneFilePerDevice()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString design = test::examplePath(QStringLiteral("branch-firewalls.portplan"));
        // No format, -o a folder: each device in its platform's language.
        const QString byPlatform = dir.filePath(QStringLiteral("by-platform/"));
        test::ToolRun run = test::runTool(test::cliPath(), {QStringLiteral("export"), design, QStringLiteral("-o"), byPlatform});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QStringList files = QDir(byPlatform).entryList(QDir::Files, QDir::Name);
        QCOMPARE(files, (QStringList{QStringLiteral("fw-dc.cfg"), QStringLiteral("fw-inet.set"), QStringLiteral("fw-khh.set"),
                                     QStringLiteral("fw-tch.nft"), QStringLiteral("fw-tpe.conf")}));
        QFile asa(QDir(byPlatform).filePath(QStringLiteral("fw-dc.cfg")));
        QVERIFY(asa.open(QIODevice::ReadOnly));
        QVERIFY(test::VendorGrammar::ciscoAsa(QString::fromUtf8(asa.readAll())).isEmpty());

        // One format for every device: a file each.
        const QString pan = dir.filePath(QStringLiteral("pan"));
        run = test::runTool(test::cliPath(), {QStringLiteral("export"), design, QStringLiteral("--format"),
                                              QStringLiteral("paloalto"), QStringLiteral("-o"), pan});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(QDir(pan).entryList(QDir::Files).size(), 5);

        // Several devices to standard output: refused, naming the way out.
        run = test::runTool(test::cliPath(), {QStringLiteral("export"), design, QStringLiteral("--format"),
                                              QStringLiteral("iptables")});
        QCOMPARE(run.exitCode, 64);
        QVERIFY(run.err.contains("--firewall"));

        // One device: to standard output, in its platform's format.
        run = test::runTool(test::cliPath(), {QStringLiteral("export"), design, QStringLiteral("--firewall"),
                                              QStringLiteral("fw-tpe")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(test::VendorGrammar::fortiOs(QString::fromUtf8(run.out)).isEmpty());
        QVERIFY(run.out.startsWith("config firewall address"));

        // Capirca: the folders aclgen reads, a policy per device.
        const QString cap = dir.filePath(QStringLiteral("capirca"));
        run = test::runTool(test::cliPath(), {QStringLiteral("export"), design, QStringLiteral("--format"),
                                              QStringLiteral("capirca"), QStringLiteral("-o"), cap});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(QDir(cap + QStringLiteral("/policies/pol")).entryList(QDir::Files).size(), 5);
        QVERIFY(test::VendorGrammar::capircaLayout(cap).isEmpty());

        // An unknown device is an error that lists the known ones.
        run = test::runTool(test::cliPath(), {QStringLiteral("export"), design, QStringLiteral("--firewall"),
                                              QStringLiteral("fw-x")});
        QCOMPARE(run.exitCode, 64);
        QVERIFY(run.err.contains("fw-inet"));
    }

    void cliWithoutFirewalls()
    {
        // A design without firewalls: one implicit device, to standard output.
        const QString design = test::examplePath(QStringLiteral("standalone-dmz.portplan"));
        const test::ToolRun run = test::runTool(test::cliPath(), {QStringLiteral("export"), design, QStringLiteral("--format"),
                                                                  QStringLiteral("juniper-srx")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(!run.out.isEmpty());
        QVERIFY(test::VendorGrammar::junosSet(QString::fromUtf8(run.out)).isEmpty());
    }

    void capirca_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("branch firewalls") << QStringLiteral("branch-firewalls.portplan");
        QTest::newRow("no firewalls") << QStringLiteral("standalone-dmz.portplan");
        QTest::newRow("hostile") << QString();
    }

    void capirca()
    {
        QFETCH(QString, file);
        const Subject s = file.isEmpty() ? hostile() : example(file);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const ExportInput input{s.request, s.design, Catalog::builtin(), s.analysis};
        QStringList written, warnings;
        QString error;
        QVERIFY2(CapircaLayout::write(input, dir.path(), QString(), &written, &warnings, &error), qPrintable(error));
        QVERIFY2(test::VendorGrammar::capircaLayout(dir.path()).isEmpty(),
                 qPrintable(test::VendorGrammar::capircaLayout(dir.path()).join(QLatin1Char('\n'))));
        const QString out = dir.filePath(QStringLiteral("out"));
        const test::ToolResult run = test::aclgen(dir.path(), out);
        if (!run.skip.isEmpty())
            QSKIP(qPrintable(run.skip));
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        for (const RequestSection &section : s.request.sections) {
            const auto rules = expectedRules(s, section);
            if (rules.empty())
                continue;
            const QString stem = QDir(out).filePath(deviceFileStem(section));
            for (const QString &suffix : {QString(), QStringLiteral(".xml"), QStringLiteral(".srx"), QStringLiteral(".asa")}) {
                QFile f(stem + suffix);
                QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(QStringLiteral("aclgen wrote no %1").arg(f.fileName())));
                const QString compiled = QString::fromUtf8(f.readAll());
                for (const FirewallRule *rule : rules) {
                    const ServiceGroup &services = s.request.serviceGroups[size_t(rule->serviceGroup)];
                    for (const ServicePort &p : VendorObjects::parsePorts(services.members)) {
                        const QString term = CapircaWriter::termName(*rule, p.protocol);
                        QVERIFY2(compiled.contains(term), qPrintable(QStringLiteral("%1: no %2").arg(f.fileName(), term)));
                        // ASA names well-known ports (eq tftp): ports are checked on the others.
                        if (p.isIcmp() || suffix == QLatin1String(".asa"))
                            continue;
                        QVERIFY2(portsCovered(compiled, p.range),
                                 qPrintable(QStringLiteral("%1: no port %2").arg(f.fileName(), p.text)));
                    }
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestVendorExports)
#include "tst_vendor_exports.moc"
