#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

#include <vector>

namespace pp {

struct ObjectGroup;
struct RequestHost;
struct ServiceGroup;

/// The one place that names object and service groups (issue 18, item 6).
/// Names are read by a firewall team, so they say what the group holds: the
/// zone and the hosts' role ("LAN_Clients", "DC_SiteServers") or, for one
/// host, its short name ("DMZ_IBCM01"); services by what they carry
/// ("SVC_HTTP_HTTPS"). The same design always gets the same names: where two
/// groups would share one, the site code tells them apart, then a number in
/// the order of their content. Identifiers only ([A-Za-z0-9_], starting with
/// a letter, at most maxLength characters), so every format can use them as
/// they are. Renames and per-platform limits belong here as well.
class GroupNaming
{
public:
    explicit GroupNaming(int maxLength = 48);

    /// Names every group; `hosts` are the request's.
    void nameObjectGroups(std::vector<ObjectGroup> &groups, const std::vector<RequestHost> &hosts) const;
    void nameServiceGroups(std::vector<ServiceGroup> &groups) const;
    /// The user's names (ChangeRequestInfo::groupNames, keyed by the name
    /// given here): a renamed group takes its new name as an identifier of
    /// at most maxLength characters. A rename that had to change, or that
    /// another group of the same kind already carries (that one keeps its
    /// name), is said in *warnings.
    void applyRenames(std::vector<ObjectGroup> &objects, std::vector<ServiceGroup> &services,
                      const QMap<QString, QString> &renames, QStringList *warnings) const;

    /// "Clients", "SiteServers", "SQLServers": the plural of a role id.
    static QString roleWord(const QString &roleId);
    /// "HTTPS", "SQLBroker", "ClientNotification": a service id as a word.
    static QString serviceWord(const QString &serviceId);

private:
    QString objectBase(const ObjectGroup &group, const std::vector<RequestHost> &hosts) const;
    QString serviceBase(const ServiceGroup &group) const;
    /// Makes `names` unique: colliding ones try `alternatives` first, then
    /// get "_2", "_3" in the order of `order` (a content key).
    void deduplicate(QStringList &names, const QStringList &alternatives, const QStringList &order) const;
    QString cut(const QString &name) const;

    int m_maxLength;
};

} // namespace pp
