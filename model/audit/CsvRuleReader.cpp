#include "model/audit/CsvRuleReader.h"

#include "model/audit/RuleText.h"
#include "model/import/CsvReader.h"

#include <array>
#include <optional>
#include <utility>

namespace pp {

namespace {

using ruletext::shown;

enum CsvColumn { ColName, ColSource, ColDestination, ColProtocol, ColPort, ColAction, ColFrom, ColTo, ColumnCount };

int columnOf(const QString &header)
{
    static const QStringList names[ColumnCount] = {
        {QStringLiteral("name"), QStringLiteral("rule"), QStringLiteral("rule name"), QStringLiteral("id")},
        {QStringLiteral("source"), QStringLiteral("src"), QStringLiteral("source address"), QStringLiteral("source ip")},
        {QStringLiteral("destination"), QStringLiteral("dst"), QStringLiteral("destination address"),
         QStringLiteral("destination ip"), QStringLiteral("dest")},
        {QStringLiteral("protocol"), QStringLiteral("proto")},
        {QStringLiteral("port"), QStringLiteral("ports"), QStringLiteral("dport"), QStringLiteral("destination port"),
         QStringLiteral("service"), QStringLiteral("services")},
        {QStringLiteral("action"), QStringLiteral("verdict")},
        {QStringLiteral("from"), QStringLiteral("from zone"), QStringLiteral("source zone"), QStringLiteral("src zone")},
        {QStringLiteral("to"), QStringLiteral("to zone"), QStringLiteral("destination zone"), QStringLiteral("dst zone")},
    };
    const QString h = header.trimmed().toLower().replace(QLatin1Char('_'), QLatin1Char(' '));
    for (int c = 0; c < ColumnCount; ++c)
        if (names[c].contains(h))
            return c;
    return -1;
}

QStringList values(const QString &cell)
{
    return ruletext::split(cell, u",;", true, Qt::SkipEmptyParts);
}

bool isAny(const QStringList &v)
{
    return v.isEmpty() || (v.size() == 1 && (v.front().compare(QLatin1String("any"), Qt::CaseInsensitive) == 0
                                             || v.front() == QLatin1String("*")));
}

QString cellAt(const CsvRecord &r, int index)
{
    return index >= 0 && index < r.fields.size() ? r.fields[index] : QString();
}

/// One "port" cell value: "443", "8530-8531", "tcp/443", "443/tcp", "udp:69".
bool service(const QString &value, std::optional<Protocol> protocol, std::vector<ServiceMatch> &out)
{
    QString port = value;
    const bool named = std::any_of(value.begin(), value.end(), [](QChar c) { return c.isLetter(); })
        && value.compare(QLatin1String("any"), Qt::CaseInsensitive) != 0;
    if (named) {
        const QStringList parts = ruletext::split(value, u"/:", false);
        if (parts.size() != 2)
            return false;
        const bool first = ruletext::protocol(parts[0]).has_value();
        protocol = ruletext::protocol(first ? parts[0] : parts[1]);
        port = first ? parts[1] : parts[0];
        if (!protocol)
            return false;
    }
    const auto ports = ruletext::ports(port);
    if (!ports)
        return false;
    out.push_back(ServiceMatch{protocol, *ports});
    return true;
}

/// The column of each CsvColumn, -1 where the file has none.
using Columns = std::array<int, ColumnCount>;

/// What is wrong with a row: the column, and the message.
using CellError = std::pair<QString, QString>;

Columns headerColumns(const CsvRecord &head)
{
    Columns index;
    index.fill(-1);
    for (int i = 0; i < head.fields.size(); ++i)
        if (const int c = columnOf(head.fields[i]); c >= 0 && index[size_t(c)] < 0)
            index[size_t(c)] = i;
    return index;
}

std::optional<RuleAction> actionOf(const QString &action)
{
    if (QStringList{QStringLiteral("allow"), QStringLiteral("accept"), QStringLiteral("permit"), QStringLiteral("pass")}
            .contains(action))
        return RuleAction::Accept;
    if (QStringList{QStringLiteral("deny"), QStringLiteral("drop"), QStringLiteral("reject"), QStringLiteral("block")}
            .contains(action))
        return RuleAction::Deny;
    return std::nullopt;
}

/// One side's cell: addresses, networks, ranges or DNS names; "any" or empty leaves the set at any.
std::optional<CellError> readAddresses(const QString &cell, AddressSet &set, const QString &label)
{
    const QStringList v = values(cell);
    if (isAny(v))
        return std::nullopt;
    for (const QString &a : v) {
        if (const auto r = IpRange::parse(a))
            set.add(*r);
        else if (a.contains(QLatin1Char('.')) && !a.front().isDigit())
            set.addName(a); // a DNS name, matched against host names
        else
            return CellError{label, QStringLiteral("\"%1\" is not an address, network, range or DNS name").arg(shown(a))};
    }
    return std::nullopt;
}

/// Every protocol of the protocol cell with every port of the port cell;
/// any protocol on any port is no service list at all.
std::optional<CellError> readServices(const QString &protocolCell, const QString &portCell,
                                      std::vector<ServiceMatch> &services)
{
    const QStringList protocols = values(protocolCell);
    std::vector<std::optional<Protocol>> protos;
    if (isAny(protocols))
        protos.push_back(std::nullopt);
    for (const QString &p : isAny(protocols) ? QStringList() : protocols) {
        const auto proto = ruletext::protocol(p);
        if (!proto)
            return CellError{QStringLiteral("protocol"), QStringLiteral("\"%1\" is not tcp, udp, icmp or any").arg(shown(p))};
        protos.push_back(proto);
    }
    const QStringList ports = values(portCell);
    for (const auto &proto : protos) {
        if (isAny(ports)) {
            services.push_back(ServiceMatch{proto, PortSet::all()});
            continue;
        }
        for (const QString &p : ports)
            if (!service(p, proto, services))
                return CellError{QStringLiteral("port"), QStringLiteral("\"%1\" is not a port, range or protocol/port").arg(shown(p))};
    }
    if (services.size() == 1 && !services.front().protocol && services.front().ports.isAll())
        services.clear();
    return std::nullopt;
}

/// Row `row` of the file (record `rec`) as a rule.
std::optional<CellError> ruleOfRow(const CsvRecord &rec, const Columns &index, size_t row, PolicyRule &rule)
{
    const auto cell = [&](CsvColumn c) { return cellAt(rec, index[size_t(c)]); };
    rule.where = QStringLiteral("line %1").arg(rec.line);
    const QString name = cell(ColName).trimmed();
    rule.name = name.isEmpty() ? QStringLiteral("row %1").arg(row) : ruletext::shown(name);
    const QString action = cell(ColAction).trimmed().toLower();
    const auto verdict = actionOf(action);
    if (!verdict)
        return CellError{QStringLiteral("action"),
                         QStringLiteral("\"%1\" is not allow, accept, permit, deny, drop or reject").arg(shown(action))};
    rule.action = *verdict;
    if (auto error = readAddresses(cell(ColSource), rule.sources, QStringLiteral("source")))
        return error;
    if (auto error = readAddresses(cell(ColDestination), rule.destinations, QStringLiteral("destination")))
        return error;
    if (auto error = readServices(cell(ColProtocol), cell(ColPort), rule.services))
        return error;
    rule.fromZones = isAny(values(cell(ColFrom))) ? QStringList() : values(cell(ColFrom));
    rule.toZones = isAny(values(cell(ColTo))) ? QStringList() : values(cell(ColTo));
    return std::nullopt;
}

} // namespace

PolicyReadResult CsvRuleReader::read(const QByteArray &bytes)
{
    const CsvTable table = readCsv(bytes);
    if (!table.ok())
        return {{}, QStringLiteral("line %1: %2").arg(table.errorLine).arg(table.error)};
    if (table.records.empty())
        return {{}, QStringLiteral("line 1: the file is empty (expected a header: source, destination, protocol, port, action)")};
    const CsvRecord &head = table.records.front();
    const Columns index = headerColumns(head);
    for (int c : {ColSource, ColDestination, ColAction})
        if (index[size_t(c)] < 0)
            return {{}, QStringLiteral("line %1: no %2 column (the header has: %3)")
                            .arg(head.line)
                            .arg(c == ColSource ? QStringLiteral("source") : c == ColDestination ? QStringLiteral("destination")
                                                                                            : QStringLiteral("action"),
                                 shown(head.fields.join(QStringLiteral(", "))))};
    Policy policy;
    policy.format = QStringLiteral("csv");
    PolicyChain chain;
    chain.name = QStringLiteral("rules");
    chain.base = true;
    chain.hook = QStringLiteral("forward");
    chain.policy = RuleAction::Deny;
    for (size_t i = 1; i < table.records.size(); ++i) {
        const CsvRecord &rec = table.records[i];
        PolicyRule rule;
        if (const auto error = ruleOfRow(rec, index, i, rule))
            return {{}, QStringLiteral("line %1, %2: %3").arg(rec.line).arg(error->first, error->second)};
        chain.rules.push_back(std::move(rule));
    }
    policy.chains.push_back(std::move(chain));
    return {std::move(policy), {}};
}

} // namespace pp
