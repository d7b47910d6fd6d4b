#include "model/audit/NftJsonReader.h"

#include "model/audit/RuleText.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pp {

namespace {

using ruletext::shown;

bool usedFamily(const QString &f)
{
    return f == QLatin1String("ip") || f == QLatin1String("ip6") || f == QLatin1String("inet");
}

QString chainKey(const QJsonObject &o, const QString &chainField)
{
    return o.value(QLatin1String("family")).toString() + QLatin1Char(' ') + o.value(QLatin1String("table")).toString()
        + QLatin1Char(' ') + o.value(chainField).toString();
}

class NftParser
{
public:
    PolicyReadResult run(const QByteArray &bytes);

private:
    bool fail(const QString &where, const QString &message)
    {
        m_error = QStringLiteral("%1: %2").arg(where, message);
        return false;
    }
    bool readSet(const QJsonObject &s, const QString &where);
    bool readChain(const QJsonObject &c, const QString &where);
    bool readRule(const QJsonObject &r, const QString &where);
    bool match(const QJsonObject &m, const QString &where, PolicyRule &rule);
    // The kinds of match match() reads: a packet field (addresses, protocol,
    // ports, ICMP), packet meta data (protocol, interfaces), conntrack state.
    bool payloadMatch(const QJsonObject &p, const QJsonValue &right, bool negated, const QString &where, PolicyRule &rule);
    void protocolMatch(const QStringList &names, bool negated, PolicyRule &rule);
    bool destinationPorts(const QString &proto, const QJsonValue &right, bool negated, const QString &where,
                          PolicyRule &rule);
    void metaMatch(const QString &key, const QJsonValue &right, bool negated, PolicyRule &rule);
    void ctMatch(const QString &key, const QJsonValue &right, bool negated, PolicyRule &rule);
    bool verdict(const QString &key, const QJsonValue &v, const QString &where, PolicyRule &rule, const QString &prefix);
    /// Adds the addresses of a right-hand side to `set`.
    bool addresses(const QJsonValue &v, const QString &where, AddressSet &set);
    bool ports(const QJsonValue &v, const QString &where, PortSet &out);
    QStringList strings(const QJsonValue &v) const;
    std::optional<QJsonArray> setElements(const QString &name) const;
    /// A reference to a named set ("@name"): each of its elements read with
    /// `readOne` (sets hold no sets). nullopt when `v` is not one.
    template<typename ReadOne>
    std::optional<bool> readNamedSet(const QJsonValue &v, const QString &where, ReadOne readOne);
    /// An element with a comment or timeout, an anonymous set or a list:
    /// what is inside read with `readOne`. nullopt when `v` is none of these.
    template<typename ReadOne>
    static std::optional<bool> readNested(const QJsonValue &v, ReadOne readOne);

    QString m_error;
    Policy m_policy;
    QString m_table; ///< "family table " of the rule being read, for named sets and jumps
    QHash<QString, QJsonArray> m_sets;
    bool m_inSet = false; ///< expanding a named set (sets hold no sets)
};

QStringList NftParser::strings(const QJsonValue &v) const
{
    QStringList out;
    if (v.isString())
        out << v.toString();
    const QJsonArray items = v.isArray() ? v.toArray() : v.toObject().value(QLatin1String("set")).toArray();
    for (const QJsonValue &i : items)
        if (i.isString())
            out << i.toString();
    return out;
}

std::optional<QJsonArray> NftParser::setElements(const QString &name) const
{
    const auto it = m_sets.constFind(m_table + name);
    if (it == m_sets.constEnd())
        return std::nullopt;
    return *it;
}

template<typename ReadOne>
std::optional<bool> NftParser::readNamedSet(const QJsonValue &v, const QString &where, ReadOne readOne)
{
    if (!v.isString() || !v.toString().startsWith(QLatin1Char('@')))
        return std::nullopt;
    const auto elements = setElements(v.toString().mid(1));
    if (!elements)
        return fail(where, QStringLiteral("set %1 is not defined in this table").arg(shown(v.toString())));
    if (m_inSet)
        return fail(where, QStringLiteral("a set inside set %1").arg(shown(v.toString())));
    m_inSet = true;
    bool ok = true;
    for (const QJsonValue &e : *elements)
        if (!(ok = readOne(e)))
            break;
    m_inSet = false;
    return ok;
}

template<typename ReadOne>
std::optional<bool> NftParser::readNested(const QJsonValue &v, ReadOne readOne)
{
    const QJsonObject o = v.toObject();
    if (o.contains(QLatin1String("elem"))) // a set element with a comment or timeout
        return readOne(o.value(QLatin1String("elem")).toObject().value(QLatin1String("val")));
    if (!o.contains(QLatin1String("set")) && !v.isArray())
        return std::nullopt;
    const QJsonArray items = v.isArray() ? v.toArray() : o.value(QLatin1String("set")).toArray();
    for (const QJsonValue &item : items)
        if (!readOne(item))
            return false;
    return true;
}

bool NftParser::addresses(const QJsonValue &v, const QString &where, AddressSet &set)
{
    const auto readOne = [&](const QJsonValue &item) { return addresses(item, where, set); };
    if (const auto done = readNamedSet(v, where, readOne))
        return *done;
    if (v.isString()) {
        const auto r = IpRange::parse(v.toString());
        if (!r)
            return fail(where, QStringLiteral("\"%1\" is not an address").arg(shown(v.toString())));
        set.add(*r);
        return true;
    }
    const QJsonObject o = v.toObject();
    if (o.contains(QLatin1String("prefix"))) {
        const QJsonObject p = o.value(QLatin1String("prefix")).toObject();
        const auto r = IpRange::parse(QStringLiteral("%1/%2").arg(p.value(QLatin1String("addr")).toString())
                                          .arg(p.value(QLatin1String("len")).toInt(-1)));
        if (!r)
            return fail(where, QStringLiteral("a prefix that is not an address and a length"));
        set.add(*r);
        return true;
    }
    if (o.contains(QLatin1String("range"))) {
        const QJsonArray ab = o.value(QLatin1String("range")).toArray();
        const auto r = IpRange::parse(QStringLiteral("%1-%2").arg(ab.at(0).toString(), ab.at(1).toString()));
        if (!r)
            return fail(where, QStringLiteral("an address range that is not two addresses"));
        set.add(*r);
        return true;
    }
    if (const auto done = readNested(v, readOne))
        return *done;
    return fail(where, QStringLiteral("an address match this reader does not know"));
}

bool NftParser::ports(const QJsonValue &v, const QString &where, PortSet &out)
{
    const auto readOne = [&](const QJsonValue &item) { return ports(item, where, out); };
    if (v.isDouble()) {
        const int p = v.toInt(-1);
        if (p < 0 || p > 65535)
            return fail(where, QStringLiteral("port %1 is out of range").arg(v.toDouble()));
        out.add(std::max(p, 1), p);
        return true;
    }
    if (const auto done = readNamedSet(v, where, readOne))
        return *done;
    if (v.isString()) { // a service name nft printed without -n ("https")
        static const QHash<QString, int> services = {{QStringLiteral("http"), 80}, {QStringLiteral("https"), 443},
                                                     {QStringLiteral("ssh"), 22}, {QStringLiteral("domain"), 53},
                                                     {QStringLiteral("microsoft-ds"), 445}, {QStringLiteral("ms-sql-s"), 1433}};
        if (const auto p = ruletext::ports(v.toString()))
            out.add(*p);
        else if (services.contains(v.toString()))
            out.add(services[v.toString()], services[v.toString()]);
        else
            return fail(where, QStringLiteral("\"%1\" is not a port").arg(shown(v.toString())));
        return true;
    }
    const QJsonObject o = v.toObject();
    if (o.contains(QLatin1String("range"))) {
        const QJsonArray ab = o.value(QLatin1String("range")).toArray();
        const int a = ab.at(0).toInt(-1), b = ab.at(1).toInt(-1);
        if (a < 0 || b > 65535 || a > b)
            return fail(where, QStringLiteral("a port range that is not two ports"));
        out.add(std::max(a, 1), b);
        return true;
    }
    if (const auto done = readNested(v, readOne))
        return *done;
    return fail(where, QStringLiteral("a port match this reader does not know"));
}

bool NftParser::match(const QJsonObject &m, const QString &where, PolicyRule &rule)
{
    const QString op = m.value(QLatin1String("op")).toString(QStringLiteral("=="));
    const bool negated = op == QLatin1String("!=");
    if (!negated && op != QLatin1String("==") && op != QLatin1String("in")) {
        rule.unevaluated = QStringLiteral("a match with operator %1").arg(shown(op));
        return true;
    }
    const QJsonObject left = m.value(QLatin1String("left")).toObject();
    const QJsonValue right = m.value(QLatin1String("right"));
    if (left.contains(QLatin1String("payload")))
        return payloadMatch(left.value(QLatin1String("payload")).toObject(), right, negated, where, rule);
    if (left.contains(QLatin1String("meta"))) {
        metaMatch(left.value(QLatin1String("meta")).toObject().value(QLatin1String("key")).toString(), right, negated, rule);
        return true;
    }
    if (left.contains(QLatin1String("ct"))) {
        ctMatch(left.value(QLatin1String("ct")).toObject().value(QLatin1String("key")).toString(), right, negated, rule);
        return true;
    }
    rule.unevaluated = QStringLiteral("a match this reader does not know");
    return true;
}

bool NftParser::payloadMatch(const QJsonObject &p, const QJsonValue &right, bool negated, const QString &where,
                             PolicyRule &rule)
{
    const QString proto = p.value(QLatin1String("protocol")).toString();
    const QString field = p.value(QLatin1String("field")).toString();
    if ((proto == QLatin1String("ip") || proto == QLatin1String("ip6"))
        && (field == QLatin1String("saddr") || field == QLatin1String("daddr"))) {
        AddressSet &set = field == QLatin1String("saddr") ? rule.sources : rule.destinations;
        set.negated = negated;
        return addresses(right, where, set);
    }
    if ((proto == QLatin1String("ip") && field == QLatin1String("protocol"))
        || (proto == QLatin1String("ip6") && field == QLatin1String("nexthdr"))) {
        protocolMatch(strings(right), negated, rule);
        return true;
    }
    if (field == QLatin1String("dport"))
        return destinationPorts(proto, right, negated, where, rule);
    if (field == QLatin1String("sport")) {
        rule.unevaluated = QStringLiteral("a source port");
        return true;
    }
    if (proto == QLatin1String("icmp") || proto == QLatin1String("icmpv6")) {
        if (rule.services.empty())
            rule.services = {ServiceMatch{Protocol::Icmp, PortSet::all()}};
        return true;
    }
    rule.unevaluated = QStringLiteral("a match on %1 %2").arg(shown(proto), shown(field));
    return true;
}

void NftParser::protocolMatch(const QStringList &names, bool negated, PolicyRule &rule)
{
    if (negated || names.size() != 1 || !ruletext::protocol(names.front()))
        rule.unevaluated = QStringLiteral("a protocol match");
    else if (rule.services.empty())
        rule.services = {ServiceMatch{ruletext::protocol(names.front()), PortSet::all()}};
}

bool NftParser::destinationPorts(const QString &proto, const QJsonValue &right, bool negated, const QString &where,
                                 PolicyRule &rule)
{
    PortSet set;
    if (!ports(right, where, set))
        return false;
    if (negated)
        set = PortSet::all().subtracted(set);
    const auto protocol = ruletext::protocol(proto);
    if (rule.services.empty())
        rule.services = {ServiceMatch{protocol, set}};
    else
        rule.services.front().ports = rule.services.front().ports.intersected(set);
    if (protocol)
        rule.services.front().protocol = protocol; // "tcp dport" implies the protocol
    return true;
}

void NftParser::metaMatch(const QString &key, const QJsonValue &right, bool negated, PolicyRule &rule)
{
    const QStringList names = strings(right);
    if (key == QLatin1String("l4proto")) {
        protocolMatch(names, negated, rule);
        return;
    }
    if (key == QLatin1String("iifname") || key == QLatin1String("oifname") || key == QLatin1String("iif")
        || key == QLatin1String("oif")) {
        if (negated)
            rule.unevaluated = QStringLiteral("a negated interface");
        for (QString n : names) {
            if (n.endsWith(QLatin1Char('*')))
                n = n.chopped(1) + QLatin1Char('+');
            (key.startsWith(QLatin1Char('i')) ? rule.fromZones : rule.toZones) << n;
        }
        return;
    }
    if (key == QLatin1String("nfproto"))
        return;
    rule.unevaluated = QStringLiteral("meta %1").arg(shown(key));
}

void NftParser::ctMatch(const QString &key, const QJsonValue &right, bool negated, PolicyRule &rule)
{
    if (key == QLatin1String("state")) {
        // A connection's first packet is "new": rules for established or
        // related traffic only never let a new connection through.
        if (negated == strings(right).contains(QLatin1String("new")))
            rule.unevaluated = QStringLiteral("ct state (not new connections)");
        return;
    }
    rule.unevaluated = QStringLiteral("ct %1").arg(shown(key));
}

bool NftParser::verdict(const QString &key, const QJsonValue &v, const QString &where, PolicyRule &rule,
                     const QString &prefix)
{
    if (key == QLatin1String("accept"))
        rule.action = RuleAction::Accept;
    else if (key == QLatin1String("drop") || key == QLatin1String("reject"))
        rule.action = RuleAction::Deny;
    else if (key == QLatin1String("return"))
        rule.action = RuleAction::Return;
    else if (key == QLatin1String("jump") || key == QLatin1String("goto")) {
        const QString target = v.toObject().value(QLatin1String("target")).toString();
        if (target.isEmpty())
            return fail(where, QStringLiteral("%1 without a target").arg(key));
        rule.action = key == QLatin1String("jump") ? RuleAction::Jump : RuleAction::Goto;
        rule.target = prefix + target;
    }
    return true;
}

bool NftParser::readRule(const QJsonObject &r, const QString &where)
{
    if (!usedFamily(r.value(QLatin1String("family")).toString()))
        return true;
    const QString chain = chainKey(r, QStringLiteral("chain"));
    PolicyChain *c = nullptr;
    for (PolicyChain &each : m_policy.chains)
        if (each.name == chain)
            c = &each;
    if (!c)
        return fail(where, QStringLiteral("rule of chain %1, which is not listed").arg(shown(chain)));
    m_table = r.value(QLatin1String("family")).toString() + QLatin1Char(' ') + r.value(QLatin1String("table")).toString()
        + QLatin1Char(' ');
    PolicyRule rule;
    const QJsonArray expr = r.value(QLatin1String("expr")).toArray();
    for (int i = 0; i < expr.size(); ++i) {
        const QString at = QStringLiteral("%1.expr[%2]").arg(where).arg(i);
        const QJsonObject e = expr[i].toObject();
        for (auto it = e.begin(); it != e.end(); ++it) {
            if (it.key() == QLatin1String("match")) {
                if (!match(it.value().toObject(), at, rule))
                    return false;
            } else if (!verdict(it.key(), it.value(), at, rule, m_table)) {
                return false;
            }
        }
    }
    const QString comment = r.value(QLatin1String("comment")).toString();
    rule.name = QStringLiteral("%1 handle %2").arg(chain).arg(r.value(QLatin1String("handle")).toInt());
    if (!comment.isEmpty())
        rule.name += QStringLiteral(" (%1)").arg(shown(comment));
    rule.where = where;
    if (!rule.unevaluated.isEmpty() && rule.action != RuleAction::None && !rule.unevaluated.startsWith(QLatin1String("ct state")))
        m_policy.notes << QStringLiteral("%1 not evaluated: %2").arg(rule.name, rule.unevaluated);
    c->rules.push_back(std::move(rule));
    return true;
}

bool NftParser::readChain(const QJsonObject &o, const QString &where)
{
    if (!usedFamily(o.value(QLatin1String("family")).toString()))
        return true;
    PolicyChain c;
    c.name = chainKey(o, QStringLiteral("name"));
    const QString type = o.value(QLatin1String("type")).toString();
    c.hook = o.value(QLatin1String("hook")).toString();
    c.base = !c.hook.isEmpty() && (type.isEmpty() || type == QLatin1String("filter"));
    const QString policy = o.value(QLatin1String("policy")).toString(QStringLiteral("accept"));
    if (policy != QLatin1String("accept") && policy != QLatin1String("drop"))
        return fail(where, QStringLiteral("policy \"%1\" is neither accept nor drop").arg(shown(policy)));
    c.policy = policy == QLatin1String("accept") ? RuleAction::Accept : RuleAction::Deny;
    m_policy.chains.push_back(std::move(c));
    return true;
}

bool NftParser::readSet(const QJsonObject &s, const QString &)
{
    const QString key = s.value(QLatin1String("family")).toString() + QLatin1Char(' ')
        + s.value(QLatin1String("table")).toString() + QLatin1Char(' ') + s.value(QLatin1String("name")).toString();
    m_sets.insert(key, s.value(QLatin1String("elem")).toArray());
    return true;
}

PolicyReadResult NftParser::run(const QByteArray &bytes)
{
    m_policy.format = QStringLiteral("nftables");
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        const int line = int(bytes.left(error.offset).count('\n')) + 1;
        return {{}, QStringLiteral("line %1: not JSON: %2").arg(line).arg(error.errorString())};
    }
    const QJsonValue top = doc.object().value(QLatin1String("nftables"));
    if (!top.isArray())
        return {{}, QStringLiteral("no \"nftables\" array: not the output of nft -j list ruleset")};
    const QJsonArray items = top.toArray();
    // Chains and sets first: a rule may come before the set it uses in a hand-made file.
    for (int pass = 0; pass < 2; ++pass) {
        for (int i = 0; i < items.size(); ++i) {
            const QString where = QStringLiteral("nftables[%1]").arg(i);
            const QJsonObject o = items[i].toObject();
            bool ok = true;
            if (pass == 0 && o.contains(QLatin1String("chain")))
                ok = readChain(o.value(QLatin1String("chain")).toObject(), where + QStringLiteral(".chain"));
            else if (pass == 0 && o.contains(QLatin1String("set")))
                ok = readSet(o.value(QLatin1String("set")).toObject(), where + QStringLiteral(".set"));
            else if (pass == 1 && o.contains(QLatin1String("rule")))
                ok = readRule(o.value(QLatin1String("rule")).toObject(), where + QStringLiteral(".rule"));
            if (!ok)
                return {{}, m_error};
        }
    }
    return {std::move(m_policy), {}};
}

} // namespace

PolicyReadResult NftJsonReader::read(const QByteArray &bytes)
{
    return NftParser().run(bytes);
}

} // namespace pp
