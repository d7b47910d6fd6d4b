// The policy audit (issue 15): the same policy written for each platform,
// loaded into the real tool where one exists (nft and iptables-restore in a
// private network namespace, Capirca's aclgen) and read back, gives the
// same answer for every opening: allowed by the rule that allows it,
// partial with what is missing, or missing; and the rules that reach a
// ConfigMgr host wider than needed. Malformed and hostile files get an
// error naming the line or element.
#include "model/audit/AuditSubset.h"
#include "model/audit/PolicyAudit.h"
#include "model/audit/WideRulesRecord.h"
#include "model/audit/PolicyReader.h"
#include "model/audit/RuleText.h"
#include "model/catalog/Catalog.h"
#include "model/engine/FlowText.h"
#include "model/export/ChangeRequestBuilder.h"
#include "model/review/ReviewRecord.h"
#include "model/review/ReviewSheet.h"
#include "tests/export/ExportTools.h"
#include "tests/support/TestDesign.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace pp;

namespace {

// One policy, five syntaxes. A Mac client 10.0.0.10 (lan) talks to a
// distribution point 172.16.0.20 (dmz): "web" allows 80 and 443, "wsus-half"
// only 8530 of 8530-8531, UDP is dropped, SQL 1433 is open to any source and
// an admin host may use any port on the whole DMZ.
const char *const nftRuleset = R"(table inet pp {
	set web_clients {
		type ipv4_addr
		flags interval
		elements = { 10.0.0.10, 10.0.5.0/24 }
	}
	chain forward {
		type filter hook forward priority filter; policy drop;
		ct state established,related accept
		ip saddr @web_clients ip daddr 172.16.0.20 tcp dport { 80, 443 } accept comment "web"
		ip saddr 10.0.0.0/16 ip daddr 172.16.0.20 tcp dport 8530 counter accept comment "wsus-half"
		ip daddr 172.16.0.20 meta l4proto udp drop comment "no-udp"
		jump extra
	}
	chain extra {
		ip daddr 172.16.0.20 tcp dport 1433 accept comment "sql-any-source"
		ip saddr 10.0.0.99 ip daddr 172.16.0.0/24 accept comment "admin-any-port"
	}
}
)";

const char *const iptablesRules = R"(*filter
:INPUT ACCEPT [0:0]
:FORWARD DROP [0:0]
:OUTPUT ACCEPT [0:0]
:extra - [0:0]
-A FORWARD -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
-A FORWARD -s 10.0.0.10/32 -d 172.16.0.20/32 -p tcp -m multiport --dports 80,443 -m comment --comment "web" -j ACCEPT
-A FORWARD -s 10.0.0.0/16 -d 172.16.0.20/32 -p tcp -m tcp --dport 8530 -m comment --comment "wsus-half" -j ACCEPT
-A FORWARD -d 172.16.0.20/32 -p udp -m comment --comment "no-udp" -j DROP
-A FORWARD -j extra
-A extra -d 172.16.0.20/32 -p tcp -m tcp --dport 1433 -m comment --comment "sql-any-source" -j ACCEPT
-A extra -s 10.0.0.99/32 -d 172.16.0.0/24 -m comment --comment "admin-any-port" -j ACCEPT
COMMIT
)";

const char *const csvRules = "Name,Source,Destination,Protocol,Port,Action\r\n"
                             "web,10.0.0.10,172.16.0.20,tcp,80;443,allow\r\n"
                             "wsus-half,10.0.0.0/16,172.16.0.20,tcp,8530,allow\r\n"
                             "no-udp,any,172.16.0.20,udp,any,deny\r\n"
                             "sql-any-source,any,172.16.0.20,tcp,1433,accept\r\n"
                             "admin-any-port,10.0.0.99,172.16.0.0/24,any,any,permit\r\n";

const char *const capircaPolicy = R"(header {
  comment:: "PortPlanner audit test"
  target:: paloalto from-zone lan to-zone dmz
}
term web {
  source-address:: MAC
  destination-address:: DP
  protocol:: tcp
  destination-port:: WEB
  action:: accept
}
term wsus-half {
  source-address:: LAN
  destination-address:: DP
  protocol:: tcp
  destination-port:: WSUS_HALF
  action:: accept
}
term no-udp {
  destination-address:: DP
  protocol:: udp
  action:: deny
}
term sql-any-source {
  destination-address:: DP
  protocol:: tcp
  destination-port:: SQL
  action:: accept
}
term admin-any-port {
  source-address:: ADMIN
  destination-address:: DMZ
  action:: accept
}
)";

const char *const capircaNetworks = "MAC = 10.0.0.10/32\nLAN = 10.0.0.0/16  # the office\nDP = 172.16.0.20/32\n"
                                    "DMZ = 172.16.0.0/24\nADMIN = 10.0.0.99/32\n";
const char *const capircaServices = "WEB = 80/tcp\n      443/tcp\nWSUS_HALF = 8530/tcp\nSQL = 1433/tcp\n";

Link linkPorts(const std::vector<LinkPort> &ports)
{
    Link l;
    l.id = QStringLiteral("manual");
    l.kind = LinkKind::Add;
    l.from = QStringLiteral("mac");
    l.to = QStringLiteral("dp");
    l.ports = ports;
    return l;
}

Design auditDesign()
{
    test::TestDesign t;
    t.site(QStringLiteral("PS1"))
        .zone(QStringLiteral("lan"), ZoneKind::Internal, {QStringLiteral("10.0.0.0/16")})
        .zone(QStringLiteral("dmz"), ZoneKind::Perimeter, {QStringLiteral("172.16.0.0/24")})
        .host(QStringLiteral("mac"), QStringLiteral("lan"), QStringLiteral("PS1"), {QStringLiteral("mac_client")},
              [](Host &h) { h.addresses = {QStringLiteral("10.0.0.10")}; })
        .host(QStringLiteral("dp"), QStringLiteral("dmz"), QStringLiteral("PS1"), {QStringLiteral("distribution_point")},
              [](Host &h) { h.addresses = {QStringLiteral("172.16.0.20")}; })
        .link(linkPorts({{Protocol::Tcp, PortRange::single(80)},
                         {Protocol::Tcp, PortRange::single(443)},
                         {Protocol::Tcp, {8530, 8531}},
                         {Protocol::Udp, PortRange::single(69)},
                         {Protocol::Tcp, PortRange::single(1433)}}));
    return t.design;
}

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

/// Runs `script` (sh -c) inside a private network namespace; `skip` says why it could not.
test::ToolRun inNamespace(const QString &script, const QString &file, QString *skip)
{
    if (QStandardPaths::findExecutable(QStringLiteral("unshare")).isEmpty()) {
        *skip = QStringLiteral("unshare not found (Debian package util-linux)");
        return {};
    }
    const test::ToolRun probe = test::runTool(QStringLiteral("unshare"), {QStringLiteral("-rn"), QStringLiteral("true")});
    if (probe.exitCode != 0) {
        *skip = QStringLiteral("unshare -rn is not permitted here: ") + QString::fromUtf8(probe.err);
        return {};
    }
    return test::runTool(QStringLiteral("unshare"), {QStringLiteral("-rn"), QStringLiteral("sh"), QStringLiteral("-c"), script,
                                                     QStringLiteral("sh"), file});
}

} // namespace

class TestAudit : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    /// The policy of `format` as the real tool writes it back; empty with `skip` set when it cannot run.
    PolicyReadResult policyFor(const QString &format, QString *skip);

private slots:
    void everyFormatGivesTheSameAnswer_data();
    void everyFormatGivesTheSameAnswer();
    void firstMatchAndChains();
    void jumpsToOneChainAreWalkedOnce();
    void malformedFilesNameTheLine_data();
    void malformedFilesNameTheLine();
    void sniffsTheFormat();
    void splitCutsAsTheCharacterClassWould();
    void capircaIncludesAreNoted();
    void aRulesetThatFiltersNothingSaysSo();
    void notYetAllowedKeepsMissingAndPartial();
    void wideRulesTouchTheirCrossings();
};

PolicyReadResult TestAudit::policyFor(const QString &format, QString *skip)
{
    if (format == QLatin1String("nftables")) {
        const QString file = writeFile(m_dir.filePath(QStringLiteral("rules.nft")), nftRuleset);
        if (QStandardPaths::findExecutable(QStringLiteral("nft"), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")}).isEmpty()) {
            *skip = QStringLiteral("nft not found (Debian package nftables)");
            return {};
        }
        const test::ToolRun run = inNamespace(QStringLiteral("PATH=$PATH:/usr/sbin:/sbin; nft -f \"$1\" && nft -j list ruleset"), file, skip);
        if (!skip->isEmpty())
            return {};
        if (run.exitCode != 0)
            return {{}, QStringLiteral("nft refused the ruleset: ") + QString::fromUtf8(run.err)};
        return PolicyReader::parse(run.out, format);
    }
    if (format == QLatin1String("iptables")) {
        const QString file = writeFile(m_dir.filePath(QStringLiteral("rules.ipt")), iptablesRules);
        if (QStandardPaths::findExecutable(QStringLiteral("iptables-restore"), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")}).isEmpty()) {
            *skip = QStringLiteral("iptables-restore not found (Debian package iptables)");
            return {};
        }
        const test::ToolRun run = inNamespace(
            QStringLiteral("PATH=$PATH:/usr/sbin:/sbin; iptables-restore < \"$1\" && iptables-save"), file, skip);
        if (!skip->isEmpty())
            return {};
        if (run.exitCode != 0)
            return {{}, QStringLiteral("iptables-restore refused the rules: ") + QString::fromUtf8(run.err)};
        return PolicyReader::parse(run.out, format);
    }
    if (format == QLatin1String("csv"))
        return PolicyReader::parse(csvRules, format);
    const QString base = m_dir.filePath(QStringLiteral("capirca"));
    const QString pol = writeFile(base + QStringLiteral("/policies/pol/audit.pol"), capircaPolicy);
    writeFile(base + QStringLiteral("/def/NETWORK.net"), capircaNetworks);
    writeFile(base + QStringLiteral("/def/SERVICES.svc"), capircaServices);
    if (format == QLatin1String("capirca")) {
        // What the team keeps in its repository, read with its definitions.
        return PolicyReader::load(pol);
    }
    // paloalto: the XML Capirca's own generator makes of the same policy.
    if (QStandardPaths::findExecutable(QStringLiteral("aclgen")).isEmpty()) {
        *skip = QStringLiteral("aclgen not found (Debian package python3-capirca)");
        return {};
    }
    const QString out = base + QStringLiteral("/out");
    QDir().mkpath(out);
    const test::ToolRun run = test::runTool(QStringLiteral("aclgen"),
                                            {QStringLiteral("--base_directory=") + base + QStringLiteral("/policies"),
                                             QStringLiteral("--definitions_directory=") + base + QStringLiteral("/def"),
                                             QStringLiteral("--output_directory=") + out});
    const QString xml = out + QStringLiteral("/audit.xml");
    if (run.exitCode != 0 || !QFileInfo::exists(xml))
        return {{}, QStringLiteral("aclgen made no audit.xml: ") + QString::fromUtf8(run.err)};
    return PolicyReader::load(xml);
}

void TestAudit::everyFormatGivesTheSameAnswer_data()
{
    QTest::addColumn<QString>("format");
    for (const QString &f : {QStringLiteral("nftables"), QStringLiteral("iptables"), QStringLiteral("csv"),
                             QStringLiteral("capirca"), QStringLiteral("paloalto")})
        QTest::newRow(qPrintable(f)) << f;
}

void TestAudit::everyFormatGivesTheSameAnswer()
{
    QFETCH(QString, format);
    QString skip;
    const PolicyReadResult read = policyFor(format, &skip);
    if (!skip.isEmpty())
        QSKIP(qPrintable(skip));
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.policy.format, format);

    const Design design = auditDesign();
    const Catalog &catalog = *Catalog::forDesign(design.catalog);
    const Analysis analysis = test::analyze(design);
    const AuditReport report = PolicyAudit::run(design, catalog, analysis, read.policy);
    QHash<QString, const AuditItem *> byPort;
    for (const AuditItem &i : report.items) {
        const Opening &o = analysis.openings[size_t(i.opening)];
        byPort.insert(protocolName(o.protocol) + QLatin1Char('/') + o.portText, &i);
    }
    auto status = [&](const QString &port) {
        const AuditItem *i = byPort.value(port);
        return i ? auditStatusName(i->status) : QStringLiteral("no such opening");
    };
    auto rules = [&](const QString &port) { return byPort.value(port) ? byPort.value(port)->rules.join(QLatin1Char('|')) : QString(); };
    QCOMPARE(status(QStringLiteral("TCP/80")), QStringLiteral("allowed"));
    QVERIFY2(rules(QStringLiteral("TCP/80")).contains(QLatin1String("web")), qPrintable(rules(QStringLiteral("TCP/80"))));
    QCOMPARE(status(QStringLiteral("TCP/443")), QStringLiteral("allowed"));
    QCOMPARE(status(QStringLiteral("TCP/8530-8531")), QStringLiteral("partial"));
    QCOMPARE(byPort.value(QStringLiteral("TCP/8530-8531"))->missing, QStringList{QStringLiteral("mac -> dp: TCP/8531")});
    QCOMPARE(status(QStringLiteral("UDP/69")), QStringLiteral("missing"));
    QCOMPARE(status(QStringLiteral("TCP/1433")), QStringLiteral("allowed"));
    QVERIFY2(rules(QStringLiteral("TCP/1433")).contains(QLatin1String("sql-any-source")), qPrintable(rules(QStringLiteral("TCP/1433"))));

    QStringList findings;
    for (const AuditFinding &f : report.findings) {
        QCOMPARE(f.hosts, QStringList{QStringLiteral("dp")});
        findings << f.reasons.join(QLatin1Char('+'));
    }
    findings.sort();
    QCOMPARE(findings, (QStringList{QStringLiteral("any port"), QStringLiteral("any source")}));
}

void TestAudit::firstMatchAndChains()
{
    // An earlier drop wins over a later accept; a return hands the rest back;
    // a negated source excludes the host; an accept for part of a host's
    // zone subnets does not grant the host.
    const QByteArray rules = "*filter\n:FORWARD DROP [0:0]\n:sub - [0:0]\n"
                             "-A FORWARD -d 172.16.0.20/32 -p tcp --dport 443 -j DROP\n"
                             "-A FORWARD -j sub\n"
                             "-A FORWARD -d 172.16.0.20/32 -j ACCEPT\n"
                             "-A sub -p tcp --dport 8530:8531 -j RETURN\n"
                             "-A sub ! -s 10.0.0.10 -j DROP\n"
                             "COMMIT\n";
    const PolicyReadResult read = PolicyReader::parse(rules, QStringLiteral("iptables"));
    QVERIFY2(read.ok(), qPrintable(read.error));
    const Design design = auditDesign();
    const Analysis analysis = test::analyze(design);
    const AuditReport report = PolicyAudit::run(design, *Catalog::forDesign(design.catalog), analysis, read.policy);
    QHash<QString, QString> status;
    for (const AuditItem &i : report.items) {
        const Opening &o = analysis.openings[size_t(i.opening)];
        status.insert(protocolName(o.protocol) + QLatin1Char('/') + o.portText, auditStatusName(i.status));
    }
    QCOMPARE(status.value(QStringLiteral("TCP/443")), QStringLiteral("missing"));
    QCOMPARE(status.value(QStringLiteral("TCP/8530-8531")), QStringLiteral("allowed"));
    QCOMPARE(status.value(QStringLiteral("TCP/80")), QStringLiteral("allowed"));
    QCOMPARE(status.value(QStringLiteral("UDP/69")), QStringLiteral("allowed"));
}

void TestAudit::jumpsToOneChainAreWalkedOnce()
{
    // Thirty chains, each jumping twice to the next and deciding nothing:
    // walked jump by jump that is 2^29 walks per opening (an audit that never
    // ends on a policy iptables-restore takes). The rule after the jumps
    // decides.
    QByteArray rules = "*filter\n:FORWARD DROP [0:0]\n";
    const int chains = 30;
    for (int i = 0; i < chains; ++i)
        rules += ":c" + QByteArray::number(i) + " - [0:0]\n";
    rules += "-A FORWARD -j c0\n";
    for (int i = 0; i + 1 < chains; ++i)
        rules += ("-A c" + QByteArray::number(i) + " -j c" + QByteArray::number(i + 1) + "\n").repeated(2);
    rules += "-A FORWARD -d 172.16.0.20/32 -j ACCEPT\nCOMMIT\n";
    const PolicyReadResult read = PolicyReader::parse(rules, QStringLiteral("iptables"));
    QVERIFY2(read.ok(), qPrintable(read.error));
    const Design design = auditDesign();
    const Analysis analysis = test::analyze(design);
    const AuditReport report = PolicyAudit::run(design, *Catalog::forDesign(design.catalog), analysis, read.policy);
    QVERIFY(!report.items.empty());
    int toDp = 0;
    for (const AuditItem &i : report.items) {
        const Opening &o = analysis.openings[size_t(i.opening)];
        if (design.hosts[size_t(analysis.flows[size_t(o.flows.front())].to)].id != QLatin1String("dp"))
            continue;
        ++toDp;
        QCOMPARE(auditStatusName(i.status), QStringLiteral("allowed"));
    }
    QVERIFY(toDp > 0);
}

void TestAudit::malformedFilesNameTheLine_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");
    QTest::newRow("nft not json") << "nftables" << QByteArray("{\"nftables\": [\n{\"rule\": }") << "line 2: not JSON";
    QTest::newRow("nft no array") << "nftables" << QByteArray("{\"other\": 1}") << "no \"nftables\" array";
    QTest::newRow("nft unknown chain")
        << "nftables"
        << QByteArray("{\"nftables\":[{\"rule\":{\"family\":\"inet\",\"table\":\"t\",\"chain\":\"c\",\"expr\":[]}}]}")
        << "nftables[0].rule: rule of chain inet t c, which is not listed";
    QTest::newRow("nft missing set")
        << "nftables"
        << QByteArray("{\"nftables\":[{\"chain\":{\"family\":\"ip\",\"table\":\"t\",\"name\":\"c\"}},"
                      "{\"rule\":{\"family\":\"ip\",\"table\":\"t\",\"chain\":\"c\",\"expr\":[{\"match\":{\"op\":\"==\","
                      "\"left\":{\"payload\":{\"protocol\":\"ip\",\"field\":\"saddr\"}},\"right\":\"@nope\"}}]}}]}")
        << "nftables[1].rule.expr[0]: set @nope is not defined";
    QTest::newRow("nft deep nesting") << "nftables" << QByteArray(100000, '[') << "line 1: not JSON";
    QTest::newRow("ipt rule before table") << "iptables" << QByteArray("-A FORWARD -j ACCEPT\n")
                                           << "line 1: a rule before any table";
    QTest::newRow("ipt undeclared chain") << "iptables" << QByteArray("*filter\n:FORWARD DROP [0:0]\n-A NOPE -j ACCEPT\nCOMMIT\n")
                                          << "line 3: chain NOPE was not declared";
    QTest::newRow("ipt bad address") << "iptables" << QByteArray("*filter\n:FORWARD DROP [0:0]\n-A FORWARD -s 300.1.1.1 -j ACCEPT\nCOMMIT\n")
                                     << "line 3: \"300.1.1.1\" is not an address";
    QTest::newRow("ipt open quote") << "iptables"
                                    << QByteArray("*filter\n:FORWARD DROP [0:0]\n-A FORWARD -m comment --comment \"x -j ACCEPT\nCOMMIT\n")
                                    << "line 3: a quote is not closed";
    QTest::newRow("ipt no commit") << "iptables" << QByteArray("*filter\n:FORWARD DROP [0:0]\n") << "line 3: table *filter has no COMMIT";
    QTest::newRow("ipt bad port") << "iptables" << QByteArray("*filter\n:FORWARD DROP [0:0]\n-A FORWARD -p tcp --dport 70000 -j ACCEPT\nCOMMIT\n")
                                  << "line 3: \"70000\" is not a port";
    QTest::newRow("csv no action") << "csv" << QByteArray("source,destination\n1.2.3.4,5.6.7.8\n") << "line 1: no action column";
    QTest::newRow("csv bad action") << "csv" << QByteArray("source,destination,action\n1.2.3.4,5.6.7.8,maybe\n")
                                    << "line 2, action: \"maybe\"";
    QTest::newRow("csv bad address") << "csv" << QByteArray("source,destination,action\n1.2.3.4,;rm -rf,allow\n")
                                     << "line 2, destination: \"rm\"";
    QTest::newRow("pan not xml") << "paloalto" << QByteArray("<config><devices>") << "line 1, column";
    QTest::newRow("pan root") << "paloalto" << QByteArray("<html/>") << "<html> at line 1: not a PAN-OS configuration";
    QTest::newRow("pan entity bomb") << "paloalto"
                                     << QByteArray("<!DOCTYPE x [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;\">]><config>&b;</config>")
                                     << "line 1: a DOCTYPE is not allowed";
    QTest::newRow("pan deep") << "paloalto" << QByteArray("<config>") + QByteArray(5000, 'x').replace("x", "<a>") << "line 1: elements nested deeper";
    QTest::newRow("pan group loop")
        << "paloalto"
        << QByteArray("<config><address-group><entry name=\"a\"><static><member>b</member></static></entry>"
                      "<entry name=\"b\"><static><member>a</member></static></entry></address-group>"
                      "<rulebase><security><rules><entry name=\"r\"><source><member>a</member></source>"
                      "<destination><member>any</member></destination><action>allow</action></entry></rules></security></rulebase></config>")
        << "<entry name=\"";
    QTest::newRow("pan bad action")
        << "paloalto"
        << QByteArray("<config><rulebase><security><rules><entry name=\"r\"><source><member>any</member></source>"
                      "<destination><member>any</member></destination><action>maybe</action></entry></rules></security></rulebase></config>")
        << "<entry name=\"r\"> at line 1: action \"maybe\"";
    const QByteArray capircaHeader = "header {\n  target:: paloalto from lan to dmz\n}\n";
    QTest::newRow("capirca undefined") << "capirca"
                                       << capircaHeader + "term t {\n  source-address:: NOPE\n  action:: accept\n}\n"
                                       << "line 4: network NOPE is not defined";
    QTest::newRow("capirca open block") << "capirca" << capircaHeader + "term t {\n  action:: accept\n"
                                        << "line 4: term has no closing }";
    QTest::newRow("capirca term first") << "capirca" << QByteArray("term t {\n  action:: accept\n}\n") + capircaHeader
                                        << "line 1: term t comes before any header";
    QTest::newRow("capirca empty") << "capirca" << QByteArray() << "line 1: no header";
    QTest::newRow("capirca only includes") << "capirca" << QByteArray("#include 'includes/web.inc'\n")
                                           << "line 1: no header { target:: ... } outside its #include files";
    QTest::newRow("capirca comments") << "capirca" << QByteArray("# nothing yet\n\n  # still nothing\n") << "line 1: no header";
    QTest::newRow("capirca stray") << "capirca" << QByteArray("hello\n") << "line 1: expected \"header {\"";
}

void TestAudit::malformedFilesNameTheLine()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    const PolicyReadResult r = PolicyReader::parse(bytes, format);
    QVERIFY2(!r.ok(), "a malformed file was read");
    QVERIFY2(r.error.startsWith(error), qPrintable(r.error));
}

void TestAudit::capircaIncludesAreNoted()
{
    // Capirca writes includes with single quotes; the reader does not
    // follow them, and says so rather than reading them as comments.
    QByteArray policy = QByteArray("header {\n  target:: paloalto from lan to dmz\n}\n"
                                   "#include 'includes/web.inc'\n"
                                   "term rest {\n  action:: deny\n}\n");
    const PolicyReadResult r = PolicyReader::parse(policy, QStringLiteral("capirca"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY2(r.policy.notes.contains(QStringLiteral("line 4: #include is not followed")),
             qPrintable(r.policy.notes.join(QLatin1Char('|'))));
    // A comment that merely mentions an include is a comment.
    const PolicyReadResult comment = PolicyReader::parse(policy.replace("#include 'includes", "# see 'includes"),
                                                         QStringLiteral("capirca"));
    QVERIFY2(comment.ok(), qPrintable(comment.error));
    QVERIFY(comment.policy.notes.filter(QStringLiteral("#include")).isEmpty());
}

void TestAudit::aRulesetThatFiltersNothingSaysSo()
{
    // What `nft -j list ruleset` prints with no ruleset, and with only a NAT
    // table: every opening is missing, and a note says the ruleset filters
    // nothing (a wrong file, or a host filtering with iptables-legacy).
    const Design design = auditDesign();
    const Catalog &catalog = *Catalog::forDesign(design.catalog);
    const Analysis analysis = test::analyze(design);
    const QByteArray empty = R"({"nftables": [{"metainfo": {"version": "1.0.6", "json_schema_version": 1}}]})";
    const QByteArray natOnly = R"({"nftables": [{"metainfo": {"json_schema_version": 1}},
        {"table": {"family": "ip", "name": "nat", "handle": 1}},
        {"chain": {"family": "ip", "table": "nat", "name": "post", "handle": 1, "type": "nat", "hook": "postrouting",
                   "prio": 100, "policy": "accept"}}]})";
    for (const QByteArray &json : {empty, natOnly}) {
        const PolicyReadResult read = PolicyReader::parse(json, QStringLiteral("nftables"));
        QVERIFY2(read.ok(), qPrintable(read.error));
        const AuditReport report = PolicyAudit::run(design, catalog, analysis, read.policy);
        QVERIFY(!report.items.empty());
        QCOMPARE(report.count(AuditStatus::Missing), int(report.items.size()));
        QVERIFY2(report.notes.filter(QStringLiteral("no filtering chain")).size() == 1,
                 qPrintable(report.notes.join(QLatin1Char('|'))));
    }
    // A policy with a filtering chain carries no such note.
    const PolicyReadResult csv = PolicyReader::parse(csvRules, QStringLiteral("csv"));
    QVERIFY2(csv.ok(), qPrintable(csv.error));
    QVERIFY(PolicyAudit::run(design, catalog, analysis, csv.policy).notes.filter(QStringLiteral("no filtering chain")).isEmpty());
}

void TestAudit::splitCutsAsTheCharacterClassWould()
{
    // The readers' split must cut exactly where QString::split with the
    // character class it replaced did: hand-picked edges, then random
    // strings over the separators, white space and a few other characters.
    struct Case
    {
        QString separators;
        bool whiteSpace;
        Qt::SplitBehavior behavior;
        QString pattern;
    };
    const Case cases[] = {
        {QStringLiteral(",;"), true, Qt::SkipEmptyParts, QStringLiteral("[,;\\s]+")},
        {QStringLiteral(","), true, Qt::SkipEmptyParts, QStringLiteral("[\\s,]+")},
        {QStringLiteral("-:"), false, Qt::KeepEmptyParts, QStringLiteral("[-:]")},
        {QStringLiteral("/:"), false, Qt::KeepEmptyParts, QStringLiteral("[/:]")},
    };
    QStringList inputs = {QString(), QStringLiteral(" "), QStringLiteral("443"), QStringLiteral("80, 443;8530\t8531"),
                          QStringLiteral(",,a,,"), QStringLiteral("8530-8531"), QStringLiteral("8530:"), QStringLiteral(":"),
                          QStringLiteral("tcp/443"), QStringLiteral("a\r\n\v\fb"), QStringLiteral("x\u00a0y\u3000z")};
    const QString alphabet = QStringLiteral(",;-:/ \t\n\r\v\fab1\u00a0\u3000\u4e2d");
    QRandomGenerator random(19);
    for (int i = 0; i < 2000; ++i) {
        QString s;
        for (int n = int(random.bounded(12)); n > 0; --n)
            s += alphabet[int(random.bounded(alphabet.size()))];
        inputs << s;
    }
    for (const Case &c : cases) {
        const QRegularExpression re(c.pattern);
        for (const QString &in : inputs)
            QCOMPARE(ruletext::split(in, c.separators, c.whiteSpace, c.behavior), in.split(re, c.behavior));
    }
}

void TestAudit::sniffsTheFormat()
{
    // nft's own text is not its JSON: a clear word instead of a CSV error.
    const PolicyReadResult text = PolicyReader::parse(nftRuleset, QString());
    QVERIFY(!text.ok());
    QVERIFY2(text.error.contains(QLatin1String("nft -j list ruleset")), qPrintable(text.error));
    QCOMPARE(PolicyReader::sniff("{\"nftables\": []}"), QStringLiteral("nftables"));
    QCOMPARE(PolicyReader::sniff(iptablesRules), QStringLiteral("iptables"));
    QCOMPARE(PolicyReader::sniff(capircaPolicy), QStringLiteral("capirca"));
    QCOMPARE(PolicyReader::sniff("<?xml version=\"1.0\"?><config/>"), QStringLiteral("paloalto"));
    QCOMPARE(PolicyReader::sniff(csvRules), QStringLiteral("csv"));
}

void TestAudit::notYetAllowedKeepsMissingAndPartial()
{
    // The one subset the CLI's audit --request and the designer's export
    // build from: partial 8530-8531 and missing UDP 69, nothing allowed.
    const PolicyReadResult read = PolicyReader::parse(csvRules, QStringLiteral("csv"));
    QVERIFY2(read.ok(), qPrintable(read.error));
    const Design design = auditDesign();
    const Catalog &catalog = *Catalog::forDesign(design.catalog);
    const Analysis analysis = test::analyze(design);
    const AuditReport report = PolicyAudit::run(design, catalog, analysis, read.policy);
    const Analysis subset = notYetAllowed(design, catalog, analysis, report);
    QStringList ports;
    for (const Opening &o : subset.openings)
        ports << protocolName(o.protocol) + QLatin1Char('/') + o.portText;
    QCOMPARE(ports, (QStringList{QStringLiteral("TCP/8530-8531"), QStringLiteral("UDP/69")}));
    QCOMPARE(report.count(AuditStatus::Missing) + report.count(AuditStatus::Partial), int(subset.openings.size()));
    // Openings index the flows, which stay whole.
    QCOMPARE(subset.flows.size(), analysis.flows.size());
    for (const Opening &o : subset.openings)
        for (int f : o.flows)
            QCOMPARE(subset.flows[size_t(f)].range.first, o.range.first);

    // Matched by key, not position: a report of an earlier analysis (items
    // in another order, indices that point elsewhere) gives the same subset.
    AuditReport shuffled = report;
    std::reverse(shuffled.items.begin(), shuffled.items.end());
    for (AuditItem &i : shuffled.items)
        i.opening = 0;
    QCOMPARE(notYetAllowed(design, catalog, analysis, shuffled).openings.size(), subset.openings.size());
    // An opening the audit did not hold (another device's) is not asked for.
    AuditReport partial = report;
    partial.items.erase(std::remove_if(partial.items.begin(), partial.items.end(),
                                       [](const AuditItem &i) { return i.status == AuditStatus::Missing; }),
                        partial.items.end());
    QCOMPARE(notYetAllowed(design, catalog, analysis, partial).openings.size(), size_t(1));
    // Everything allowed: nothing to file.
    AuditReport allowed = report;
    for (AuditItem &i : allowed.items)
        i.status = AuditStatus::Allowed;
    QVERIFY(notYetAllowed(design, catalog, analysis, allowed).openings.empty());

    // The request built from it asks for those two and nothing else.
    const ChangeRequest request = ChangeRequestBuilder::build(design, catalog, subset);
    QVERIFY(!request.lines.empty());
    for (const RequestLine &line : request.lines)
        QVERIFY2(line.port == QLatin1String("8530-8531") || line.port == QLatin1String("69"), qPrintable(line.port));
}

void TestAudit::wideRulesTouchTheirCrossings()
{
    const PolicyReadResult read = PolicyReader::parse(csvRules, QStringLiteral("csv"));
    QVERIFY2(read.ok(), qPrintable(read.error));
    const Design design = auditDesign();
    const Catalog &catalog = *Catalog::forDesign(design.catalog);
    const Analysis analysis = test::analyze(design);
    const AuditReport report = PolicyAudit::run(design, catalog, analysis, read.policy);
    QCOMPARE(report.findings.size(), size_t(2));
    // Every crossing of the design ends at dp, which both rules reach.
    for (const Opening &o : analysis.openings)
        QCOMPARE(report.findingsTouching(design, o).size(), size_t(2));
    // A crossing between other hosts is touched by none.
    Opening elsewhere = analysis.openings.front();
    elsewhere.toHosts = elsewhere.fromHosts;
    QVERIFY(report.findingsTouching(design, elsewhere).empty());

    // The review record lists them, with the crossings they touch, escaped.
    AuditReport hostile = report;
    hostile.findings.front().rule = QStringLiteral("<script>alert(1)</script>");
    const ReviewSheet sheet(design, catalog, analysis);
    const QString section = wideRulesRecordHtml(design, analysis, sheet, hostile);
    const QString html = QString::fromUtf8(reviewRecordHtml(design, catalog, analysis, sheet, section));
    QVERIFY(html.contains(QLatin1String("Existing rules wider than the design needs")));
    QVERIFY2(html.contains(report.findings.back().rule.toHtmlEscaped()), qPrintable(report.findings.back().rule));
    QVERIFY(html.contains(QLatin1String("&lt;script&gt;")));
    QVERIFY(!html.contains(QLatin1String("<script>")));
    QVERIFY2(html.contains(sheet.items().front().key.toHtmlEscaped()), qPrintable(sheet.items().front().key));
    QVERIFY(html.indexOf(QLatin1String("Existing rules wider")) < html.indexOf(QLatin1String("</body>")));
    // Without the section the record is as before.
    QVERIFY(!QString::fromUtf8(reviewRecordHtml(design, catalog, analysis, sheet)).contains(QLatin1String("wider than")));
}

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
