#pragma once

#include <QMap>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

#include "model/design/Extras.h"
#include "model/design/Firewall.h"
#include "model/design/PortRange.h"
#include "model/design/Settings.h"
#include "model/design/Verification.h"

#include <optional>
#include <vector>

namespace pp {

enum class SiteType : quint8 { Cas, Primary, Secondary };
enum class ZoneKind : quint8 { Internal, Perimeter, Internet, Cloud, Branch, Transit };
constexpr size_t ZoneKindCount = size_t(ZoneKind::Transit) + 1;
enum class ClientConnections : quint8 { Intranet, Internet, Both };
enum class LinkKind : quint8 { Add, Exclude };

QString siteTypeName(SiteType t);
std::optional<SiteType> siteTypeFromName(QStringView name);
QString zoneKindName(ZoneKind k);
std::optional<ZoneKind> zoneKindFromName(QStringView name);
QString clientConnectionsName(ClientConnections c);
std::optional<ClientConnections> clientConnectionsFromName(QStringView name);
/// "internal, perimeter, internet, cloud, branch or transit": for messages.
QString zoneKindNames();

struct Site
{
    QString code;             ///< 3 characters, e.g. "PS1"
    SiteType type = SiteType::Primary;
    QString parent;           ///< site code; empty = none
    QString name;             ///< optional display name
    PortSettings ports;       ///< client ports, wake-up ports (note 2)
    std::optional<bool> wakeOnLan;
    std::optional<bool> wakeUpProxy;
    QString internetProxy;    ///< id of a proxy_server host (note 1); empty = none
    std::optional<bool> winPePeerCache; ///< Windows PE peer cache (configmgr-current-2022)
    std::optional<bool> expressUpdates; ///< express installation files (configmgr-current-2022)
    Extras extras;

    bool wakeOnLanEnabled() const { return wakeOnLan.value_or(false); }
    bool wakeUpProxyEnabled() const { return wakeUpProxy.value_or(false); }
    bool winPePeerCacheEnabled() const { return winPePeerCache.value_or(false); }
    bool expressUpdatesEnabled() const { return expressUpdates.value_or(false); }
    friend bool operator==(const Site &a, const Site &b);
};

struct Zone
{
    QString id;
    QString name;
    ZoneKind kind = ZoneKind::Internal;
    QStringList subnets;      ///< CIDR, IPv4 or IPv6
    QRectF rect;
    QString color;            ///< optional "#rrggbb"; empty = by kind
    Extras extras;
    friend bool operator==(const Zone &a, const Zone &b);
};

struct HostOptions
{
    PortSettings ports;       ///< proxyPort, wsus*, sql*, rpcDynamicRange, http(s)Port, ...
    std::optional<bool> pxe;
    std::optional<bool> multicast;
    std::optional<bool> siteServerInitiates;  ///< note 5
    std::optional<bool> workgroup;            ///< client not joined to the domain
    std::optional<bool> azureLoadBalancer;    ///< site database behind an Azure LB
    QString sqlInstance;                      ///< empty = default instance
    std::optional<ClientConnections> clientConnections;
    // configmgr-current-2022
    std::optional<int> cmgInstances;          ///< a CMG's VM instances (default 1)
    QString cmgDeployment;                    ///< a CMG's deployment: "scaleSet" (default) or "classic"
    QStringList pullSources;                  ///< a pull DP's source DPs (host ids)
    QString warehouseDatabase;                ///< a data warehouse point's SQL Server (host id)
    Extras extras;

    bool pxeEnabled() const { return pxe.value_or(false); }
    bool multicastEnabled() const { return multicast.value_or(false); }
    bool siteServerInitiatesEnabled() const { return siteServerInitiates.value_or(false); }
    ClientConnections connections() const { return clientConnections.value_or(ClientConnections::Intranet); }
    int cmgInstanceCount() const { return cmgInstances.value_or(1); }
    bool cmgClassic() const { return cmgDeployment == QLatin1String("classic"); }
    /// The hosts a host option names (Connection::hostOption), by key.
    QStringList namedHosts(const QString &option) const;
    bool isNamedSqlInstance() const;
    friend bool operator==(const HostOptions &a, const HostOptions &b);
};

struct Host
{
    QString id;
    QString name;
    QString zone;
    QString site;             ///< empty = null (global roles only)
    QStringList roles;
    QStringList addresses;
    QPointF pos;
    std::optional<int> count; ///< machines this host stands for (default 1)
    HostOptions options;
    Extras extras;

    int machineCount() const { return count.value_or(1); }
    bool hasRole(const QString &role) const { return roles.contains(role); }
    friend bool operator==(const Host &a, const Host &b);
};

struct LinkPort
{
    Protocol protocol = Protocol::Tcp;
    PortRange range;
    friend bool operator==(const LinkPort &a, const LinkPort &b)
    {
        return a.protocol == b.protocol && a.range == b.range;
    }
};

/// Rule 7: a connection the catalog does not imply (Add), or one it implies
/// that the design leaves out (Exclude). Both stay visible.
struct Link
{
    QString id;
    LinkKind kind = LinkKind::Add;
    QString from;             ///< host id
    QString to;               ///< host id
    QString ref;              ///< seed anchor; for Add, empty = a port list of its own
    std::vector<LinkPort> ports; ///< Add: the ports (default: the ref's); Exclude: empty = all
    QString comment;
    Extras extras;
    friend bool operator==(const Link &a, const Link &b);
};

struct DesignSettings
{
    PortSettings ports;       ///< rpcDynamicRange
    Extras extras;
    friend bool operator==(const DesignSettings &a, const DesignSettings &b);
};

/// One fallback relation of a boundary group (rule 9): after `minutes`, or
/// never, clients of the group may use the neighbour's systems of `roles`.
struct BoundaryFallback
{
    QString to;               ///< neighbour boundary group id
    QStringList roles;        ///< empty = every role boundary groups govern
    std::optional<int> minutes;
    bool never = false;
    Extras extras;
    friend bool operator==(const BoundaryFallback &a, const BoundaryFallback &b);
};

/// Rule 9: which distribution points, management points, software update
/// points and state migration points the clients inside its boundaries use.
struct BoundaryGroup
{
    QString id;
    QString name;
    QStringList zones;        ///< boundaries: whole zones
    QStringList subnets;      ///< boundaries: CIDR subnets
    QString site;             ///< assigned site; empty = none
    QStringList systems;      ///< host ids of its site systems
    std::vector<BoundaryFallback> fallback;
    std::optional<bool> fallbackToDefault; ///< default true: the site default group after the rest
    Extras extras;

    bool usesDefaultGroup() const { return fallbackToDefault.value_or(true); }
    friend bool operator==(const BoundaryGroup &a, const BoundaryGroup &b);
};

enum class Verdict : quint8 { Approve, Reject, Question };
QString verdictName(Verdict v);
std::optional<Verdict> verdictFromName(QStringView name);

/// A reviewer's decision on one opening (file key "reviews"). Decisions are
/// appended, never rewritten: the latest per key counts, the rest is history.
struct ReviewDecision
{
    QString key;              ///< opening key, e.g. "lan>dmz/TCP/443"
    Verdict verdict = Verdict::Question;
    QString comment;
    QString reviewer;
    QString time;             ///< ISO 8601 UTC
    QString fingerprint;      ///< what the opening looked like when decided
    Extras extras;
    friend bool operator==(const ReviewDecision &a, const ReviewDecision &b);
};

/// Request metadata a firewall change request carries (file key "changeRequest").
struct ChangeRequestInfo
{
    QString ticket;           ///< e.g. "CHG0012345"
    QString requester;
    QString owner;
    QString requestedDate;    ///< ISO date, e.g. "2026-11-25"
    QString reviewDate;       ///< expiry or review date, ISO
    QString window;           ///< implementation window, free text
    /// The user's names for object and service groups (file key
    /// "groupNames"): the name GroupNaming gives -> the name to use. Kept
    /// in key order so the file diffs well.
    QMap<QString, QString> groupNames;
    Extras extras;
    bool isEmpty() const
    {
        return ticket.isEmpty() && requester.isEmpty() && owner.isEmpty() && requestedDate.isEmpty()
            && reviewDate.isEmpty() && window.isEmpty() && groupNames.isEmpty() && extras.is_null();
    }
    friend bool operator==(const ChangeRequestInfo &a, const ChangeRequestInfo &b);
};

/// The document: everything a .portplan file holds.
struct Design
{
    QString name;
    QString catalog = QStringLiteral("configmgr-2017");
    DesignSettings settings;
    ChangeRequestInfo changeRequest;
    std::vector<Site> sites;
    std::vector<Zone> zones;
    std::vector<Host> hosts;
    std::vector<Link> links;
    std::vector<BoundaryGroup> boundaryGroups;
    std::vector<Firewall> firewalls; ///< rule 10; empty = one implicit firewall between every two zones
    std::vector<Route> routes;       ///< rule 10: pinned zone paths
    std::vector<ReviewDecision> reviews;
    std::vector<VerificationRecord> verifications; ///< issue 15: one per opening key, latest import
    QString reviewCursor;     ///< opening key the walkthrough was on (resume)
    Extras extras;

    const Site *site(const QString &code) const;
    const Zone *zone(const QString &id) const;
    const Host *host(const QString &id) const;
    Site *site(const QString &code);
    Zone *zone(const QString &id);
    Host *host(const QString &id);
    int hostIndex(const QString &id) const;
    int zoneIndex(const QString &id) const;
    int siteIndex(const QString &code) const;
    const BoundaryGroup *boundaryGroup(const QString &id) const;
    int firewallIndex(const QString &id) const;
    const Firewall *firewall(const QString &id) const;

    friend bool operator==(const Design &a, const Design &b);
    friend bool operator!=(const Design &a, const Design &b) { return !(a == b); }
};

} // namespace pp
