#include "app/designer/DockLayout.h"

#include "views/panels/BoundaryGroupsPanel.h"
#include "views/panels/FlowsPanel.h"
#include "views/panels/PalettePanel.h"
#include "views/panels/SitesPanel.h"
#include "views/panels/ValidationPanel.h"
#include "views/properties/PropertiesPanel.h"
#include "views/review/ReviewPanel.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QScrollArea>
#include <QSettings>

#include <algorithm>

namespace pp::app {

namespace {

/// Bumped when the docks change, so an old saved layout is not restored.
constexpr int layoutVersion = 2;

} // namespace

DockLayout::DockLayout(QMainWindow *window, const DesignDocument *document, const Catalog &catalog)
    : QObject(window)
    , m_window(window)
    , m_palette(new views::PalettePanel(catalog, window))
    , m_properties(new views::PropertiesPanel(document, catalog, window))
    , m_sites(new views::SitesPanel(document, window))
    , m_flows(new views::FlowsPanel(catalog, window))
    , m_validation(new views::ValidationPanel(window))
    , m_review(new views::ReviewPanel(document, catalog, window))
    , m_groups(new views::BoundaryGroupsPanel(document, catalog, window))
    , m_paletteDock(addDock(m_palette, QStringLiteral("palette"), Qt::LeftDockWidgetArea))
    , m_sitesDock(addDock(m_sites, QStringLiteral("sites"), Qt::LeftDockWidgetArea))
    , m_propertiesDock(addDock(m_properties, QStringLiteral("properties"), Qt::RightDockWidgetArea))
    , m_flowsDock(addDock(m_flows, QStringLiteral("flows"), Qt::BottomDockWidgetArea))
    , m_validationDock(addDock(m_validation, QStringLiteral("validation"), Qt::BottomDockWidgetArea))
    // The security review and the boundary groups are editors: they share
    // the right-hand side with Properties.
    , m_reviewDock(addDock(m_review, QStringLiteral("review"), Qt::RightDockWidgetArea))
    , m_groupsDock(addDock(m_groups, QStringLiteral("groups"), Qt::RightDockWidgetArea))
{
    // The right-hand editors take the window's full height (a crossing's
    // details read without scrolling); the tables below span the canvas and
    // the palette, whose height does not hold them down.
    window->setCorner(Qt::TopRightCorner, Qt::RightDockWidgetArea);
    window->setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    window->setCorner(Qt::TopLeftCorner, Qt::LeftDockWidgetArea);
    window->setCorner(Qt::BottomLeftCorner, Qt::BottomDockWidgetArea);
    arrange();

    connect(m_reviewDock, &QDockWidget::visibilityChanged, this, [this](bool shown) {
        m_reviewOnScreen = shown;
        if (shown)
            m_review->resume();
    });
    // A hidden tab neither rebuilds its lists nor paints on the canvas.
    connect(m_groupsDock, &QDockWidget::visibilityChanged, this, [this](bool shown) {
        m_groups->setOnScreen(shown);
        emit groupsShown(shown);
    });
}

void DockLayout::arrange()
{
    const std::pair<QDockWidget *, Qt::DockWidgetArea> places[] = {
        {m_paletteDock, Qt::LeftDockWidgetArea},   {m_sitesDock, Qt::LeftDockWidgetArea},
        {m_propertiesDock, Qt::RightDockWidgetArea}, {m_reviewDock, Qt::RightDockWidgetArea},
        {m_groupsDock, Qt::RightDockWidgetArea},   {m_flowsDock, Qt::BottomDockWidgetArea},
        {m_validationDock, Qt::BottomDockWidgetArea}};
    for (const auto &[dock, area] : places) {
        if (dock->isFloating() || m_window->dockWidgetArea(dock) != area) {
            dock->setFloating(false);
            m_window->addDockWidget(area, dock);
        }
        dock->show();
    }
    m_window->tabifyDockWidget(m_propertiesDock, m_reviewDock);
    m_window->tabifyDockWidget(m_reviewDock, m_groupsDock);
    m_propertiesDock->raise();
    // The hierarchy sits with the palette: a site picked there opens in
    // Properties, on the other side, where it can be seen while it is edited.
    m_window->tabifyDockWidget(m_paletteDock, m_sitesDock);
    m_paletteDock->raise();
    m_window->tabifyDockWidget(m_flowsDock, m_validationDock);
    m_flowsDock->raise();
}

bool DockLayout::covered(const QWidget *widget)
{
    // Qt keeps the panels of unselected dock tabs "visible" and moves
    // their docks off screen (to negative coordinates) instead.
    for (const QWidget *w = widget; w; w = w->parentWidget())
        if (qobject_cast<const QDockWidget *>(w) && (w->geometry().right() < 0 || w->geometry().bottom() < 0))
            return true;
    return false;
}

QWidget *DockLayout::nextTabStop(QWidget *from, bool forward) const
{
    // Qt's own walk of the focus chain (Tab and Shift+Tab), skipping what
    // is not on screen: Tab walked into panels behind other tabs, and Space
    // pressed their buttons unseen.
    QWidget *w = from;
    for (int guard = 0; guard < 10000; ++guard) {
        w = forward ? w->nextInFocusChain() : w->previousInFocusChain();
        if (!w || w == from)
            return nullptr;
        if (w->window() == m_window && (w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && !w->focusProxy()
            && w->isVisibleTo(m_window) && w->isEnabled() && !covered(w))
            return w;
    }
    return nullptr;
}

QDockWidget *DockLayout::addDock(QWidget *panel, const QString &name, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(m_window);
    dock->setObjectName(name);
    if (panel == m_groups || panel == m_review || panel == m_sites) {
        // Tall or wide forms: in a scroll area, so that their minimum size
        // does not hold the splitters of the docks around them.
        auto *scroll = new QScrollArea(dock);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setFocusPolicy(Qt::NoFocus);
        scroll->setWidget(panel);
        dock->setWidget(scroll);
    } else {
        dock->setWidget(panel);
    }
    m_window->addDockWidget(area, dock); // arrange() tabs them
    return dock;
}

QList<QAction *> DockLayout::toggleActions() const
{
    QList<QAction *> actions;
    for (QDockWidget *dock : {m_paletteDock, m_propertiesDock, m_sitesDock, m_flowsDock, m_validationDock,
                              m_reviewDock, m_groupsDock})
        actions << dock->toggleViewAction();
    return actions;
}

void DockLayout::sizeDocks()
{
    m_window->resizeDocks({m_paletteDock, m_propertiesDock}, {235, 360}, Qt::Horizontal);
    // The openings are the main output: about a dozen rows at 1400x900.
    m_window->resizeDocks({m_flowsDock}, {std::max(320, m_window->height() * 9 / 20)}, Qt::Vertical);
}

bool DockLayout::restoreLayout()
{
    const QSettings settings;
    const QByteArray geometry = settings.value(QStringLiteral("window/geometry")).toByteArray();
    const QByteArray state = settings.value(QStringLiteral("window/state")).toByteArray();
    if (!geometry.isEmpty())
        m_window->restoreGeometry(geometry);
    return !state.isEmpty() && m_window->restoreState(state, layoutVersion);
}

void DockLayout::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), m_window->saveGeometry());
    settings.setValue(QStringLiteral("window/state"), m_window->saveState(layoutVersion));
}

void DockLayout::resetLayout()
{
    arrange();
    sizeDocks();
    QSettings().remove(QStringLiteral("window/state"));
}

void DockLayout::retranslate()
{
    m_paletteDock->setWindowTitle(tr("Roles"));
    m_propertiesDock->setWindowTitle(tr("Properties"));
    m_sitesDock->setWindowTitle(tr("Site Hierarchy"));
    m_flowsDock->setWindowTitle(tr("Flows and Openings"));
    m_validationDock->setWindowTitle(tr("Validation"));
    m_reviewDock->setWindowTitle(tr("Security Review"));
    m_groupsDock->setWindowTitle(tr("Boundary Groups"));
    m_palette->retranslate();
    m_flows->retranslate();
    m_validation->retranslate();
    m_sites->retranslate();
    m_review->retranslate();
    m_groups->retranslate();
}

void DockLayout::raiseProperties()
{
    m_propertiesDock->raise();
}

void DockLayout::raisePalette()
{
    m_paletteDock->show();
    m_paletteDock->raise();
}

void DockLayout::raiseFlows()
{
    m_flowsDock->show();
    m_flowsDock->raise();
}

void DockLayout::raiseReview()
{
    m_reviewDock->show();
    m_reviewDock->raise();
}

bool DockLayout::groupsOnScreen() const
{
    return !m_groupsDock->visibleRegion().isEmpty();
}

} // namespace pp::app
