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

namespace pp::app {

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
    window->tabifyDockWidget(m_propertiesDock, m_reviewDock);
    window->tabifyDockWidget(m_reviewDock, m_groupsDock);
    m_propertiesDock->raise();
    // The hierarchy sits with the palette: a site picked there opens in
    // Properties, on the other side, where it can be seen while it is edited.
    window->tabifyDockWidget(m_paletteDock, m_sitesDock);
    m_paletteDock->raise();
    window->tabifyDockWidget(m_flowsDock, m_validationDock);
    m_flowsDock->raise();

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

QDockWidget *DockLayout::addDock(QWidget *panel, const QString &name, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(m_window);
    dock->setObjectName(name);
    dock->setWidget(panel);
    m_window->addDockWidget(area, dock);
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
    m_window->resizeDocks({m_paletteDock, m_propertiesDock}, {235, 330}, Qt::Horizontal);
    m_window->resizeDocks({m_flowsDock}, {215}, Qt::Vertical);
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
