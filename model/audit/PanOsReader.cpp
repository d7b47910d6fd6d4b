#include "model/audit/PanOsReader.h"

#include "model/audit/RuleText.h"
#include "model/audit/XmlTree.h"

#include <QHash>

namespace pp {

namespace {

using ruletext::shown;

constexpr int MaxPanGroupDepth = 16;
constexpr int MaxRuleMembers = 100000; ///< members one rule may expand to (fan-out bombs)

class PanOsParser
{
public:
    PolicyReadResult run(const QByteArray &bytes);

private:
    void collect(const XmlNode &node, const QString &parent, int depth);
    bool address(const QString &member, AddressSet &out, int depth, QString &unresolved);
    bool service(const QString &member, std::vector<ServiceMatch> &out, int depth, QString &unresolved);
    bool rule(const XmlNode &entry, PolicyRule &out);
    bool fail(const XmlNode &node, const QString &message)
    {
        m_error = QStringLiteral("%1: %2").arg(node.where(), message);
        return false;
    }

    QHash<QString, const XmlNode *> m_addresses, m_addressGroups, m_services, m_serviceGroups;
    std::vector<const XmlNode *> m_pre, m_rules, m_post;
    QString m_error;
    Policy m_policy;
    int m_expanded = 0; ///< members expanded for the current rule
};

void PanOsParser::collect(const XmlNode &node, const QString &parent, int depth)
{
    if (node.tag == QLatin1String("entry")) {
        if (parent == QLatin1String("address"))
            m_addresses.insert(node.name, &node);
        else if (parent == QLatin1String("address-group"))
            m_addressGroups.insert(node.name, &node);
        else if (parent == QLatin1String("service"))
            m_services.insert(node.name, &node);
        else if (parent == QLatin1String("service-group"))
            m_serviceGroups.insert(node.name, &node);
    }
    if (node.tag == QLatin1String("security") && depth > 0) {
        if (const XmlNode *rules = node.child(u"rules")) {
            auto &list = parent == QLatin1String("pre-rulebase") ? m_pre
                : parent == QLatin1String("post-rulebase")       ? m_post
                                                                 : m_rules;
            for (const XmlNode *e : rules->all(u"entry"))
                list.push_back(e);
        }
        return;
    }
    for (const auto &c : node.children)
        collect(*c, node.tag, depth + 1);
}

bool PanOsParser::address(const QString &member, AddressSet &out, int depth, QString &unresolved)
{
    if (++m_expanded > MaxRuleMembers) {
        m_error = QStringLiteral("a rule's address groups expand to more than %1 members").arg(MaxRuleMembers);
        return false;
    }
    if (member.compare(QLatin1String("any"), Qt::CaseInsensitive) == 0) {
        out.merge(AddressSet::anyAddress());
        return true;
    }
    // An object's name wins over the literal it looks like (PAN-OS precedence).
    if (const XmlNode *a = m_addresses.value(member)) {
        for (const char *kind : {"ip-netmask", "ip-range"})
            if (const XmlNode *v = a->child(QString::fromLatin1(kind))) {
                const auto r = IpRange::parse(v->text);
                if (!r)
                    return fail(*v, QStringLiteral("\"%1\" is not an address, network or range").arg(shown(v->text)));
                out.add(*r);
                return true;
            }
        if (const XmlNode *v = a->child(u"fqdn")) {
            out.addName(v->text);
            return true;
        }
        unresolved = QStringLiteral("address %1 (no ip-netmask, ip-range or fqdn)").arg(shown(member));
        return true;
    }
    if (const XmlNode *g = m_addressGroups.value(member)) {
        if (depth >= MaxPanGroupDepth)
            return fail(*g, QStringLiteral("address groups nested deeper than %1 (a loop?)").arg(MaxPanGroupDepth));
        if (!g->child(u"static")) {
            unresolved = QStringLiteral("dynamic address group %1").arg(shown(member));
            return true;
        }
        for (const QString &m : g->members(u"static"))
            if (!address(m, out, depth + 1, unresolved))
                return false;
        return true;
    }
    if (const auto r = IpRange::parse(member)) {
        out.add(*r);
        return true;
    }
    unresolved = QStringLiteral("address %1 is not defined").arg(shown(member));
    return true;
}

bool PanOsParser::service(const QString &member, std::vector<ServiceMatch> &out, int depth, QString &unresolved)
{
    if (++m_expanded > MaxRuleMembers) {
        m_error = QStringLiteral("a rule's service groups expand to more than %1 members").arg(MaxRuleMembers);
        return false;
    }
    if (member == QLatin1String("service-http")) {
        out.push_back({Protocol::Tcp, PortSet(80, 80)});
        out.back().ports.add(8080, 8080);
        return true;
    }
    if (member == QLatin1String("service-https")) {
        out.push_back({Protocol::Tcp, PortSet(443, 443)});
        return true;
    }
    if (const XmlNode *s = m_services.value(member)) {
        const XmlNode *protocol = s->child(u"protocol");
        for (const char *p : {"tcp", "udp"}) {
            const XmlNode *node = protocol ? protocol->child(QString::fromLatin1(p)) : nullptr;
            if (!node)
                continue;
            const XmlNode *port = node->child(u"port");
            const auto ports = ruletext::ports(port ? port->text : QString());
            if (!ports)
                return fail(port ? *port : *node, QStringLiteral("\"%1\" is not a port list").arg(shown(port ? port->text : QString())));
            if (node->child(u"source-port"))
                unresolved = QStringLiteral("service %1 has a source port").arg(shown(member));
            out.push_back({ruletext::protocol(QString::fromLatin1(p)), *ports});
            return true;
        }
        return fail(*s, QStringLiteral("a service without protocol tcp or udp"));
    }
    if (const XmlNode *g = m_serviceGroups.value(member)) {
        if (depth >= MaxPanGroupDepth)
            return fail(*g, QStringLiteral("service groups nested deeper than %1 (a loop?)").arg(MaxPanGroupDepth));
        for (const QString &m : g->members(u"members"))
            if (!service(m, out, depth + 1, unresolved))
                return false;
        return true;
    }
    unresolved = QStringLiteral("service %1 is not defined").arg(shown(member));
    return true;
}

bool PanOsParser::rule(const XmlNode &e, PolicyRule &r)
{
    m_expanded = 0;
    r.name = e.name.isEmpty() ? QStringLiteral("(unnamed rule)") : shown(e.name);
    r.where = QStringLiteral("line %1").arg(e.line);
    const XmlNode *action = e.child(u"action");
    const QString a = action ? action->text : QString();
    if (a == QLatin1String("allow"))
        r.action = RuleAction::Accept;
    else if (a == QLatin1String("deny") || a == QLatin1String("drop") || a.startsWith(QLatin1String("reset-")))
        r.action = RuleAction::Deny;
    else
        return fail(e, QStringLiteral("action \"%1\" is not allow, deny, drop or reset-*").arg(shown(a)));
    for (const QString &z : e.members(u"from"))
        if (z != QLatin1String("any"))
            r.fromZones << z;
    for (const QString &z : e.members(u"to"))
        if (z != QLatin1String("any"))
            r.toZones << z;
    const QStringList sources = e.members(u"source"), destinations = e.members(u"destination");
    if (sources.isEmpty() || destinations.isEmpty())
        return fail(e, QStringLiteral("a rule needs <source> and <destination> members"));
    for (const auto &[members, set] : {std::pair{&sources, &r.sources}, std::pair{&destinations, &r.destinations}}) {
        AddressSet s;
        s.any = false;
        for (const QString &m : *members)
            if (!address(m, s, 0, r.unevaluated))
                return false;
        *set = s;
    }
    if (const XmlNode *n = e.child(u"negate-source"); n && n->text == QLatin1String("yes"))
        r.sources.negated = true;
    if (const XmlNode *n = e.child(u"negate-destination"); n && n->text == QLatin1String("yes"))
        r.destinations.negated = true;
    const QStringList services = e.members(u"service");
    const QStringList applications = e.members(u"application");
    const bool anyApp = applications.isEmpty() || applications.contains(QLatin1String("any"));
    if (services.contains(QLatin1String("application-default"))) {
        if (!anyApp)
            r.unevaluated = QStringLiteral("application-default ports of %1").arg(shown(applications.join(QLatin1Char(','))));
    } else if (!services.contains(QLatin1String("any")) && !services.isEmpty()) {
        for (const QString &s : services)
            if (!service(s, r.services, 0, r.unevaluated))
                return false;
    }
    if (!anyApp && r.unevaluated.isEmpty())
        m_policy.notes << QStringLiteral("%1 (%2) allows only the applications %3; counted for its service ports")
                              .arg(r.name, r.where, shown(applications.join(QStringLiteral(", "))));
    return true;
}

PolicyReadResult PanOsParser::run(const QByteArray &bytes)
{
    const XmlTree tree = XmlTree::parse(bytes);
    if (!tree.root || !tree.error.isEmpty())
        return {{}, tree.error};
    if (tree.root->tag != QLatin1String("config") && tree.root->tag != QLatin1String("response"))
        return {{}, QStringLiteral("%1: not a PAN-OS configuration (expected <config>)").arg(tree.root->where())};
    collect(*tree.root, QString(), 0);
    m_policy.format = QStringLiteral("paloalto");
    PolicyChain chain;
    chain.name = QStringLiteral("security rules");
    chain.base = true;
    chain.hook = QStringLiteral("forward");
    chain.policy = RuleAction::Deny; // interzone-default
    for (const auto *list : {&m_pre, &m_rules, &m_post}) {
        for (const XmlNode *e : *list) {
            if (const XmlNode *d = e->child(u"disabled"); d && d->text == QLatin1String("yes"))
                continue;
            PolicyRule r;
            if (!rule(*e, r))
                return {{}, m_error.startsWith(QLatin1Char('<')) ? m_error : e->where() + QStringLiteral(": ") + m_error};
            if (!r.unevaluated.isEmpty())
                m_policy.notes << QStringLiteral("%1 (%2) not evaluated: %3").arg(r.name, r.where, r.unevaluated);
            chain.rules.push_back(std::move(r));
        }
    }
    if (m_pre.empty() && m_rules.empty() && m_post.empty())
        m_policy.notes << QStringLiteral("the configuration has no security rules");
    m_policy.chains.push_back(std::move(chain));
    return {std::move(m_policy), {}};
}

} // namespace

PolicyReadResult PanOsReader::read(const QByteArray &bytes)
{
    return PanOsParser().run(bytes);
}

} // namespace pp
