#pragma once

#include <QWidget>

#include "model/design/Design.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace pp {
class Catalog;
class DesignDocument;
} // namespace pp

namespace pp::views {

class FallbackTable;

/// Rule 9's boundary groups: create, rename and delete groups, give them
/// zones and subnets, site systems (picked, or the canvas selection), an
/// assigned site, fallback relations with minutes or never, and whether
/// clients fall back to the site default group. Every change leaves as the
/// new list of groups for the undo layer.
class BoundaryGroupsPanel : public QWidget
{
    Q_OBJECT

public:
    BoundaryGroupsPanel(const DesignDocument *document, const Catalog &catalog, QWidget *parent = nullptr);

    QString selectedGroup() const;
    void selectGroup(const QString &id);
    /// Hosts selected on the canvas, offered by "Add selected hosts".
    void setCanvasSelection(const QStringList &hostIds);
    /// Whether the panel is on screen (its dock's tab is the current one).
    /// Off screen it skips rebuilding on edits and catches up when back.
    void setOnScreen(bool onScreen);
    void retranslate();

signals:
    void groupsEdited(const std::vector<pp::BoundaryGroup> &groups, const QString &text);
    /// The selected group changed: its zones (to tint) and its fallback
    /// targets' zones (to draw arrows to).
    void groupShown(const QString &groupId);
    void message(const QString &text);

private:
    void createLayout();
    void addGroup();
    void removeGroup();
    void rename();
    void assignSite();
    void editSubnets();
    void editZones();
    /// Adds the hosts that are site systems; names the others in a message.
    void addSystems(const QStringList &hostIds);
    void removeSystem();
    void addFallback();
    void removeFallback();
    void setFallbackToDefault(bool on);

    /// Rebuilds now when on screen; a hidden panel only notes that it is
    /// stale and catches up when shown. The panel lists every site and site
    /// system: on the XL design that cost each edit tens of milliseconds,
    /// several times over, while the panel sat in a hidden tab.
    void refresh();
    void rebuildList();
    bool m_stale = false;
    bool m_onScreen = true;
    void showGroup();
    void showZones(const BoundaryGroup *group);
    void showSystems(const BoundaryGroup *group);
    void commit(const BoundaryGroup &after, const QString &text);
    const BoundaryGroup *current() const;

    const DesignDocument *m_document;
    const Catalog &m_catalog;
    QStringList m_canvasSelection;
    bool m_loading = false;

    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLineEdit *m_name;
    QComboBox *m_site;
    QListWidget *m_zones;
    QLineEdit *m_subnets;
    QListWidget *m_systems;
    QComboBox *m_pick;
    QPushButton *m_addPicked;
    QPushButton *m_addSelected;
    QPushButton *m_removeSystem;
    FallbackTable *m_fallback;
    QPushButton *m_addFallback;
    QPushButton *m_removeFallback;
    QCheckBox *m_toDefault;
    QWidget *m_editor;
};

} // namespace pp::views
