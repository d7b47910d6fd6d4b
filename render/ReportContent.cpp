#include "render/ReportContent.h"

#include "model/engine/Analysis.h"
#include "model/export/ChangeRequest.h"
#include "model/export/ExportText.h"
#include "model/export/RequestTable.h"
#include "model/export/ValueText.h"

#include <algorithm>

#include <map>

namespace pp::reportcontent {

namespace {

int riskRank(const QString &level)
{
    return level == QLatin1String("high") ? 3 : level == QLatin1String("medium") ? 2 : level == QLatin1String("low") ? 1 : 0;
}

} // namespace

QString title(const ChangeRequest &request)
{
    return (request.delta ? ReportText::tr("Firewall change request (changes only): %1")
                          : ReportText::tr("Firewall change request: %1"))
        .arg(request.designName);
}

QString counts(const ChangeRequest &request)
{
    return ReportText::tr("%1 request line(s) in %2 firewall rule(s): %3 to add, %4 to modify, %5 to remove.")
        .arg(request.lines.size())
        .arg(request.rules.size())
        .arg(request.count(RequestAction::Add))
        .arg(request.count(RequestAction::Modify))
        .arg(request.count(RequestAction::Remove));
}

QString summarised(const ChangeRequest &request)
{
    int longHosts = 0, longAddresses = 0;
    for (const ObjectGroup &g : request.objectGroups) {
        longHosts += g.hostNames.size() > listedHosts;
        longAddresses += g.addresses.size() > listedHosts;
    }
    QString text = ReportText::tr("This report names at most %1 hosts or addresses per list and counts the rest "
                                  "(\"and N more\"); justifications name up to 4 host pairs per kind of flow.")
                       .arg(listedHosts);
    if (longHosts + longAddresses == 0)
        text += QLatin1Char(' ')
            + ReportText::tr("No list of this request is that long: every host and address is shown.");
    else
        text += QLatin1Char(' ')
            + ReportText::tr("Shortened here: %1 host list(s) and %2 address list(s).")
                  .arg(longHosts)
                  .arg(longAddresses);
    if (request.warnings.size() > listedWarnings)
        text += QLatin1Char(' ')
            + ReportText::tr("The first %1 of %2 warnings are listed.")
                  .arg(listedWarnings)
                  .arg(request.warnings.size());
    return text + QLatin1Char(' ')
        + ReportText::tr("The CSV and XLSX exports list every host, address, flow and warning.");
}

QString shortList(const QStringList &items)
{
    return exporttext::summarised(items, listedHosts);
}

QString hostsText(const ObjectGroup &group)
{
    return group.hostNames.size() > listedHosts ? shortList(group.hostNames) : group.hostsText;
}

QString addressesText(const ObjectGroup &group)
{
    if (group.addresses.isEmpty())
        return ReportText::tr("no address");
    return group.addresses.size() > listedHosts ? shortList(group.addresses) : group.addressesText;
}

std::vector<ZonePair> zonePairs(const ChangeRequest &request)
{
    std::vector<ZonePair> pairs;
    std::map<std::tuple<int, QString, QString>, size_t> index;
    for (const RequestLine &line : request.lines) {
        const auto key = std::make_tuple(line.section, line.source.zoneId, line.destination.zoneId);
        auto it = index.find(key);
        if (it == index.end()) {
            it = index.emplace(key, pairs.size()).first;
            pairs.push_back({line.source.label(), line.destination.label(), 0, {}, {}, {}, {}});
        }
        ZonePair &s = pairs[it->second];
        ++s.lines;
        const QString &rule = request.rules[size_t(line.rule)].id;
        if (!s.rules.contains(rule))
            s.rules << rule;
        if (!s.ports.contains(line.portLabel()))
            s.ports << line.portLabel();
        const QString action = ValueText::action(line.action);
        if (!s.actions.contains(action))
            s.actions << action;
        if (riskRank(line.risk.level) > riskRank(s.risk))
            s.risk = line.risk.level;
    }
    return pairs;
}

QStringList zonePairHeaders()
{
    return {ReportText::tr("from zone"),
            ReportText::tr("to zone"),
            ReportText::tr("lines"),
            ReportText::tr("rules"),
            ReportText::tr("protocols and ports"),
            ReportText::tr("actions"),
            ReportText::tr("highest risk")};
}

QStringList zonePairRow(const ZonePair &s)
{
    return {s.from,
            s.to,
            QString::number(s.lines),
            exporttext::summarised(s.rules, listedHosts),
            exporttext::summarised(s.ports, 2 * listedHosts),
            s.actions.join(QStringLiteral(", ")),
            ValueText::risk(s.risk)};
}

namespace {

bool hasDevices(const ChangeRequest &request)
{
    return std::any_of(request.sections.begin(), request.sections.end(),
                       [](const RequestSection &s) { return !s.device.isEmpty(); });
}

int firewallColumn()
{
    return requesttable::ruleFirewallColumn;
}

} // namespace

QStringList ruleHeaders(const ChangeRequest &request)
{
    QStringList headers = requesttable::ruleHeaders();
    if (!hasDevices(request))
        headers.removeAt(firewallColumn());
    return headers;
}

QStringList ruleRow(const ChangeRequest &request, const FirewallRule &rule)
{
    QStringList cells = requesttable::ruleRow(request, rule);
    cells.last() = shortList(rule.lines);
    if (!hasDevices(request))
        cells.removeAt(firewallColumn());
    return cells;
}

QStringList findingHeaders()
{
    return {ReportText::tr("severity"), ReportText::tr("code"), ReportText::tr("message"), ReportText::tr("hosts"),
            ReportText::tr("ref")};
}

std::vector<QStringList> findingRows(const Analysis &analysis)
{
    std::vector<QStringList> rows;
    for (const Finding &f : analysis.findings)
        rows.push_back({f.severity == Severity::Error ? ReportText::tr("error") : ReportText::tr("warning"), f.code,
                        f.message, shortList(f.hosts), f.ref});
    return rows;
}

QString blockTitle(const ChangeRequest &request, int first, int count)
{
    return ReportText::tr("%1 to %2").arg(request.lines[size_t(first)].id, request.lines[size_t(first + count - 1)].id);
}

} // namespace pp::reportcontent
