#include "model/export/PowerShellExport.h"

#include "model/export/ChangeRequest.h"
#include "model/export/ExportText.h"
#include "model/export/RequestTable.h"

#include <QHostAddress>
#include <QSet>

#include <map>

namespace pp {

namespace {

using exporttext::psQuote;
using exporttext::singleLine;

/// Roles whose hosts run no Windows Defender Firewall this script could
/// configure: services on the internet or in Microsoft's cloud, Macs,
/// mobile devices, and proxies (appliances as often as not).
const QSet<QString> &nonWindowsRoles()
{
    static const QSet<QString> roles{QStringLiteral("internet"),      QStringLiteral("microsoft_cloud"),
                                     QStringLiteral("intune"),        QStringLiteral("exchange_online"),
                                     QStringLiteral("mac_client"),    QStringLiteral("mobile_device"),
                                     QStringLiteral("proxy_server"),  QStringLiteral("cloud_distribution_point")};
    return roles;
}

bool isWindowsHost(const RequestHost &h)
{
    for (const QString &r : h.roles)
        if (!nonWindowsRoles().contains(r))
            return true;
    return false;
}

QString comment(const QString &text)
{
    return QStringLiteral("# ") + singleLine(text) + QLatin1Char('\n');
}

QString array(const QStringList &values)
{
    QStringList quoted;
    for (const QString &v : values)
        quoted << psQuote(v);
    return QStringLiteral("@(") + quoted.join(QStringLiteral(", ")) + QLatin1Char(')');
}

bool isAny(const QString &address)
{
    return address == QLatin1String("0.0.0.0/0") || address == QLatin1String("::/0");
}

bool isIpv6(const QString &address)
{
    return QHostAddress::parseSubnet(address.contains(QLatin1Char('/')) ? address : address + QStringLiteral("/128"))
               .first.protocol()
        == QAbstractSocket::IPv6Protocol;
}

/// One rule to set (or remove) on one host.
struct HostRule
{
    const RequestLine *line = nullptr;
    QStringList remote;       ///< addresses of the hosts that connect to it
    QStringList sources;      ///< their names
    QStringList unscoped;     ///< sources without any address
};

struct HostBlock
{
    const RequestHost *host = nullptr;
    QString zone;
    std::vector<HostRule> rules;
};

QString ruleName(const QString &hostId, const QString &key, const QString &suffix = {})
{
    return QStringLiteral("PortPlanner-%1-%2-%3%4")
        .arg(exporttext::identifier(hostId, 20), exporttext::identifier(key, 40),
             exporttext::shortHash(hostId + QLatin1Char('\n') + key, 8), suffix);
}

QString description(const RequestLine &line)
{
    QStringList what;
    for (const RequestFlow &f : line.flows)
        if (!what.contains(f.description))
            what << f.description;
    return singleLine(QStringLiteral("%1 %2 [%3] %4")
                          .arg(line.id, line.key, line.refs.join(QStringLiteral(", ")), what.join(QStringLiteral("; "))),
                      900);
}

/// The Set-Rule (or Remove-Rule) calls of one rule on one host.
QString ruleCalls(const QString &hostId, const HostRule &r, bool delta, QStringList &keep)
{
    const RequestLine &line = *r.line;
    QString out = QStringLiteral("    ") + comment(QStringLiteral("%1 %2 %3 from %4 [%5]")
                                                   .arg(line.id, requestActionName(line.action), line.portLabel(),
                                                        r.sources.join(QStringLiteral(", ")),
                                                        line.refs.join(QStringLiteral(", "))));
    for (const QString &b : line.bridging)
        out += QStringLiteral("    ") + comment(b);
    for (const QString &name : r.unscoped)
        out += QStringLiteral("    ") + comment(QStringLiteral("WARNING: %1 has no address: it is left out of this rule").arg(name));

    struct Variant
    {
        QString protocol, suffix, icmpType;
        QStringList remote;
    };
    std::vector<Variant> variants;
    if (line.protocol == Protocol::Icmp) {
        if (line.port != QLatin1String("echo-request")) {
            return out + QStringLiteral("    ") + comment(QStringLiteral("skipped: ICMP %1 has no rule template here").arg(line.port));
        }
        // ICMP is per address family: echo request is type 8 in ICMPv4, 128 in ICMPv6.
        QStringList v4, v6;
        for (const QString &a : r.remote)
            (isIpv6(a) ? v6 : v4) << a;
        if (!v4.isEmpty() || r.remote.isEmpty())
            variants.push_back({QStringLiteral("ICMPv4"), QStringLiteral("-v4"), QStringLiteral("8"), v4});
        if (!v6.isEmpty() || r.remote.isEmpty())
            variants.push_back({QStringLiteral("ICMPv6"), QStringLiteral("-v6"), QStringLiteral("128"), v6});
    } else {
        variants.push_back({protocolName(line.protocol), QString(), QString(), r.remote});
    }

    for (const Variant &v : variants) {
        const QString name = ruleName(hostId, line.key, v.suffix);
        if (line.action == RequestAction::Remove) {
            out += QStringLiteral("    Remove-Rule -Name %1\n").arg(psQuote(name));
            continue;
        }
        if (v.remote.isEmpty()) {
            out += QStringLiteral("    ") + comment(QStringLiteral("skipped: no source address to scope the rule to; fill "
                                                                   "in the addresses and export again"));
            continue;
        }
        QStringList remote = v.remote;
        if (std::any_of(remote.begin(), remote.end(), isAny))
            remote = QStringList{QStringLiteral("Any")};
        const QString display = QStringLiteral("PortPlanner %1 %2 from %3").arg(line.id, line.portLabel(), line.source.zoneName);
        out += QStringLiteral("    Set-Rule -Name %1 -DisplayName %2 -Protocol %3").arg(psQuote(name), psQuote(display), psQuote(v.protocol));
        if (line.protocol == Protocol::Icmp)
            out += QStringLiteral(" -IcmpType %1").arg(psQuote(v.icmpType));
        else
            out += QStringLiteral(" -LocalPort %1").arg(psQuote(line.port));
        out += QStringLiteral(" -RemoteAddress %1 -Description %2\n").arg(array(remote), psQuote(description(line)));
        if (!delta)
            keep << name;
    }
    return out;
}

const char *const helpers = R"(function Test-Target {
    param([string[]]$Names)
    foreach ($n in $Names) {
        if ($HostName -ieq $n -or $HostName -ieq ($n -split '\.')[0]) { return $true }
    }
    return $false
}

# Removes the rule by its name, then adds it as the script describes it.
function Set-Rule {
    param([string]$Name, [string]$DisplayName, [string]$Protocol, [string]$LocalPort, [string]$IcmpType,
          [string[]]$RemoteAddress, [string]$Description)
    Get-NetFirewallRule -Name $Name -ErrorAction SilentlyContinue | Remove-NetFirewallRule
    if ($Remove) { return }
    $rule = @{
        Name = $Name; DisplayName = $DisplayName; Group = $Group; Description = $Description
        Direction = 'Inbound'; Action = 'Allow'; Profile = 'Any'; Protocol = $Protocol
        RemoteAddress = $RemoteAddress
    }
    if ($LocalPort) { $rule.LocalPort = $LocalPort }
    if ($IcmpType) { $rule.IcmpType = $IcmpType }
    New-NetFirewallRule @rule | Out-Null
}

function Remove-Rule {
    param([string]$Name)
    Get-NetFirewallRule -Name $Name -ErrorAction SilentlyContinue | Remove-NetFirewallRule
}

# Rules of this design's group on this host that the script no longer lists.
function Remove-Stale {
    param([string[]]$Keep)
    Get-NetFirewallRule -Group $Group -ErrorAction SilentlyContinue |
        Where-Object { $Keep -notcontains $_.Name } | Remove-NetFirewallRule
}
)";

} // namespace

QByteArray changeRequestPowerShell(const ChangeRequest &request)
{
    // Rules live on the responding host: gather each destination host's
    // rules, scoped to the sources that really connect to it.
    std::vector<HostBlock> blocks;
    std::map<QString, size_t> blockIndex;
    QStringList skipped;
    for (const RequestLine &line : request.lines) {
        for (const RequestHost &dest : line.destination.hosts) {
            if (!isWindowsHost(dest)) {
                if (!skipped.contains(dest.name))
                    skipped << dest.name;
                continue;
            }
            auto it = blockIndex.find(dest.id);
            if (it == blockIndex.end()) {
                it = blockIndex.emplace(dest.id, blocks.size()).first;
                blocks.push_back({&dest, line.destination.zoneName, {}});
            }
            HostRule rule;
            rule.line = &line;
            for (const RequestFlow &f : line.flows) {
                if (f.to != dest.id)
                    continue;
                const RequestHost *src = line.source.host(f.from);
                if (!src || rule.sources.contains(src->name))
                    continue;
                rule.sources << src->name;
                if (src->addresses.isEmpty())
                    rule.unscoped << src->name;
                for (const QString &a : src->addresses)
                    if (!rule.remote.contains(a))
                        rule.remote << a;
            }
            blocks[it->second].rules.push_back(rule);
        }
    }

    QString ps;
    ps += QStringLiteral("#Requires -Version 5.1\n#Requires -RunAsAdministrator\n#Requires -Modules NetSecurity\n");
    ps += comment(QStringLiteral("PortPlanner: Windows Defender Firewall rules for the design %1").arg(request.designName));
    if (request.delta)
        ps += comment(QStringLiteral("Changes only: rules to add, modify and remove since the previous version."));
    ps += comment(requesttable::metadataLine(request));
    ps += QStringLiteral("#\n"
                         "# Run it as administrator on each host below: it applies the inbound rules of\n"
                         "# the computer it runs on. -HostName picks another entry (a host group, for\n"
                         "# instance); -Remove takes this script's rules away again. Running it twice\n"
                         "# changes nothing: each rule is removed by its name and added again");
    ps += request.delta ? QStringLiteral(".\n") : QStringLiteral(", and rules\n# of the group below that this script no longer lists are removed.\n");
    if (!skipped.isEmpty())
        ps += comment(QStringLiteral("Not configured here (no Windows Defender Firewall to manage): %1")
                          .arg(skipped.join(QStringLiteral(", "))));
    ps += QStringLiteral("\n[CmdletBinding()]\nparam(\n    [string]$HostName = $env:COMPUTERNAME,\n    [switch]$Remove\n)\n\n"
                         "$ErrorActionPreference = 'Stop'\n");
    ps += QStringLiteral("$Group = %1\n").arg(psQuote(QStringLiteral("PortPlanner: ") + request.designName));
    ps += QStringLiteral("$script:Matched = $false\n\n");
    ps += QLatin1String(helpers);

    for (const HostBlock &block : blocks) {
        const RequestHost &h = *block.host;
        ps += QLatin1Char('\n') + comment(QStringLiteral("---- %1 (%2) in zone %3%4")
                                              .arg(h.name, h.id, block.zone,
                                                   h.count > 1 ? QStringLiteral(", a group of %1 machines: run it on each with -HostName")
                                                                     .arg(h.count)
                                                               : QString()));
        QStringList names{h.name};
        if (h.id != h.name)
            names << h.id;
        ps += QStringLiteral("if (Test-Target -Names %1) {\n    $script:Matched = $true\n").arg(array(names));
        QStringList keep;
        for (const HostRule &r : block.rules)
            ps += ruleCalls(h.id, r, request.delta, keep);
        if (!request.delta)
            ps += QStringLiteral("    Remove-Stale -Keep %1\n").arg(array(keep));
        ps += QStringLiteral("}\n");
    }
    ps += QStringLiteral("\nif (-not $script:Matched) {\n"
                         "    Write-Warning ('This script has no rules for host {0}.' -f $HostName)\n}\n");
    return ps.toUtf8();
}

} // namespace pp
