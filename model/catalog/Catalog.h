#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include "model/design/PortRange.h"
#include "model/design/Settings.h"

#include <array>
#include <optional>
#include <vector>

namespace pp {

enum class Phase : quint8 { Runtime, Install };
enum class Direction : quint8 { OneWay, BothWays }; // "-->" and "<-->"

/// Which hosts an initiating host pairs with (DESIGN.md rules 1-4, plus the
/// few shapes the seed needs beyond them; the catalog's "scopes" explains each).
enum class Scope : quint8 { Site, OwnSite, ParentChild, Global, Hierarchy, Subtree, Peer, Named };

/// Conditions a connection or a single port row depends on (rule 5 and the
/// seed's own qualifications). The catalog names them; the engine evaluates.
enum class Condition : quint8 {
    FromSiteWakeUpProxy,
    FromSiteWakeOnLan,
    FromSiteTopLevel,
    FromDomainIntranet,
    ToPxe,
    ToMulticast,
    ToInternetFacing,
    ToAzureLoadBalancer,
    HierarchyHasCertificateRegistrationPoint,
    RemoteSql,
    // configmgr-current-2022
    FromInternet,              ///< the initiator is an internet-based client
    FromSiteWinPePeerCache,
    FromSiteExpressUpdates,
    ToCmgScaleSet,
    ToCmgClassic,
    ToCmgOneVm,
    ToCmgSeveralVms,
    HierarchyHasCloudManagementGateway,
};

enum class RoleScope : quint8 { Site, Hierarchy, Global, Client };

QString phaseName(Phase p);
QString directionText(Direction d);
QString scopeName(Scope s);
QString conditionName(Condition c);

struct Role
{
    int index = -1;
    QString id;       ///< contract id, e.g. "management_point"
    QString name;     ///< English display name
    QString nameZh;   ///< the seed's Traditional Chinese term
    QString group;    ///< "site_system", "client" or "external" (palette grouping)
    RoleScope scope = RoleScope::Site;
    bool clientFacing = false; ///< honours the host option clientConnections (rule 8)
};

struct CatalogPort
{
    QString service;  ///< short service id, e.g. "https", "rpc-dynamic"
    Protocol protocol = Protocol::Tcp;
    QString port;     ///< the seed's default as text: "443", "63000-64000", "DYNAMIC", "echo-request"
    PortRange range;  ///< parsed default; empty for DYNAMIC and ICMP
    QStringList alternatives;
    QString description;
    QString descriptionZh;
    QVector<int> notes;
    std::optional<Setting> setting; ///< where a configured value replaces the default
    Phase phase = Phase::Runtime;
    QVector<Condition> conditions;
    bool fromProse = false; ///< listed in the seed's prose rather than a table
    /// Note 4: the port range a TFTP answer goes to on the client; empty =
    /// the client's dynamic RPC range (the 2017 reading).
    PortRange replyRange;

    bool isDynamic() const { return port == QLatin1String("DYNAMIC"); }
    bool hasNote(int n) const { return notes.contains(n); }
};

struct Connection
{
    int index = -1;
    QString ref;      ///< seed anchor, e.g. "BKMK_PortsClient-MP"
    int from = -1;    ///< role index
    int to = -1;      ///< role index
    Direction direction = Direction::OneWay;
    Scope scope = Scope::Site;
    QVector<Condition> conditions;
    QVector<int> notes; ///< section-level notes (e.g. note 5)
    bool external = false;
    QString when;     ///< the condition, in the project's words
    /// A host option of the initiating host naming the hosts it connects to
    /// ("pullSources", "warehouseDatabase"); when set, it replaces the scope.
    QString hostOption;
    std::vector<CatalogPort> ports;
    /// Rule 8: index into Catalog::internetRestrictions() when internet-based
    /// clients cannot use this connection, else -1.
    int notOverInternet = -1;
};

/// A port table that no role pair implies (client shares, Windows Server
/// ports). Manual links may cite it.
struct ReferenceTable
{
    QString ref;
    int from = -1;    ///< role index or -1
    int to = -1;
    QString when;
    std::vector<CatalogPort> ports;
};

struct Section
{
    QString ref;
    QString kind;     ///< connection, prose, reference or info
    QString title;
    QString titleZh;
    QString summary;
};

struct SeedNote
{
    int id = 0;
    QString key;
    QString title;
    QString titleZh;
    QString summary;
};

/// A public page a fact rests on besides the catalog's own ports page, named
/// by repository and path (DESIGN.md rule 8).
struct SourcePage
{
    QString id;
    QString title;
    QString repository;
    QString path;

    /// "Plan for internet-based client management (MicrosoftDocs/memdocs, memdocs/...md)"
    QString citation() const;
};

/// Rule 8: a connection internet-based clients cannot use, and why.
struct InternetRestriction
{
    QString ref;      ///< the section it rules out for internet-based clients
    QString feature;  ///< "pxe", "multicast", "wake-on-lan", "remote-control", ...
    QString note;     ///< e.g. "No PXE over the internet: ..."
    QString noteZh;
    QString source;   ///< SourcePage id
};

/// Rule 8: what an SSL-bridging proxy in front of an internet-facing system
/// of this role must let through besides the port.
struct BridgingRule
{
    int role = -1;
    QStringList verbs;
    QStringList headers;
    QString source;   ///< SourcePage id
};

struct SettingDefault
{
    Setting setting = Setting::ClientHttpPort;
    QStringList levels; ///< "host", "site", "design"
    PortRange value;
    QStringList alternatives;
    int note = 0;
    QString ref;
    QString source;
};

/// The port catalog: roles, connections and their ports, loaded from data
/// (resources/catalog/*.json). The engine knows no port numbers; they all
/// come from here.
class Catalog
{
public:
    /// The default catalog compiled into the program (configmgr-2017, the
    /// seed): what a design without a "catalog" uses.
    static const Catalog &builtin();
    /// A catalog compiled into the program by id, or null.
    static const Catalog *byId(const QString &id);
    /// The ids of the built-in catalogs, the default first.
    static QStringList builtinIds();
    /// The catalog a design names (Design::catalog), the default when it
    /// names none, or null when it names one this program does not have.
    static const Catalog *forDesign(const QString &catalogId);
    /// A role of any built-in catalog (files may carry roles their own
    /// catalog lacks: they are kept, warned about and get no flows).
    static const Role *anyRole(const QString &id);
    /// Loads a catalog file; on failure returns nullopt and sets *error.
    static std::optional<Catalog> load(const QString &path, QString *error);
    static std::optional<Catalog> parse(const QByteArray &json, QString *error);

    QString id() const { return m_id; }
    QString name() const { return m_name; }

    const std::vector<Role> &roles() const { return m_roles; }
    const Role *role(const QString &id) const;
    int roleIndex(const QString &id) const { return m_roleIndex.value(id, -1); }
    const Role &role(int index) const { return m_roles[size_t(index)]; }

    const std::vector<Connection> &connections() const { return m_connections; }
    const std::vector<ReferenceTable> &references() const { return m_references; }
    const ReferenceTable *reference(const QString &ref) const;
    const std::vector<Section> &sections() const { return m_sections; }
    const Section *section(const QString &ref) const;
    const std::vector<SeedNote> &notes() const { return m_notes; }
    const SeedNote *note(int id) const;
    const std::vector<SourcePage> &sources() const { return m_sources; }
    const SourcePage *source(const QString &id) const;
    /// Rule 8: connections internet-based clients cannot use.
    const std::vector<InternetRestriction> &internetRestrictions() const { return m_internetRestrictions; }
    const InternetRestriction *internetRestriction(const QString &ref) const;
    /// Rule 8: the verbs and headers for an internet-facing system of a role, or null.
    const BridgingRule *bridging(int role) const;
    const std::vector<BridgingRule> &bridgingRules() const { return m_bridging; }

    QString serviceName(const QString &serviceId) const { return m_services.value(serviceId, serviceId); }
    QString scopeDescription(Scope s) const;
    QString conditionDescription(Condition c) const;

    /// The catalog default of a setting (e.g. wsusHttpPort = 8530).
    PortRange defaultValue(Setting s) const { return m_defaults[size_t(s)].value; }
    const SettingDefault &settingDefault(Setting s) const { return m_defaults[size_t(s)]; }

    /// All port rows of a section, whether it is a connection, a prose list or
    /// a reference table (a ref can span several connections).
    std::vector<const CatalogPort *> portsOf(const QString &ref) const;

private:
    QString m_id;
    QString m_name;
    std::vector<Role> m_roles;
    QHash<QString, int> m_roleIndex;
    std::vector<Connection> m_connections;
    std::vector<ReferenceTable> m_references;
    std::vector<Section> m_sections;
    std::vector<SeedNote> m_notes;
    std::vector<SourcePage> m_sources;
    std::vector<InternetRestriction> m_internetRestrictions;
    std::vector<BridgingRule> m_bridging;
    QHash<QString, QString> m_services;
    QHash<QString, QString> m_scopeText;
    QHash<QString, QString> m_conditionText;
    std::array<SettingDefault, SettingCount> m_defaults{};
};

} // namespace pp
