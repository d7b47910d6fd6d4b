#pragma once

#include <QObject>

class QAction;
class QDockWidget;
class QMainWindow;

namespace pp {
class Catalog;
class DesignDocument;
} // namespace pp

namespace pp::views {
class BoundaryGroupsPanel;
class FlowsPanel;
class PalettePanel;
class PropertiesPanel;
class ReviewPanel;
class SitesPanel;
class ValidationPanel;
} // namespace pp::views

namespace pp::app {

/// The designer's panels and where they sit: the role palette with the site
/// hierarchy on the left; properties, the security review and the boundary
/// groups as tabs on the right, the window's full height; flows and findings
/// below the canvas and the palette. Tabs rather than splits, so the canvas
/// keeps the room. It creates the panels (views that read the document) and
/// their docks, remembers where the user put them (QSettings) and puts them
/// back (Reset Layout); the main window connects them.
class DockLayout : public QObject
{
    Q_OBJECT

public:
    DockLayout(QMainWindow *window, const DesignDocument *document, const Catalog &catalog);

    views::PalettePanel *palette() const { return m_palette; }
    views::PropertiesPanel *properties() const { return m_properties; }
    views::SitesPanel *sites() const { return m_sites; }
    views::FlowsPanel *flows() const { return m_flows; }
    views::ValidationPanel *validation() const { return m_validation; }
    views::ReviewPanel *review() const { return m_review; }
    views::BoundaryGroupsPanel *groups() const { return m_groups; }

    /// The View menu's show/hide actions, in menu order.
    QList<QAction *> toggleActions() const;
    /// The first sizes of the side and bottom docks (after the window's).
    void sizeDocks();
    /// The layout the user left last time, if any (call once the window has its size).
    bool restoreLayout();
    /// Remembers the window's geometry and where every panel is.
    void saveLayout() const;
    /// Every panel back in its first place, tab and size (View > Reset Layout).
    void resetLayout();
    void retranslate();
    /// True for a widget in a dock that is behind another tab (or hidden).
    static bool covered(const QWidget *widget);
    /// The control Tab (or Shift+Tab) goes to from `from`: the next in the
    /// focus chain that is on screen; panels behind other tabs are skipped.
    QWidget *nextTabStop(QWidget *from, bool forward) const;

    void raiseProperties();
    /// Shows the role palette (Find Role).
    void raisePalette();
    /// Shows the flows and openings tables.
    void raiseFlows();
    /// Shows the security review (Start or Resume Walkthrough).
    void raiseReview();
    /// The walkthrough steers the canvas only while the reviewer can see it.
    bool reviewOnScreen() const { return m_reviewOnScreen; }
    /// The boundary groups panel is on screen (not a hidden tab).
    bool groupsOnScreen() const;

signals:
    /// The boundary groups dock came on screen or left it.
    void groupsShown(bool shown);

private:
    QDockWidget *addDock(QWidget *panel, const QString &name, Qt::DockWidgetArea area);
    /// Docks into their areas and tabs, the first tab of each raised.
    void arrange();

    QMainWindow *m_window;
    views::PalettePanel *m_palette;
    views::PropertiesPanel *m_properties;
    views::SitesPanel *m_sites;
    views::FlowsPanel *m_flows;
    views::ValidationPanel *m_validation;
    views::ReviewPanel *m_review;
    views::BoundaryGroupsPanel *m_groups;
    QDockWidget *m_paletteDock;
    QDockWidget *m_sitesDock;
    QDockWidget *m_propertiesDock;
    QDockWidget *m_flowsDock;
    QDockWidget *m_validationDock;
    QDockWidget *m_reviewDock;
    QDockWidget *m_groupsDock;
    bool m_reviewOnScreen = false;
};

} // namespace pp::app
