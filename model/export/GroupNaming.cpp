#include "model/export/GroupNaming.h"

#include "model/export/ChangeRequest.h"
#include "model/export/ExportText.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace pp {

namespace {

/// Zone words are short so the role or host part stays readable.
constexpr int zoneWordLength = 20;
constexpr int hostWordLength = 24;
/// A number suffix ("_12") needs room at the end of a cut name.
constexpr int suffixRoom = 4;
/// More services than this in one group are named by the first ones.
constexpr int namedServices = 3;
/// Up to this many hosts with no role in common are named one by one.
constexpr size_t namedHosts = 3;

bool hasAsciiLetter(const QString &text)
{
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'); });
}

/// An identifier cut to `length` at a word boundary ("_") where one is
/// near: "Internet_Microsoft" rather than "Internet_Microsoft_Updat".
QString wordCut(const QString &value, int length)
{
    const QString whole = exporttext::identifier(value, 256);
    if (whole.size() <= length)
        return whole;
    const qsizetype boundary = whole.lastIndexOf(QLatin1Char('_'), length);
    return whole.left(boundary > length / 2 ? boundary : length);
}

/// A word from a name a person gave, or from the id when the name has no
/// letter an identifier can keep (a name in Chinese, say).
QString nameWord(const QString &name, const QString &id, int length)
{
    return wordCut(hasAsciiLetter(name) ? name : id, length);
}

QString capitalised(const QString &part)
{
    return part.isEmpty() ? part : part.left(1).toUpper() + part.mid(1);
}

QString zoneWord(const ObjectGroup &group)
{
    return nameWord(group.zoneName, group.zoneId, zoneWordLength);
}

/// "CM01" for "CM01.contoso.com": the first label is what people say.
QString hostWord(const RequestHost &host)
{
    const QString shortName = host.name.section(QLatin1Char('.'), 0, 0);
    return nameWord(shortName.isEmpty() ? host.name : shortName, host.id, hostWordLength);
}

/// The role that names a set of hosts: the first role (in the first host's
/// order) that all of them carry; else, for a few hosts, their names; else
/// the hosts' first roles when there are at most two of them; else what
/// they are in general.
QString rolesWord(const ObjectGroup &group, const std::vector<RequestHost> &hosts)
{
    const RequestHost &first = hosts[size_t(group.hosts.front())];
    for (const QString &role : first.roles) {
        const bool common = std::all_of(group.hosts.begin(), group.hosts.end(), [&](int h) {
            return hosts[size_t(h)].roles.contains(role);
        });
        if (common)
            return GroupNaming::roleWord(role);
    }
    if (group.hosts.size() <= namedHosts) {
        QStringList names;
        for (int h : group.hosts)
            names << hostWord(hosts[size_t(h)]);
        const QString joined = names.join(QLatin1Char('_'));
        if (joined.size() <= hostWordLength)
            return joined;
    }
    QStringList words;
    bool clients = false;
    for (int h : group.hosts) {
        const QStringList &roles = hosts[size_t(h)].roles;
        const QString role = roles.isEmpty() ? QStringLiteral("host") : roles.front();
        clients |= role.contains(QLatin1String("client")) || role == QLatin1String("mobile_device");
        const QString word = GroupNaming::roleWord(role);
        if (!words.contains(word))
            words << word;
    }
    if (words.size() <= 2)
        return words.join(QLatin1Char('_'));
    return clients ? QStringLiteral("Hosts") : QStringLiteral("Servers");
}

/// The site all hosts of a group belong to, or empty.
QString commonSite(const ObjectGroup &group, const std::vector<RequestHost> &hosts)
{
    const QString site = hosts[size_t(group.hosts.front())].site;
    for (int h : group.hosts)
        if (hosts[size_t(h)].site != site)
            return {};
    return site;
}

QString contentKey(const ObjectGroup &group, const std::vector<RequestHost> &hosts)
{
    QStringList parts;
    for (int h : group.hosts)
        parts << hosts[size_t(h)].id + QLatin1Char('=') + hosts[size_t(h)].addresses.join(QLatin1Char(' '));
    return group.zoneId + QLatin1Char('|') + parts.join(QLatin1Char(','));
}

/// "8530_8531" for TCP/8530 and TCP/8531: what tells two HTTP groups apart.
QString portsWord(const ServiceGroup &group)
{
    QStringList ports;
    for (const QString &m : group.members)
        ports << m.section(QLatin1Char('/'), 1);
    return exporttext::identifier(QStringLiteral("p") + ports.join(QLatin1Char('_')), 24).mid(1);
}

} // namespace

GroupNaming::GroupNaming(int maxLength)
    : m_maxLength(std::max(12, maxLength))
{
}

QString GroupNaming::roleWord(const QString &roleId)
{
    static const QHash<QString, QString> words{
        {QStringLiteral("site_database"), QStringLiteral("SQLServers")},
        {QStringLiteral("sms_provider"), QStringLiteral("SMSProviders")},
        {QStringLiteral("internet"), QStringLiteral("Internet")},
        {QStringLiteral("microsoft_cloud"), QStringLiteral("MicrosoftCloud")},
        {QStringLiteral("azure_services"), QStringLiteral("AzureServices")},
        {QStringLiteral("intune"), QStringLiteral("Intune")},
        {QStringLiteral("exchange_online"), QStringLiteral("ExchangeOnline")},
        {QStringLiteral("exchange_onprem"), QStringLiteral("ExchangeServers")},
        {QStringLiteral("issuing_ca"), QStringLiteral("IssuingCAs")},
        {QStringLiteral("policy_module"), QStringLiteral("NDESPolicyModules")},
        {QStringLiteral("proxy_server"), QStringLiteral("Proxies")},
        {QStringLiteral("upstream_wsus"), QStringLiteral("UpstreamWSUS")},
        {QStringLiteral("wsus_database"), QStringLiteral("WSUSDatabases")},
        {QStringLiteral("cmg_connection_point"), QStringLiteral("CMGConnectionPoints")},
        {QStringLiteral("cloud_management_gateway"), QStringLiteral("CMGs")},
        {QStringLiteral("app_catalog_web_service_point"), QStringLiteral("AppCatalogWebServices")},
        {QStringLiteral("app_catalog_website_point"), QStringLiteral("AppCatalogWebsites")},
        {QStringLiteral("asset_intelligence_sync_point"), QStringLiteral("AssetIntelligencePoints")},
    };
    if (const auto it = words.constFind(roleId); it != words.constEnd())
        return *it;
    QString word;
    for (const QString &part : roleId.split(QLatin1Char('_'), Qt::SkipEmptyParts))
        word += capitalised(part);
    return exporttext::identifier(word + QLatin1Char('s'), 32);
}

QString GroupNaming::serviceWord(const QString &serviceId)
{
    static const QHash<QString, QString> words{
        {QStringLiteral("sql-broker"), QStringLiteral("SQLBroker")},
        {QStringLiteral("rpc-epm"), QStringLiteral("RPC")},
        {QStringLiteral("rpc-dynamic"), QStringLiteral("RPCDynamic")},
        {QStringLiteral("gc-ldap"), QStringLiteral("GlobalCatalog")},
        {QStringLiteral("gc-ldaps"), QStringLiteral("GlobalCatalogSSL")},
        {QStringLiteral("wake-on-lan"), QStringLiteral("WakeOnLAN")},
        {QStringLiteral("client-notification"), QStringLiteral("ClientNotification")},
        {QStringLiteral("remote-assistance"), QStringLiteral("RemoteAssistance")},
        {QStringLiteral("winrm-https"), QStringLiteral("WinRM_HTTPS")},
        {QStringLiteral("winrm-http"), QStringLiteral("WinRM_HTTP")},
        {QStringLiteral("netbios-ns"), QStringLiteral("NetBIOS_NS")},
        {QStringLiteral("netbios-dgm"), QStringLiteral("NetBIOS_DGM")},
        {QStringLiteral("netbios-ssn"), QStringLiteral("NetBIOS_SSN")},
        {QStringLiteral("icmp-echo"), QStringLiteral("Ping")},
    };
    if (const auto it = words.constFind(serviceId); it != words.constEnd())
        return *it;
    // Short parts are acronyms (http, smb, dns); longer ones words.
    QString word;
    for (const QString &part : serviceId.split(QLatin1Char('-'), Qt::SkipEmptyParts))
        word += part.size() <= 5 ? part.toUpper() : capitalised(part);
    return exporttext::identifier(word, 24);
}

QString GroupNaming::cut(const QString &name) const
{
    return wordCut(name, m_maxLength - suffixRoom);
}

QString GroupNaming::objectBase(const ObjectGroup &group, const std::vector<RequestHost> &hosts) const
{
    if (group.hosts.empty())
        return cut(zoneWord(group) + QStringLiteral("_Hosts"));
    const QString who = group.hosts.size() == 1 ? hostWord(hosts[size_t(group.hosts.front())]) : rolesWord(group, hosts);
    return cut(zoneWord(group) + QLatin1Char('_') + who);
}

QString GroupNaming::serviceBase(const ServiceGroup &group) const
{
    QStringList words;
    for (const QString &id : group.services) {
        if (id == QLatin1String("custom") || id.isEmpty())
            continue;
        const QString word = serviceWord(id);
        if (!words.contains(word))
            words << word;
    }
    if (words.isEmpty()) // ports of manual links: say the ports
        for (const QString &m : group.members)
            words << exporttext::identifier(QString(m).remove(QLatin1Char('/')), 16);
    QString name = QStringLiteral("SVC_") + words.mid(0, namedServices).join(QLatin1Char('_'));
    if (words.size() > namedServices)
        name += QStringLiteral("_Plus%1").arg(words.size() - namedServices);
    return cut(name);
}

void GroupNaming::nameObjectGroups(std::vector<ObjectGroup> &groups, const std::vector<RequestHost> &hosts) const
{
    QStringList names, alternatives, order;
    for (const ObjectGroup &g : groups) {
        names << objectBase(g, hosts);
        const QString site = g.hosts.empty() ? QString() : commonSite(g, hosts);
        // Groups of one zone and role differ most often by site (rule 1).
        alternatives << (site.isEmpty() || g.hosts.size() == 1
                             ? names.back()
                             : cut(zoneWord(g) + QLatin1Char('_') + exporttext::identifier(site, 8) + QLatin1Char('_')
                                   + rolesWord(g, hosts)));
        order << contentKey(g, hosts);
    }
    deduplicate(names, alternatives, order);
    for (size_t i = 0; i < groups.size(); ++i)
        groups[i].name = names[int(i)];
}

void GroupNaming::nameServiceGroups(std::vector<ServiceGroup> &groups) const
{
    QStringList names, alternatives, order;
    for (const ServiceGroup &g : groups) {
        names << serviceBase(g);
        alternatives << cut(names.back() + QLatin1Char('_') + portsWord(g));
        order << g.members.join(QLatin1Char(','));
    }
    deduplicate(names, alternatives, order);
    for (size_t i = 0; i < groups.size(); ++i)
        groups[i].name = names[int(i)];
}

namespace {

/// Renames the groups of one kind: new names first taken by the renamed
/// groups, in group order; a clash keeps the generated name.
template<typename Group>
void renameAll(std::vector<Group> &groups, const QMap<QString, QString> &renames, int maxLength, QStringList *warnings)
{
    QSet<QString> taken;
    for (const Group &g : groups)
        if (!renames.contains(g.name))
            taken.insert(g.name);
    for (Group &g : groups) {
        const auto wanted = renames.constFind(g.name);
        if (wanted == renames.constEnd())
            continue;
        const QString made = exporttext::identifier(*wanted, maxLength);
        if (taken.contains(made)) {
            if (warnings)
                *warnings << QCoreApplication::translate("GroupNaming", "Group %1 keeps its name: another group is "
                                                                        "already called %2.")
                                 .arg(g.name, made);
            continue;
        }
        if (made != *wanted && warnings)
            *warnings << QCoreApplication::translate("GroupNaming", "Group %1 is called %2: \"%3\" is not a name "
                                                                    "every firewall takes (letters, digits and _, at "
                                                                    "most %4 characters).")
                             .arg(g.name, made, exporttext::singleLine(*wanted, 80))
                             .arg(maxLength);
        taken.insert(made);
        g.name = made;
    }
}

} // namespace

void GroupNaming::applyRenames(std::vector<ObjectGroup> &objects, std::vector<ServiceGroup> &services,
                               const QMap<QString, QString> &renames, QStringList *warnings) const
{
    if (renames.isEmpty())
        return;
    renameAll(objects, renames, m_maxLength, warnings);
    renameAll(services, renames, m_maxLength, warnings);
}

void GroupNaming::deduplicate(QStringList &names, const QStringList &alternatives, const QStringList &order) const
{
    QHash<QString, int> uses;
    for (const QString &n : names)
        ++uses[n];
    for (int i = 0; i < names.size(); ++i)
        if (uses.value(names[i]) > 1)
            names[i] = alternatives[i];

    // Whatever still collides is numbered in content order, so the numbers
    // do not depend on the order lines come in.
    std::vector<int> byOrder(size_t(names.size()));
    std::iota(byOrder.begin(), byOrder.end(), 0);
    std::sort(byOrder.begin(), byOrder.end(), [&](int a, int b) {
        return std::tie(names[a], order[a]) < std::tie(names[b], order[b]);
    });
    QHash<QString, int> taken;
    for (const QString &n : names)
        taken.insert(n, 0);
    QHash<QString, bool> first;
    for (int i : byOrder) {
        const QString name = names[i];
        if (!first.contains(name)) {
            first.insert(name, true);
            continue;
        }
        int &next = taken[name];
        QString numbered;
        do
            numbered = name + QStringLiteral("_%1").arg(std::max(2, ++next + 1));
        while (taken.contains(numbered));
        taken.insert(numbered, 0);
        names[i] = numbered;
    }
}

} // namespace pp
