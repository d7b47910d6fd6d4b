#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>

#include "model/design/Design.h"
#include "model/document/DesignChange.h"

namespace pp {

/// The open document: a Design plus change notification. Every mutation
/// goes through here and announces itself by signal; views observe, undo
/// commands (app/commands) call the mutators. Entities are addressed by id.
class DesignDocument : public QObject
{
    Q_OBJECT

public:
    explicit DesignDocument(QObject *parent = nullptr);

    const Design &design() const { return m_design; }
    /// Replaces the whole design (open, new, revert).
    void reset(Design design);

    const Host *host(const QString &id) const;
    const Zone *zone(const QString &id) const;
    const Site *site(const QString &code) const;
    int hostIndex(const QString &id) const { return m_hostIndex.value(id, -1); }
    int zoneIndex(const QString &id) const { return m_zoneIndex.value(id, -1); }
    /// An id not yet used by any host, zone, site, link or firewall: base, base-2, base-3...
    QString uniqueId(const QString &base) const;

    void insertHost(int index, const Host &host);
    /// Several hosts at once (undoing a deletion), each at the index it will
    /// have afterwards, ascending: one change notification.
    void insertHosts(const std::vector<std::pair<int, Host>> &hosts);
    void removeHost(const QString &id);
    /// Several hosts at once (deleting a selection or a zone): one notification.
    void removeHosts(const QStringList &ids);
    void replaceHost(const Host &host);
    /// Several hosts at once (a multi-host drag): one change notification.
    void replaceHosts(const std::vector<Host> &hosts);

    void insertZone(int index, const Zone &zone);
    void removeZone(const QString &id);
    void replaceZone(const Zone &zone);
    /// Replaces the zone `id`; `zone` may carry a new id (a rename: the
    /// document says zoneRenamed, then zoneChanged under the new id).
    void replaceZone(const QString &id, const Zone &zone);

    void insertSite(int index, const Site &site);
    void removeSite(const QString &code);
    void replaceSite(const QString &code, const Site &site);

    const Firewall *firewall(const QString &id) const { return m_design.firewall(id); }
    int firewallIndex(const QString &id) const { return m_design.firewallIndex(id); }
    void insertFirewall(int index, const Firewall &firewall);
    void removeFirewall(const QString &id);
    /// A firewall whose id stays. Moving its symbol alone changes no flow:
    /// the change is then announced as non-structural (no recompute).
    void replaceFirewall(const Firewall &firewall);
    void setRoutes(std::vector<Route> routes);

    void setLinks(std::vector<Link> links);
    void setName(const QString &name);
    void setSettings(const DesignSettings &settings);
    void setChangeRequest(const ChangeRequestInfo &info);
    /// The port catalog the design follows: every flow may change.
    void setCatalog(const QString &catalogId);
    void setReviews(std::vector<ReviewDecision> reviews, const QString &cursor);
    void setBoundaryGroups(std::vector<BoundaryGroup> groups);
    /// Issue 15: what the verification checks said, one record per opening key.
    void setVerifications(std::vector<VerificationRecord> records);

signals:
    void designReset();
    void hostAdded(const QString &id);
    void hostRemoved(const QString &id);
    void hostChanged(const QString &id);
    void zoneAdded(const QString &id);
    void zoneRemoved(const QString &id);
    void zoneChanged(const QString &id);
    /// A zone's id changed; views that keep zones by id re-key them.
    void zoneRenamed(const QString &from, const QString &to);
    void siteAdded(const QString &code);
    void siteRemoved(const QString &code);
    void siteChanged(const QString &code);
    void linksChanged();
    void propertiesChanged(); ///< name or settings
    void reviewsChanged();
    void verificationsChanged();
    void boundaryGroupsChanged();
    void firewallAdded(const QString &id);
    void firewallRemoved(const QString &id);
    void firewallChanged(const QString &id);
    void routesChanged();
    /// After every mutation, once.
    void changed(const pp::DesignChange &change);

private:
    void reindexHosts();
    void reindexZones();
    void notifyStructural();

    Design m_design;
    QHash<QString, int> m_hostIndex;
    QHash<QString, int> m_zoneIndex;
};

} // namespace pp
