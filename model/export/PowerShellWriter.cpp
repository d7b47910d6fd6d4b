#include "model/export/PowerShellWriter.h"

#include "model/export/ChangeRequest.h"
#include "model/export/ExportProgress.h"
#include "model/export/ExportText.h"
#include "model/export/RequestTable.h"
#include "model/export/TextSink.h"

#include <QHostAddress>
#include <QSet>

#include <map>
#include <unordered_map>
#include <unordered_set>

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
    return std::any_of(h.roles.begin(), h.roles.end(), [](const QString &r) { return !nonWindowsRoles().contains(r); });
}

QString comment(const QString &text)
{
    return QStringLiteral("# ") + singleLine(text) + QLatin1Char('\n');
}

/// A single-quoted literal, streamed: most values need only the quotes.
void quoted(TextSink &out, const QString &value)
{
    if (exporttext::psPlain(value))
        out << '\'' << value << '\'';
    else
        out << psQuote(value);
}

/// @('a', 'b'), streamed: address lists run to thousands of entries.
void array(TextSink &out, const QStringList &values)
{
    out << "@(";
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out << ", ";
        quoted(out, values[i]);
    }
    out << ')';
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

/// One rule to set (or remove) on one host: a line and the hosts that
/// connect to it over that line.
struct HostRule
{
    int line = -1;
    std::vector<int> sources; ///< request hosts
};

struct HostBlock
{
    int host = -1;
    QString zone;
    QString nameId;           ///< the host's id as rule names use it, made once
    std::vector<HostRule> rules;
};

/// Rules live on the responding host: each destination host's rules,
/// scoped to the sources that really connect to it.
struct Plan
{
    std::vector<HostBlock> blocks;
    QStringList skipped;      ///< names of hosts without a Windows firewall
};

bool plan(const ExportInput &input, ExportProgress &progress, Plan &out)
{
    const ChangeRequest &request = input.request;
    std::map<int, size_t> blockIndex;
    QSet<int> skipped;
    for (int i = 0; i < input.linesToWrite(); ++i) {
        const RequestLine &line = request.lines[size_t(i)];
        // The sources of each destination, in the order of the flows.
        std::unordered_map<int, std::vector<int>> sourcesOf;
        std::unordered_set<quint64> seen;
        for (const RequestFlow &f : line.flows)
            if (seen.insert(quint64(quint32(f.to)) << 32 | quint32(f.from)).second)
                sourcesOf[f.to].push_back(f.from);
        for (int dest : request.group(line.destination).hosts) {
            // Rule 10: a flow through several devices is a line on each; the
            // host's own firewall takes the one that reaches its zone.
            if (request.host(dest).zoneId != line.destination.zoneId)
                continue;
            if (!isWindowsHost(request.host(dest))) {
                if (!skipped.contains(dest)) {
                    skipped.insert(dest);
                    out.skipped << request.host(dest).name;
                }
                continue;
            }
            auto [it, added] = blockIndex.try_emplace(dest, out.blocks.size());
            if (added)
                out.blocks.push_back({dest, line.destination.zoneName,
                                      exporttext::identifier(request.host(dest).id, 20), {}});
            out.blocks[it->second].rules.push_back({i, std::move(sourcesOf[dest])});
        }
        if (!progress.advance())
            return false;
    }
    return true;
}

/// Per line, made once however many hosts carry it: its key as rule names
/// use it and its description as a quoted literal.
struct LineTexts
{
    QString nameKey;
    QString description;
};

QString ruleName(const HostBlock &block, const QString &hostId, const LineTexts &texts, const QString &key,
                 const QString &suffix)
{
    return QStringLiteral("PortPlanner-%1-%2-%3%4")
        .arg(block.nameId, texts.nameKey, exporttext::shortHash(hostId + QLatin1Char('\n') + key, 8), suffix);
}

QString lineDescription(const ChangeRequest &request, const RequestLine &line)
{
    QStringList what;
    std::unordered_set<int> kinds;
    for (const RequestFlow &f : line.flows)
        if (kinds.insert(f.kind).second && !what.contains(request.kind(f).description))
            what << request.kind(f).description;
    return singleLine(QStringLiteral("%1 %2 [%3] %4")
                          .arg(line.id, line.key, line.refs.join(QStringLiteral(", ")), what.join(QStringLiteral("; "))),
                      900);
}

struct Variant
{
    QString protocol, suffix, icmpType;
    QStringList remote;
};

/// TCP and UDP take one rule; ICMP one per address family: echo request is
/// type 8 in ICMPv4, 128 in ICMPv6.
std::vector<Variant> variants(const RequestLine &line, const QStringList &remote)
{
    if (line.protocol != Protocol::Icmp)
        return {{protocolName(line.protocol), QString(), QString(), remote}};
    QStringList v4, v6;
    for (const QString &a : remote)
        (isIpv6(a) ? v6 : v4) << a;
    std::vector<Variant> out;
    if (!v4.isEmpty() || remote.isEmpty())
        out.push_back({QStringLiteral("ICMPv4"), QStringLiteral("-v4"), QStringLiteral("8"), v4});
    if (!v6.isEmpty() || remote.isEmpty())
        out.push_back({QStringLiteral("ICMPv6"), QStringLiteral("-v6"), QStringLiteral("128"), v6});
    return out;
}

/// The remote side of one rule: its sources' names (the first `shown`, and
/// how many), their addresses (each once) and the names of those without one.
struct Remote
{
    static constexpr int shown = 20;
    QStringList firstNames;
    qsizetype names = 0;
    QStringList addresses;
    QStringList unscoped;

    QString namesText() const
    {
        const QString first = firstNames.join(QStringLiteral(", "));
        return names <= shown ? first : first + QStringLiteral(" and %1 more").arg(names - shown);
    }
};

Remote remoteOf(const ChangeRequest &request, const HostRule &r)
{
    Remote out;
    QSet<QString> seen;
    seen.reserve(qsizetype(r.sources.size()));
    for (int s : r.sources) {
        const RequestHost &src = request.host(s);
        if (out.names++ < Remote::shown)
            out.firstNames << src.name;
        if (src.addresses.isEmpty())
            out.unscoped << src.name;
        for (const QString &a : src.addresses)
            if (!seen.contains(a)) {
                seen.insert(a);
                out.addresses << a;
            }
    }
    return out;
}

/// The comments above one rule: what it opens, through which device, the
/// bridging remarks and the sources it cannot scope.
void ruleComments(TextSink &out, const ChangeRequest &request, const RequestLine &line, const Remote &remote)
{
    out << "    " << comment(QStringLiteral("%1 %2 %3 from %4 [%5]")
                                 .arg(line.id, requestActionName(line.action), line.portLabel(), remote.namesText(),
                                      line.refs.join(QStringLiteral(", "))));
    if (const RequestSection &section = request.sections[size_t(line.section)]; !section.device.isEmpty())
        out << "    " << comment(QStringLiteral("through firewall %1 (%2), from its %3 side")
                                     .arg(section.name, section.device, line.source.ruleZone()));
    for (const QString &b : line.bridging)
        out << "    " << comment(b);
    for (const QString &name : remote.unscoped)
        out << "    " << comment(QStringLiteral("WARNING: %1 has no address: it is left out of this rule").arg(name));
}

/// The Set-Rule (or Remove-Rule) calls of one rule on one host.
void ruleCalls(TextSink &out, const ChangeRequest &request, const HostBlock &block, const HostRule &r,
               QStringList &keep, std::vector<LineTexts> &lineTexts)
{
    const RequestLine &line = request.lines[size_t(r.line)];
    const RequestHost &host = request.host(block.host);
    LineTexts &texts = lineTexts[size_t(r.line)];
    if (texts.nameKey.isEmpty())
        texts.nameKey = exporttext::identifier(line.key, 40);
    const Remote remote = remoteOf(request, r);
    ruleComments(out, request, line, remote);
    if (line.protocol == Protocol::Icmp && line.port != QLatin1String("echo-request")) {
        out << "    " << comment(QStringLiteral("skipped: ICMP %1 has no rule template here").arg(line.port));
        return;
    }
    for (const Variant &v : variants(line, remote.addresses)) {
        const QString name = ruleName(block, host.id, texts, line.key, v.suffix);
        if (line.action == RequestAction::Remove) {
            out << "    Remove-Rule -Name ";
            quoted(out, name);
            out << '\n';
            continue;
        }
        if (v.remote.isEmpty()) {
            out << "    " << comment(QStringLiteral("skipped: no source address to scope the rule to; fill "
                                                    "in the addresses and export again"));
            continue;
        }
        if (texts.description.isEmpty())
            texts.description = psQuote(lineDescription(request, line));
        const bool any = std::any_of(v.remote.begin(), v.remote.end(), isAny);
        out << "    Set-Rule -Name ";
        quoted(out, name);
        out << " -DisplayName ";
        quoted(out, QStringLiteral("PortPlanner %1 %2 from %3").arg(line.id, line.portLabel(), line.source.label()));
        out << " -Protocol ";
        quoted(out, v.protocol);
        if (line.protocol == Protocol::Icmp) {
            out << " -IcmpType ";
            quoted(out, v.icmpType);
        } else {
            out << " -LocalPort ";
            quoted(out, line.port);
        }
        out << " -RemoteAddress ";
        array(out, any ? QStringList{QStringLiteral("Any")} : v.remote);
        out << " -Description " << texts.description << '\n';
        if (!request.delta)
            keep << name;
    }
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

void header(TextSink &out, const ChangeRequest &request, const QStringList &skipped)
{
    out << "#Requires -Version 5.1\n#Requires -RunAsAdministrator\n#Requires -Modules NetSecurity\n";
    out << comment(QStringLiteral("PortPlanner: Windows Defender Firewall rules for the design %1").arg(request.designName));
    if (request.delta)
        out << comment(QStringLiteral("Changes only: rules to add, modify and remove since the previous version."));
    out << comment(requesttable::metadataLine(request));
    out << "#\n"
           "# Run it as administrator on each host below: it applies the inbound rules of\n"
           "# the computer it runs on. -HostName picks another entry (a host group, for\n"
           "# instance); -Remove takes this script's rules away again. Running it twice\n"
           "# changes nothing: each rule is removed by its name and added again";
    out << (request.delta ? ".\n" : ", and rules\n# of the group below that this script no longer lists are removed.\n");
    if (!skipped.isEmpty())
        out << comment(QStringLiteral("Not configured here (no Windows Defender Firewall to manage): %1")
                           .arg(skipped.join(QStringLiteral(", "))));
    out << "\n[CmdletBinding()]\nparam(\n    [string]$HostName = $env:COMPUTERNAME,\n    [switch]$Remove\n)\n\n"
           "$ErrorActionPreference = 'Stop'\n";
    out << "$Group = ";
    quoted(out, QStringLiteral("PortPlanner: ") + request.designName);
    out << '\n';
    out << "$script:Matched = $false\n\n";
    out << helpers;
}

} // namespace

bool PowerShellWriter::write(const ExportInput &input, QIODevice &device, ExportProgress &progress, QString *error) const
{
    const ChangeRequest &request = input.request;
    progress.addTotal(input.linesToWrite());
    Plan p;
    if (!plan(input, progress, p))
        return cancelled(error);
    progress.addTotal(qint64(p.blocks.size()));

    TextSink out(device);
    header(out, request, p.skipped);
    std::vector<LineTexts> lineTexts(request.lines.size());
    for (const HostBlock &block : p.blocks) {
        const RequestHost &h = request.host(block.host);
        out << '\n'
            << comment(QStringLiteral("---- %1 (%2) in zone %3%4")
                           .arg(h.name, h.id, block.zone,
                                h.count > 1 ? QStringLiteral(", a group of %1 machines: run it on each with -HostName").arg(h.count)
                                            : QString()));
        QStringList names{h.name};
        if (h.id != h.name)
            names << h.id;
        out << "if (Test-Target -Names ";
        array(out, names);
        out << ") {\n    $script:Matched = $true\n";
        QStringList keep;
        for (const HostRule &r : block.rules)
            ruleCalls(out, request, block, r, keep, lineTexts);
        if (!request.delta) {
            out << "    Remove-Stale -Keep ";
            array(out, keep);
            out << '\n';
        }
        out << "}\n";
        if (!progress.advance())
            return cancelled(error);
    }
    out << "\nif (-not $script:Matched) {\n"
           "    Write-Warning ('This script has no rules for host {0}.' -f $HostName)\n}\n";
    return finish(out, progress, error);
}

} // namespace pp
