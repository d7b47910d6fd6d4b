#include "model/audit/IptablesSaveReader.h"

#include "model/audit/RuleText.h"

#include <QHash>

#include <algorithm>
#include <initializer_list>

namespace pp {

namespace {

using ruletext::shown;

/// Modules whose options the reader knows, or which never narrow what a
/// rule matches for a new connection's first packet.
bool knownModule(const QString &m)
{
    static const QStringList known = {
        QStringLiteral("tcp"),  QStringLiteral("udp"),       QStringLiteral("icmp"),   QStringLiteral("icmp6"),
        QStringLiteral("multiport"), QStringLiteral("comment"), QStringLiteral("state"), QStringLiteral("conntrack"),
        QStringLiteral("iprange"),   QStringLiteral("set"),     QStringLiteral("limit"), QStringLiteral("addrtype"),
    };
    return known.contains(m);
}

class IptablesParser
{
public:
    PolicyReadResult run(const QByteArray &bytes);

private:
    bool fail(const QString &message)
    {
        m_error = QStringLiteral("line %1: %2").arg(m_line).arg(message);
        return false;
    }
    bool chainLine(const QString &line);
    bool ruleLine(const QStringList &words);
    bool option(const QStringList &w, int &i, bool negated, PolicyRule &rule, QString &comment);
    /// Whether `opt` is one of `names` (an option's short and long spellings).
    static bool is(const QString &opt, std::initializer_list<QLatin1String> names);
    /// Moves `i` onto the value of option `opt` and reads it into `out`; an
    /// error when the line ends or another option follows.
    bool value(const QStringList &w, int &i, const QString &opt, QString &out);
    // What one option's value means for the rule (after value() read it).
    bool protocol(const QString &v, bool negated, PolicyRule &rule);
    bool interfaceMatch(const QString &opt, const QString &v, bool negated, PolicyRule &rule);
    bool matchModule(const QString &v, PolicyRule &rule);
    bool destinationPorts(const QString &v, bool negated, PolicyRule &rule);
    bool state(const QString &v, bool negated, PolicyRule &rule);
    bool jump(const QString &opt, const QString &v, PolicyRule &rule);
    bool addresses(const QString &text, AddressSet &set, bool negated);
    PolicyChain *chain(const QString &name);

    QString m_table;
    int m_line = 0;
    QString m_error;
    Policy m_policy;
    QHash<QString, int> m_count; ///< rules per chain, for names
};

PolicyChain *IptablesParser::chain(const QString &name)
{
    for (PolicyChain &c : m_policy.chains)
        if (c.name == name)
            return &c;
    return nullptr;
}

bool IptablesParser::chainLine(const QString &line)
{
    const QStringList parts = line.mid(1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() < 2)
        return fail(QStringLiteral("a chain line needs a name and a policy: \"%1\"").arg(shown(line)));
    if (m_table != QLatin1String("filter"))
        return true;
    PolicyChain c;
    c.name = parts[0];
    static const QHash<QString, QString> hooks = {{QStringLiteral("INPUT"), QStringLiteral("input")},
                                                  {QStringLiteral("FORWARD"), QStringLiteral("forward")},
                                                  {QStringLiteral("OUTPUT"), QStringLiteral("output")}};
    c.base = hooks.contains(c.name);
    c.hook = hooks.value(c.name);
    if (parts[1] == QLatin1String("ACCEPT"))
        c.policy = RuleAction::Accept;
    else if (parts[1] == QLatin1String("DROP"))
        c.policy = RuleAction::Deny;
    else if (parts[1] != QLatin1String("-"))
        return fail(QStringLiteral("unknown chain policy \"%1\" (expected ACCEPT, DROP or -)").arg(shown(parts[1])));
    if (chain(c.name))
        return fail(QStringLiteral("chain %1 is declared twice").arg(shown(c.name)));
    m_policy.chains.push_back(std::move(c));
    return true;
}

bool IptablesParser::addresses(const QString &text, AddressSet &set, bool negated)
{
    set.negated = negated;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto r = IpRange::parse(part);
        if (!r)
            return fail(QStringLiteral("\"%1\" is not an address or network").arg(shown(part)));
        set.add(*r);
    }
    if (set.ranges.empty())
        return fail(QStringLiteral("an address option without an address"));
    return true;
}

bool IptablesParser::is(const QString &opt, std::initializer_list<QLatin1String> names)
{
    return std::find(names.begin(), names.end(), opt) != names.end();
}

bool IptablesParser::value(const QStringList &w, int &i, const QString &opt, QString &out)
{
    if (i + 1 >= w.size() || (w[i + 1].startsWith(QLatin1Char('-')) && w[i + 1].size() > 1 && !w[i + 1][1].isDigit()))
        return fail(QStringLiteral("%1 needs a value").arg(shown(opt)));
    out = w[++i];
    return true;
}

bool IptablesParser::option(const QStringList &w, int &i, bool negated, PolicyRule &rule, QString &comment)
{
    const QString opt = w[i];
    QString v;
    if (is(opt, {QLatin1String("-s"), QLatin1String("--source"), QLatin1String("--src")}))
        return value(w, i, opt, v) && addresses(v, rule.sources, negated);
    if (is(opt, {QLatin1String("-d"), QLatin1String("--destination"), QLatin1String("--dst")}))
        return value(w, i, opt, v) && addresses(v, rule.destinations, negated);
    if (is(opt, {QLatin1String("-p"), QLatin1String("--protocol")}))
        return value(w, i, opt, v) && protocol(v, negated, rule);
    if (is(opt, {QLatin1String("-i"), QLatin1String("--in-interface"), QLatin1String("-o"), QLatin1String("--out-interface")}))
        return value(w, i, opt, v) && interfaceMatch(opt, v, negated, rule);
    if (is(opt, {QLatin1String("-m"), QLatin1String("--match")}))
        return value(w, i, opt, v) && matchModule(v, rule);
    if (is(opt, {QLatin1String("--dport"), QLatin1String("--destination-port"), QLatin1String("--dports"),
                 QLatin1String("--destination-ports"), QLatin1String("--ports")}))
        return value(w, i, opt, v) && destinationPorts(v, negated, rule);
    if (is(opt, {QLatin1String("--sport"), QLatin1String("--source-port"), QLatin1String("--sports"),
                 QLatin1String("--source-ports")})) {
        rule.unevaluated = QStringLiteral("a source port");
        return value(w, i, opt, v);
    }
    if (is(opt, {QLatin1String("--src-range"), QLatin1String("--dst-range")}))
        return value(w, i, opt, v)
            && addresses(v, opt == QLatin1String("--src-range") ? rule.sources : rule.destinations, negated);
    if (is(opt, {QLatin1String("--state"), QLatin1String("--ctstate")}))
        return value(w, i, opt, v) && state(v, negated, rule);
    if (opt == QLatin1String("--match-set")) {
        if (!value(w, i, opt, v))
            return false;
        rule.unevaluated = QStringLiteral("ipset %1 (its members are not in iptables-save output)").arg(shown(v));
        QString dir;
        return value(w, i, opt, dir);
    }
    if (opt == QLatin1String("--comment"))
        return value(w, i, opt, comment);
    if (is(opt, {QLatin1String("-j"), QLatin1String("--jump"), QLatin1String("-g"), QLatin1String("--goto")}))
        return value(w, i, opt, v) && jump(opt, v, rule);
    if (opt.startsWith(QLatin1Char('-'))) {
        // An option of a module or target the audit does not need (--limit,
        // --log-prefix, --reject-with, --icmp-type, ...): skip its values.
        while (i + 1 < w.size() && !w[i + 1].startsWith(QLatin1Char('-')) && w[i + 1] != QLatin1String("!"))
            ++i;
        return true;
    }
    return fail(QStringLiteral("unexpected \"%1\"").arg(shown(opt)));
}

bool IptablesParser::protocol(const QString &v, bool negated, PolicyRule &rule)
{
    bool any = false;
    const auto p = ruletext::protocol(v, &any);
    if (negated)
        rule.unevaluated = QStringLiteral("a negated protocol");
    else if (p)
        rule.services = {ServiceMatch{p, PortSet::all()}};
    else if (!any)
        rule.unevaluated = QStringLiteral("protocol %1").arg(shown(v));
    return true;
}

bool IptablesParser::interfaceMatch(const QString &opt, const QString &v, bool negated, PolicyRule &rule)
{
    if (negated)
        rule.unevaluated = QStringLiteral("a negated interface");
    else
        (opt.startsWith(QLatin1String("-i")) || opt == QLatin1String("--in-interface") ? rule.fromZones : rule.toZones) << v;
    return true;
}

bool IptablesParser::matchModule(const QString &v, PolicyRule &rule)
{
    if (!knownModule(v))
        rule.unevaluated = QStringLiteral("match module %1").arg(shown(v));
    return true;
}

bool IptablesParser::destinationPorts(const QString &v, bool negated, PolicyRule &rule)
{
    const auto ports = ruletext::ports(v);
    if (!ports)
        return fail(QStringLiteral("\"%1\" is not a port, range or port list").arg(shown(v)));
    if (negated)
        rule.unevaluated = QStringLiteral("a negated port");
    else if (rule.services.empty())
        rule.unevaluated = QStringLiteral("a port without a protocol");
    else
        rule.services.front().ports = *ports;
    return true;
}

bool IptablesParser::state(const QString &v, bool negated, PolicyRule &rule)
{
    // The first packet of a connection is NEW: a rule for established or
    // related traffic only never lets a new connection through.
    if (negated == v.split(QLatin1Char(',')).contains(QLatin1String("NEW")))
        rule.unevaluated = QStringLiteral("state %1 (not new connections)").arg(shown(v));
    return true;
}

bool IptablesParser::jump(const QString &opt, const QString &v, PolicyRule &rule)
{
    const bool go = opt == QLatin1String("-g") || opt == QLatin1String("--goto");
    if (v == QLatin1String("ACCEPT"))
        rule.action = RuleAction::Accept;
    else if (v == QLatin1String("DROP") || v == QLatin1String("REJECT"))
        rule.action = RuleAction::Deny;
    else if (v == QLatin1String("RETURN"))
        rule.action = RuleAction::Return;
    else if (chain(v)) {
        rule.action = go ? RuleAction::Goto : RuleAction::Jump;
        rule.target = v;
    } else {
        rule.action = RuleAction::None; // LOG, MARK, NFLOG, ...: the packet goes on
    }
    return true;
}

bool IptablesParser::ruleLine(const QStringList &w)
{
    if (m_table.isEmpty())
        return fail(QStringLiteral("a rule before any table (*filter)"));
    if (m_table != QLatin1String("filter"))
        return true;
    if (w.size() < 2)
        return fail(QStringLiteral("-A needs a chain"));
    PolicyChain *c = chain(w[1]);
    if (!c)
        return fail(QStringLiteral("chain %1 was not declared (:%1 ...)").arg(shown(w[1])));
    PolicyRule rule;
    QString comment;
    bool negated = false;
    for (int i = 2; i < w.size(); ++i) {
        if (w[i] == QLatin1String("!")) {
            negated = true;
            continue;
        }
        if (!option(w, i, negated, rule, comment))
            return false;
        negated = false;
    }
    const int n = ++m_count[c->name];
    rule.name = QStringLiteral("%1 #%2").arg(c->name).arg(n);
    if (!comment.isEmpty())
        rule.name += QStringLiteral(" (%1)").arg(ruletext::shown(comment));
    rule.where = QStringLiteral("line %1").arg(m_line);
    if (!rule.unevaluated.isEmpty() && rule.action != RuleAction::None && !rule.unevaluated.startsWith(QLatin1String("state")))
        m_policy.notes << QStringLiteral("%1 (%2) not evaluated: %3").arg(rule.name, rule.where, rule.unevaluated);
    chain(w[1])->rules.push_back(std::move(rule));
    return true;
}

PolicyReadResult IptablesParser::run(const QByteArray &bytes)
{
    m_policy.format = QStringLiteral("iptables");
    const QStringList lines = QString::fromUtf8(bytes).split(QLatin1Char('\n'));
    bool sawTable = false;
    for (const QString &raw : lines) {
        ++m_line;
        QString line = raw.trimmed();
        if (line.startsWith(QLatin1Char('[')) && line.contains(QLatin1Char(']')))
            line = line.mid(line.indexOf(QLatin1Char(']')) + 1).trimmed(); // iptables-save -c counters
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        bool ok = true;
        if (line.startsWith(QLatin1Char('*'))) {
            m_table = line.mid(1).trimmed();
            sawTable = true;
        } else if (line == QLatin1String("COMMIT")) {
            m_table.clear();
        } else if (line.startsWith(QLatin1Char(':'))) {
            ok = m_table.isEmpty() ? fail(QStringLiteral("a chain line outside a table")) : chainLine(line);
        } else if (line.startsWith(QLatin1String("-A ")) || line.startsWith(QLatin1String("--append "))) {
            const auto w = ruletext::words(line);
            ok = w ? ruleLine(*w) : fail(QStringLiteral("a quote is not closed"));
        } else {
            ok = fail(QStringLiteral("not an iptables-save line: \"%1\"").arg(shown(line)));
        }
        if (!ok)
            return {{}, m_error};
    }
    if (!sawTable)
        return {{}, QStringLiteral("line 1: no table (*filter): not iptables-save output")};
    if (!m_table.isEmpty())
        return {{}, QStringLiteral("line %1: table *%2 has no COMMIT").arg(m_line).arg(shown(m_table))};
    return {std::move(m_policy), {}};
}

} // namespace

PolicyReadResult IptablesSaveReader::read(const QByteArray &bytes)
{
    return IptablesParser().run(bytes);
}

} // namespace pp
