#include "model/audit/CsvRuleReader.h"

#include "model/audit/RuleText.h"
#include "model/import/CsvReader.h"

#include <QRegularExpression>

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
    return cell.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
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
        const QStringList parts = value.split(QRegularExpression(QStringLiteral("[/:]")));
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

} // namespace

PolicyReadResult CsvRuleReader::read(const QByteArray &bytes)
{
    const CsvTable table = readCsv(bytes);
    if (!table.ok())
        return {{}, QStringLiteral("line %1: %2").arg(table.errorLine).arg(table.error)};
    if (table.records.empty())
        return {{}, QStringLiteral("line 1: the file is empty (expected a header: source, destination, protocol, port, action)")};
    int index[ColumnCount];
    std::fill(std::begin(index), std::end(index), -1);
    const CsvRecord &head = table.records.front();
    for (int i = 0; i < head.fields.size(); ++i)
        if (const int c = columnOf(head.fields[i]); c >= 0 && index[c] < 0)
            index[c] = i;
    for (int c : {ColSource, ColDestination, ColAction})
        if (index[c] < 0)
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
        auto fail = [&](const QString &column, const QString &message) {
            return PolicyReadResult{{}, QStringLiteral("line %1, %2: %3").arg(rec.line).arg(column, message)};
        };
        PolicyRule rule;
        rule.where = QStringLiteral("line %1").arg(rec.line);
        const QString name = cellAt(rec, index[ColName]).trimmed();
        rule.name = name.isEmpty() ? QStringLiteral("row %1").arg(i) : ruletext::shown(name);
        const QString action = cellAt(rec, index[ColAction]).trimmed().toLower();
        if (QStringList{QStringLiteral("allow"), QStringLiteral("accept"), QStringLiteral("permit"), QStringLiteral("pass")}
                .contains(action))
            rule.action = RuleAction::Accept;
        else if (QStringList{QStringLiteral("deny"), QStringLiteral("drop"), QStringLiteral("reject"), QStringLiteral("block")}
                     .contains(action))
            rule.action = RuleAction::Deny;
        else
            return fail(QStringLiteral("action"), QStringLiteral("\"%1\" is not allow, accept, permit, deny, drop or reject")
                                                      .arg(shown(action)));
        for (const auto &[column, set, label] : {std::tuple{ColSource, &rule.sources, QStringLiteral("source")},
                                                 std::tuple{ColDestination, &rule.destinations, QStringLiteral("destination")}}) {
            const QStringList v = values(cellAt(rec, index[column]));
            if (isAny(v))
                continue;
            for (const QString &a : v) {
                if (const auto r = IpRange::parse(a))
                    set->add(*r);
                else if (a.contains(QLatin1Char('.')) && !a.front().isDigit())
                    set->addName(a); // a DNS name, matched against host names
                else
                    return fail(label, QStringLiteral("\"%1\" is not an address, network, range or DNS name").arg(shown(a)));
            }
        }
        const QStringList protocols = values(cellAt(rec, index[ColProtocol]));
        std::vector<std::optional<Protocol>> protos;
        if (isAny(protocols))
            protos.push_back(std::nullopt);
        for (const QString &p : isAny(protocols) ? QStringList() : protocols) {
            const auto proto = ruletext::protocol(p);
            if (!proto)
                return fail(QStringLiteral("protocol"), QStringLiteral("\"%1\" is not tcp, udp, icmp or any").arg(shown(p)));
            protos.push_back(proto);
        }
        const QStringList ports = values(cellAt(rec, index[ColPort]));
        for (const auto &proto : protos) {
            if (isAny(ports)) {
                rule.services.push_back(ServiceMatch{proto, PortSet::all()});
                continue;
            }
            for (const QString &p : ports)
                if (!service(p, proto, rule.services))
                    return fail(QStringLiteral("port"), QStringLiteral("\"%1\" is not a port, range or protocol/port").arg(shown(p)));
        }
        if (rule.services.size() == 1 && !rule.services.front().protocol && rule.services.front().ports.isAll())
            rule.services.clear();
        rule.fromZones = isAny(values(cellAt(rec, index[ColFrom]))) ? QStringList() : values(cellAt(rec, index[ColFrom]));
        rule.toZones = isAny(values(cellAt(rec, index[ColTo]))) ? QStringList() : values(cellAt(rec, index[ColTo]));
        chain.rules.push_back(std::move(rule));
    }
    policy.chains.push_back(std::move(chain));
    return {std::move(policy), {}};
}

} // namespace pp
