#pragma once

#include <QObject>
#include <QPointF>
#include <QRectF>
#include <QVector>

#include "model/design/Design.h"

class QWidget;

namespace pp {
class DesignDocument;
}

namespace pp::commands {
class Edits;
}

namespace pp::views {
class DesignScene;
class DesignView;
struct HostMove;
} // namespace pp::views

namespace pp::app {

class AnalysisRunner;

/// Turns what the user does on the canvas and in the Edit menu into edits:
/// drags and nudges, roles dropped or picked in the palette, new zones and
/// sites, delete, cut, copy, paste, auto-arrange. Each becomes one call of
/// the undo layer (commands::Edits); the canvas only ever reads.
class EditController : public QObject
{
    Q_OBJECT

public:
    EditController(QWidget *window, commands::Edits *edits, const DesignDocument *document, views::DesignScene *scene,
                   views::DesignView *view, AnalysisRunner *runner);

    /// A finished drag of hosts (within or between zones).
    void placeHosts(const QVector<views::HostMove> &moves);
    /// A zone moved or resized, with the hosts it carried.
    void placeZone(const QString &zoneId, const QRectF &rect, const QVector<views::HostMove> &carried);
    /// Arrow keys: the selected hosts by `delta`, never out of their zones.
    void nudgeSelection(const QPointF &delta);
    /// A role dropped on a host (joins it) or on zone space (a new host).
    void dropRole(const QString &roleId, const QPointF &scenePos, const QString &hostId, const QString &zoneId);
    /// The palette's keyboard path: to the selected host, or a new host in
    /// the selected zone.
    void addRole(const QString &roleId);
    /// Asks for a code and adds a site below `parentCode` (or a primary).
    void addSite(const QString &parentCode);
    /// A zone of `kind` in the middle of the view.
    void addZone(ZoneKind kind);
    /// Edit › Add Firewall and the palette's keyboard path: a generic device
    /// in free space, as near the middle of the view as there is room
    /// (rule 10); it is selected, for Properties.
    void addFirewall();
    /// The firewall dragged from the palette, dropped with its centre at
    /// `scenePos`; it is selected.
    void dropFirewall(const QPointF &scenePos);
    /// A device linked to a zone on the canvas: a new interface there, the
    /// device selected so that Properties shows it to be named. Returns the
    /// interface's id; empty when nothing was added.
    QString linkFirewall(const QString &firewallId, const QString &zoneId);
    void deleteSelection();
    void copySelection();
    void cutSelection();
    void pasteClipboard();
    void selectAll();
    /// Lays the design out with graphviz (with progress) as one step.
    void autoArrange();

signals:
    void message(const QString &text, int ms);
    void siteAdded(const QString &code);
    /// A new host from the palette or a drop: its name is the next thing to type.
    void hostCreated(const QString &id);
    void arranged();

private:
    /// Adds the device, selects it and says how to link it.
    void placeFirewall(const QPointF &centre);

    QWidget *m_window;
    commands::Edits *m_edits;
    const DesignDocument *m_document;
    views::DesignScene *m_scene;
    views::DesignView *m_view;
    AnalysisRunner *m_runner;
};

} // namespace pp::app
