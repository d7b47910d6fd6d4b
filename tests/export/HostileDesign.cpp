#include "tests/export/HostileDesign.h"

#include "model/catalog/Catalog.h"
#include "model/file/DesignFile.h"
#include "tests/support/TestDesign.h"

namespace pp::test {

QString hostileScript()
{
    return QStringLiteral("<script>alert(1)</script>");
}

Design hostileDesign()
{
    const QString script = hostileScript();
    const QString shell = QStringLiteral("$(Remove-Item -Recurse C:\\) `whoami` ; rm -rf / #");
    const QString quotes = QStringLiteral("' \" \u2018x\u2019 ''");

    TestDesign t = TestDesign::primaryWithServer();
    Design &d = t.design;
    d.name = QStringLiteral("'; Remove-Item -Recurse C:\\ ; ' ") + script;
    d.changeRequest.ticket = QStringLiteral("=1+1");
    d.changeRequest.requester = QStringLiteral("@SUM(A1)");
    d.changeRequest.owner = QStringLiteral("-2+3");
    d.changeRequest.window = QStringLiteral("\tnightly");
    d.changeRequest.requestedDate = QStringLiteral("<b>2026-11-25</b>");

    Zone &dc = d.zones[0];
    dc.id = QStringLiteral("dc';$(calc)");
    // The loader refuses control characters in names; U+2028 (a line
    // separator to some parsers) is what is left to try.
    dc.name = QStringLiteral("Datacenter ") + shell + QStringLiteral("\u2028New-NetFirewallRule -Name pwned");
    dc.subnets = {QStringLiteral("10.0.0.0/24")};
    Host &ss = t.hostRef(QStringLiteral("ss"));
    ss.zone = dc.id;
    ss.name = QStringLiteral("=HYPERLINK(\"http://evil.example/\",\"click\")");
    ss.addresses = {QStringLiteral("10.0.0.10")};
    ss.id = QStringLiteral("ss\"`$x");

    t.zone(QStringLiteral("dmz\"<i>"), ZoneKind::Perimeter, {QStringLiteral("172.16.0.0/24")});
    d.zones.back().name = QStringLiteral("DMZ ") + script + quotes;
    t.host(QStringLiteral("mp$(calc)"), d.zones.back().id, QStringLiteral("PS1"),
           {QStringLiteral("management_point"), QStringLiteral("distribution_point")}, [&](Host &h) {
               h.name = QStringLiteral("MP ") + script + QStringLiteral("\u2029Remove-Item C:\\ ") + quotes;
               h.addresses = {QStringLiteral("172.16.0.20")};
           });
    t.zone(QStringLiteral("lan;drop"), ZoneKind::Internal, {QStringLiteral("10.20.0.0/16")});
    d.zones.back().name = QStringLiteral("+LAN ") + shell;
    t.host(QStringLiteral("@cl"), d.zones.back().id, QStringLiteral("PS1"), {QStringLiteral("client")}, [](Host &h) {
        h.name = QStringLiteral("+cmd|' /C calc'!A0");
        h.count = 50;
    });
    const QVector<LoadError> errors = checkDesign(d, Catalog::builtin());
    if (!errors.isEmpty())
        qFatal("the hostile design does not check: %s", qPrintable(errors.front().toString()));
    return d;
}

} // namespace pp::test
