#pragma once

// The port catalog. This header is Catalog's and brings in every part it
// holds, one header per struct.

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include "model/catalog/BridgingRule.h"
#include "model/catalog/CatalogPort.h"
#include "model/catalog/Condition.h"
#include "model/catalog/Connection.h"
#include "model/catalog/InternetRestriction.h"
#include "model/catalog/ReferenceTable.h"
#include "model/catalog/Role.h"
#include "model/catalog/Section.h"
#include "model/catalog/SeedNote.h"
#include "model/catalog/SettingDefault.h"
#include "model/catalog/SourcePage.h"
#include "model/design/PortRange.h"
#include "model/design/Settings.h"

#include <nlohmann/json_fwd.hpp>

#include <array>
#include <optional>
#include <vector>

namespace pp {

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
    // Catalog::parse, one part of the file each; they throw on bad input.
    void readRoles(const nlohmann::json &doc);
    /// The index of the role `o[key]` names, -1 without one; an unknown role is an error naming `ref`.
    int roleRef(const nlohmann::json &o, const char *key, const QString &ref) const;
    /// Sections, seed notes, service names, and the words for scopes and conditions.
    void readTexts(const nlohmann::json &doc);
    void readDefaults(const nlohmann::json &doc);
    Connection readConnection(const nlohmann::json &x) const;
    /// Rule 8's sources, restrictions and bridging rules; marks the connections they rule out.
    void readInternetFacts(const nlohmann::json &doc);
    ReferenceTable readReference(const nlohmann::json &x) const;

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
