#pragma once

// The one public header of the undo layer: every user edit of a design goes
// through these functions, each pushing one undoable step.

#include <QMap>
#include <QPointF>
#include <QRectF>
#include <QStringList>

#include "model/design/Design.h"

#include <vector>

class QUndoStack;

namespace pp {
class Catalog;
struct Role;
class DesignDocument;
} // namespace pp

namespace pp::commands {

/// A host's new placement (a finished drag).
struct Placement
{
    QString id;
    QPointF pos;
    QString zone;
};

class Edits
{
public:
    Edits(QUndoStack *stack, DesignDocument *document, const Catalog &catalog);

    QUndoStack *stack() const { return m_stack; }

    /// Drop of a role on empty zone space: a new host carrying it.
    QString addHostWithRole(const QString &roleId, const QString &zoneId, const QPointF &pos);
    /// Drop of a role on a host: the role joins the host (no-op if present).
    bool addRoleToHost(const QString &roleId, const QString &hostId);
    void placeHosts(const std::vector<Placement> &placements, const QString &text);
    /// Arrow-key move of hosts (zones unchanged): a run of nudges of the same
    /// hosts merges into one undo step.
    void nudgeHosts(const std::vector<Placement> &placements);
    void editHost(const Host &before, const Host &after);
    /// A host's options in one step, called `text` in the undo history (the
    /// current-branch options: a CMG's instances and deployment, a pull
    /// DP's sources, a data warehouse point's database). False when the
    /// host is unknown or nothing changes.
    bool setHostOptions(const QString &hostId, const HostOptions &options, const QString &text);
    /// Deletes hosts, zones (a zone takes its hosts along) and firewalls in
    /// one step; undo restores them exactly, in their places. What named
    /// them (links, groups, interfaces in the zones, routes no firewall can
    /// carry any more) changes in the same step.
    void remove(const QStringList &hostIds, const QStringList &zoneIds, const QStringList &firewallIds = {});
    QString addZone(ZoneKind kind, const QRectF &rect);
    /// A zone's fields. A new name moves an id PortPlanner made from the old
    /// one (zoneids::followsName); a new id changes every reference to it.
    void editZone(const Zone &before, const Zone &after);
    /// Gives a zone another id and changes every reference to it in one
    /// step. False when the id is not valid or taken.
    bool renameZone(const QString &zoneId, const QString &newId);
    /// A zone moved or resized, with the hosts it carried: one step.
    void editZoneGeometry(const QString &zoneId, const QRectF &rect, const std::vector<Placement> &carried);
    void addSite(const Site &site);
    void editSite(const Site &before, const Site &after);
    /// Removes a site; its hosts lose the site, its child sites lose the parent.
    void removeSite(const QString &code);
    /// Rule 10: a new firewall of `platform` with its symbol at `pos`, not
    /// yet linked to any zone. Returns its id ("fw", "fw-2", ...).
    QString addFirewall(FirewallPlatform platform, const QPointF &pos);
    /// The device symbol dragged to `pos` (no recompute: paths stay).
    void moveFirewall(const QString &id, const QPointF &pos);
    /// Name, platform, management address, interfaces. Routes the new
    /// interfaces can no longer carry are dropped in the same step.
    void editFirewall(const Firewall &before, const Firewall &after);
    /// Deletes firewalls, and in the same step the routes they carried alone.
    void removeFirewalls(const QStringList &ids);
    /// Links a firewall to a zone: a new interface in it, with an id in the
    /// platform's style ("ethernet1/3", "port3", "ge-0/0/2") and the zone's
    /// name as its name, in ASCII (zoneids::fromName; the zone id when the
    /// name has no ASCII letters). Returns the interface id; empty if
    /// either is unknown.
    QString addInterface(const QString &firewallId, const QString &zoneId);
    void removeInterface(const QString &firewallId, const QString &interfaceId);
    void setRoutes(const std::vector<Route> &routes, const QString &text);
    /// Rule 10: pins a route (appended to the design's routes).
    void addRoute(const Route &route);
    /// The route from `before.from` to `before.to` becomes `after`.
    void editRoute(const Route &before, const Route &after);
    /// Unpins the route from `from` to `to`.
    void removeRoute(const QString &from, const QString &to);
    void setLinks(const std::vector<Link> &links, const QString &text);
    void setBoundaryGroups(const std::vector<BoundaryGroup> &groups, const QString &text);
    void addReviewDecision(const ReviewDecision &decision, const QString &cursor);
    /// Several decisions (a batch) as one undoable step.
    void addReviewDecisions(const std::vector<ReviewDecision> &decisions, const QString &cursor);
    /// The reviewer stepped to another crossing. The cursor is saved (a
    /// reopened review resumes there), so it is an edit like any other; a
    /// run of moves is one undo step, and one that ends where it began
    /// leaves the stack.
    void moveReviewCursor(const QString &key);
    /// Issue 15: the verification records after an import of results, as one step.
    void setVerifications(const std::vector<VerificationRecord> &records, const QString &text);
    void setName(const QString &name);
    void setSettings(const DesignSettings &settings);
    void setChangeRequest(const ChangeRequestInfo &info);
    /// Names the object or service group the request calls `generated`
    /// `name` in every export (kept in the design's change request); an
    /// empty `name`, or `generated` itself, gives the group its own name
    /// back. False when nothing changes.
    bool renameGroup(const QString &generated, const QString &name);
    /// Every group's name at once (File > Group Names), as one undo step:
    /// the request's own name -> the user's; a group left out gets its own
    /// name back. False when nothing changes.
    bool setGroupNames(const QMap<QString, QString> &names);
    /// The port catalog the design follows (a built-in catalog id).
    void setCatalog(const QString &catalogId);
    /// Pastes hosts (and optionally zones) copied as file-format JSON; new
    /// ids, offset positions. Returns the new host ids.
    QStringList paste(const QByteArray &fragment, const QPointF &offset, const QString &targetZone, QString *error);
    /// Turns the design into `after` in one undoable step (an inventory
    /// import merged into it). False when there is nothing to change.
    bool replaceWith(const Design &after, const QString &text);
    /// Applies an auto-arrange result: zone rects and host positions, one step.
    void arrange(const std::vector<std::pair<QString, QRectF>> &zones, const std::vector<Placement> &hosts);

    /// File-format JSON of hosts and zones, for the clipboard.
    QByteArray copy(const QStringList &hostIds, const QStringList &zoneIds) const;

private:
    const Role *roleOf(const QString &roleId) const;
    void push(struct DesignPatch &&patch, const QString &text, int mergeId = -1);
    struct DesignPatch renamePatch(const Zone &before, const Zone &after) const;

    QUndoStack *m_stack;
    DesignDocument *m_document;
    const Catalog &m_catalog;
};

} // namespace pp::commands
