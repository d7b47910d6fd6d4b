// The designer's actions, menus and toolbar, and their translations.
#include "app/designer/MainWindow.h"

#include "app/designer/DocumentFiles.h"
#include "app/designer/Language.h"
#include "views/canvas/DesignScene.h"
#include "views/panels/BoundaryGroupsPanel.h"
#include "views/canvas/DesignView.h"
#include "views/panels/FlowsPanel.h"
#include "views/panels/PalettePanel.h"
#include "views/panels/SitesPanel.h"
#include "views/panels/ValidationPanel.h"
#include "views/review/ReviewPanel.h"

#include <QActionGroup>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStyle>
#include <QToolBar>
#include <QCoreApplication>
#include <QUndoStack>

namespace pp::app {

QAction *MainWindow::addAction(const QString &name, const QKeySequence &shortcut, void (MainWindow::*slot)())
{
    auto *a = new QAction(this);
    a->setObjectName(name);
    if (!shortcut.isEmpty())
        a->setShortcut(shortcut);
    if (slot)
        connect(a, &QAction::triggered, this, slot);
    m_actions.insert(name, a);
    return a;
}

void MainWindow::createActions()
{
    addAction(QStringLiteral("new"), QKeySequence::New, &MainWindow::newBlank);
    addAction(QStringLiteral("open"), QKeySequence::Open, &MainWindow::openDialog);
    addAction(QStringLiteral("save"), QKeySequence::Save, nullptr);
    connect(m_actions.value(QStringLiteral("save")), &QAction::triggered, this, [this] { saveFile(); });
    // Some platforms bind no key to Save As or Quit: give them the usual ones.
    addAction(QStringLiteral("saveAs"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), nullptr);
    connect(m_actions.value(QStringLiteral("saveAs")), &QAction::triggered, this, [this] { saveFileAs(); });
    addAction(QStringLiteral("exportDiagram"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), &MainWindow::exportDiagram);
    addAction(QStringLiteral("quit"), QKeySequence(Qt::CTRL | Qt::Key_Q), nullptr);
    connect(m_actions.value(QStringLiteral("quit")), &QAction::triggered, this, &QWidget::close);

    // Our own undo/redo actions rather than QUndoStack's: those fix their
    // "Undo %1" prefix when created, and would stay in the old language.
    QAction *undo = addAction(QStringLiteral("undo"), QKeySequence::Undo, nullptr);
    connect(undo, &QAction::triggered, m_undo, &QUndoStack::undo);
    QAction *redo = addAction(QStringLiteral("redo"), QKeySequence::Redo, nullptr);
    connect(redo, &QAction::triggered, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::indexChanged, this, &MainWindow::updateUndoActions);
    connect(m_undo, &QUndoStack::cleanChanged, this, &MainWindow::updateUndoActions);
    addAction(QStringLiteral("cut"), QKeySequence::Cut, &MainWindow::cutSelection);
    addAction(QStringLiteral("copy"), QKeySequence::Copy, &MainWindow::copySelection);
    addAction(QStringLiteral("paste"), QKeySequence::Paste, &MainWindow::pasteClipboard);
    addAction(QStringLiteral("delete"), QKeySequence::Delete, &MainWindow::deleteSelection);
    addAction(QStringLiteral("selectAll"), QKeySequence::SelectAll, &MainWindow::selectAll);
    addAction(QStringLiteral("findRole"), QKeySequence::Find, nullptr);
    connect(m_actions.value(QStringLiteral("findRole")), &QAction::triggered, this, [this] {
        m_docks.value(QStringLiteral("palette"))->show();
        m_docks.value(QStringLiteral("palette"))->raise();
        m_palette->focusSearch();
    });
    addAction(QStringLiteral("addSite"), QKeySequence(), nullptr);
    connect(m_actions.value(QStringLiteral("addSite")), &QAction::triggered, this,
            [this] { addSite(m_sitesPanel->selectedSite()); });
    for (int kind = 0; kind <= int(ZoneKind::Branch); ++kind) {
        QAction *a = addAction(QStringLiteral("addZone%1").arg(kind), QKeySequence(), nullptr);
        connect(a, &QAction::triggered, this, [this, kind] { addZone(kind); });
    }
    // Not Ctrl+Shift+Z: that is Redo on Linux desktops.
    m_actions.value(QStringLiteral("addZone0"))->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    addAction(QStringLiteral("arrange"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), &MainWindow::autoArrange);

    addAction(QStringLiteral("zoomIn"), QKeySequence::ZoomIn, &MainWindow::zoomIn);
    addAction(QStringLiteral("zoomOut"), QKeySequence::ZoomOut, &MainWindow::zoomOut);
    addAction(QStringLiteral("fit"), QKeySequence(Qt::CTRL | Qt::Key_0), &MainWindow::fitToView);
    addAction(QStringLiteral("showInternal"), QKeySequence(Qt::CTRL | Qt::Key_I), &MainWindow::toggleInternal)->setCheckable(true);
    m_actions.value(QStringLiteral("showInternal"))->setChecked(true);
    addAction(QStringLiteral("snap"), QKeySequence(), &MainWindow::toggleSnap)->setCheckable(true);
    m_actions.value(QStringLiteral("snap"))->setChecked(true);
    addAction(QStringLiteral("grid"), QKeySequence(), &MainWindow::toggleGrid)->setCheckable(true);
    m_actions.value(QStringLiteral("grid"))->setChecked(true);
    QAction *legend = addAction(QStringLiteral("legend"), QKeySequence(Qt::CTRL | Qt::Key_L), nullptr);
    legend->setCheckable(true);
    legend->setChecked(true);
    connect(legend, &QAction::toggled, m_view, &views::DesignView::setShowLegend);
    addAction(QStringLiteral("about"), QKeySequence(), &MainWindow::about);
    addAction(QStringLiteral("startReview"), QKeySequence(Qt::Key_F8), &MainWindow::startReview);
    addAction(QStringLiteral("exportRequest"), QKeySequence(Qt::CTRL | Qt::Key_E), &MainWindow::exportChangeRequest);
    addAction(QStringLiteral("importInventory"), QKeySequence(), &MainWindow::importInventory);
    addAction(QStringLiteral("compareWith"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), &MainWindow::compareWith);
    addAction(QStringLiteral("reviewRecord"), QKeySequence(), &MainWindow::exportReviewRecord);

    m_languageGroup = new QActionGroup(this);
    for (const QString &code : Language::available()) {
        QAction *a = addAction(QStringLiteral("lang_") + code, QKeySequence(), nullptr);
        a->setCheckable(true);
        a->setData(code);
        m_languageGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] { setLanguage(code); });
    }
    for (QAction *a : std::as_const(m_actions))
        a->setShortcutContext(Qt::WindowShortcut);
}

void MainWindow::createMenus()
{
    auto a = [this](const char *name) { return m_actions.value(QString::fromLatin1(name)); };
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(a("new"));
    m_examplesMenu = m_fileMenu->addMenu(QString());
    for (const QFileInfo &f : QDir(QStringLiteral(":/examples")).entryInfoList({QStringLiteral("*.portplan")}))
        connect(m_examplesMenu->addAction(f.completeBaseName()), &QAction::triggered, this,
                [this, path = f.filePath()] { newFromExample(path); });
    m_fileMenu->addAction(a("open"));
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(a("save"));
    m_fileMenu->addAction(a("saveAs"));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(a("importInventory"));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(a("exportRequest"));
    m_fileMenu->addAction(a("compareWith"));
    m_fileMenu->addAction(a("exportDiagram"));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(a("quit"));

    m_editMenu = menuBar()->addMenu(QString());
    for (const char *name : {"undo", "redo"})
        m_editMenu->addAction(a(name));
    m_editMenu->addSeparator();
    for (const char *name : {"cut", "copy", "paste", "delete", "selectAll"})
        m_editMenu->addAction(a(name));
    m_editMenu->addSeparator();
    m_editMenu->addAction(a("findRole"));
    m_editMenu->addSeparator();
    m_zoneMenu = m_editMenu->addMenu(QString());
    for (int kind = 0; kind <= int(ZoneKind::Branch); ++kind)
        m_zoneMenu->addAction(m_actions.value(QStringLiteral("addZone%1").arg(kind)));
    m_editMenu->addAction(a("addSite"));
    m_editMenu->addAction(a("arrange"));

    m_viewMenu = menuBar()->addMenu(QString());
    for (const char *name : {"zoomIn", "zoomOut", "fit"})
        m_viewMenu->addAction(a(name));
    m_viewMenu->addSeparator();
    for (const char *name : {"showInternal", "legend", "snap", "grid"})
        m_viewMenu->addAction(a(name));
    m_viewMenu->addSeparator();
    for (const QString &dock : {QStringLiteral("palette"), QStringLiteral("properties"), QStringLiteral("sites"),
                                QStringLiteral("flows"), QStringLiteral("validation"), QStringLiteral("review"),
                                QStringLiteral("groups")})
        m_viewMenu->addAction(m_docks.value(dock)->toggleViewAction());
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());

    m_reviewMenu = menuBar()->addMenu(QString());
    m_reviewMenu->addAction(a("startReview"));
    m_reviewMenu->addAction(a("reviewRecord"));

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(a("about"));

    auto *tools = addToolBar(QString());
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->setIconSize(QSize(20, 20));
    for (const char *name : {"new", "open", "save"})
        tools->addAction(a(name));
    tools->addSeparator();
    for (const char *name : {"undo", "redo"})
        tools->addAction(a(name));
    tools->addSeparator();
    tools->addAction(m_actions.value(QStringLiteral("addZone0")));
    tools->addAction(a("arrange"));
    tools->addSeparator();
    for (const char *name : {"zoomOut", "zoomIn", "fit", "showInternal"})
        tools->addAction(a(name));

    const std::pair<const char *, const char *> icons[] = {
        {"new", "document-new"},   {"open", "document-open"}, {"save", "document-save"},
        {"undo", "edit-undo"},     {"redo", "edit-redo"},     {"addZone0", "zone-add"},
        {"arrange", "auto-arrange"}, {"zoomIn", "zoom-in"},   {"zoomOut", "zoom-out"},
        {"fit", "zoom-fit"},       {"showInternal", "connections-internal"}};
    for (const auto &[name, icon] : icons)
        a(name)->setIcon(QIcon(QStringLiteral(":/icons/actions/%1.svg").arg(QLatin1String(icon))));
    a("delete")->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    updateRecentMenu();
}

void MainWindow::retranslate()
{
    const struct
    {
        const char *name;
        QString text;
        QString tip;
    } texts[] = {
        {"new", tr("&New"), tr("Start a blank design")},
        {"open", tr("&Open…"), tr("Open a .portplan design")},
        {"save", tr("&Save"), tr("Save the design")},
        {"saveAs", tr("Save &As…"), tr("Save the design under another name")},
        {"exportDiagram", tr("&Export Diagram…"), tr("Save the diagram as SVG or PNG")},
        {"quit", tr("&Quit"), tr("Close PortPlanner")},
        {"cut", tr("Cu&t"), tr("Cut the selected hosts and zones")},
        {"copy", tr("&Copy"), tr("Copy the selected hosts and zones")},
        {"paste", tr("&Paste"), tr("Paste hosts and zones; into the selected zone when there is one")},
        {"delete", tr("&Delete"), tr("Delete the selected hosts and zones")},
        {"selectAll", tr("Select &All"), tr("Select every host")},
        {"findRole", tr("&Find Role…"), tr("Search the role palette; Enter picks the first match, Enter again adds it")},
        {"addSite", tr("Add &Site…"), tr("Add a site below the one selected in the site hierarchy")},
        {"arrange", tr("Auto-&Arrange"), tr("Lay out zones and hosts with graphviz")},
        {"zoomIn", tr("Zoom &In"), tr("Zoom in")},
        {"zoomOut", tr("Zoom &Out"), tr("Zoom out")},
        {"fit", tr("&Fit to View"), tr("Show the whole design")},
        {"showInternal", tr("Show &Internal Connections"), tr("Show connections that stay inside a zone")},
        {"snap", tr("Snap to &Grid"), tr("Align moved hosts and zones to the grid")},
        {"grid", tr("Show G&rid"), tr("Draw the grid behind the design")},
        {"legend", tr("Show &Legend"), tr("Explain the canvas's lines in a corner of the view")},
        {"about", tr("&About PortPlanner"), tr("Version and sources")},
        {"exportRequest", tr("Export &Change Request…"), tr("The firewall change request in a format the firewall team takes, previewed first")},
        {"importInventory", tr("&Import Site Inventory…"),
         tr("Add the site systems of an existing site from a ConfigMgr inventory CSV (ServerName, SiteCode, RoleName)")},
        {"compareWith", tr("Co&mpare With…"), tr("Only what changed since an earlier version of the design")},
        {"startReview", tr("Start or Resume &Walkthrough"), tr("Step through every boundary crossing, highest risk first")},
        {"reviewRecord", tr("Export Review &Record…"), tr("Who decided what and when, as an HTML page")},
        {"lang_en", QStringLiteral("English"), QStringLiteral("English")},
        {"lang_zh_TW", QStringLiteral("繁體中文"), QStringLiteral("Traditional Chinese")},
    };
    for (const auto &t : texts) {
        QAction *a = m_actions.value(QString::fromLatin1(t.name));
        a->setText(t.text);
        a->setToolTip(t.tip);
        a->setStatusTip(t.tip);
    }
    updateUndoActions();
    const QString zoneNames[] = {tr("&Internal Zone"), tr("&Perimeter Zone (DMZ)"), tr("I&nternet Zone"), tr("&Cloud Zone"),
                                 tr("&Branch Zone")};
    for (int kind = 0; kind <= int(ZoneKind::Branch); ++kind)
        m_actions.value(QStringLiteral("addZone%1").arg(kind))->setText(zoneNames[kind]);
    m_actions.value(QStringLiteral("addZone0"))->setIconText(tr("Add Zone"));
    m_actions.value(QStringLiteral("showInternal"))->setIconText(tr("Internal Connections"));
    m_fileMenu->setTitle(tr("&File"));
    m_examplesMenu->setTitle(tr("New from &Example"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_editMenu->setTitle(tr("&Edit"));
    m_zoneMenu->setTitle(tr("Add &Zone"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_reviewMenu->setTitle(tr("&Review"));
    m_helpMenu->setTitle(tr("&Help"));
    const std::pair<const char *, QString> docks[] = {{"palette", tr("Roles")}, {"properties", tr("Properties")},
                                                      {"sites", tr("Site Hierarchy")}, {"flows", tr("Flows and Openings")},
                                                      {"validation", tr("Validation")}, {"review", tr("Security Review")},
                                                      {"groups", tr("Boundary Groups")}};
    for (const auto &[name, title] : docks)
        m_docks.value(QString::fromLatin1(name))->setWindowTitle(title);
    for (QAction *a : m_languageGroup->actions())
        a->setChecked(a->data().toString() == m_language->current());
    m_palette->retranslate();
    m_flows->retranslate();
    m_validation->retranslate();
    m_sitesPanel->retranslate();
    m_review->retranslate();
    m_groups->retranslate();
    updateRecentMenu();
    updateTitle();
    updateStatus();
    m_statusFlows->setAccessibleName(tr("Flow summary"));
    m_statusZoom->setAccessibleName(tr("Zoom level"));
    m_statusZoom->setText(tr("Zoom %1%").arg(qRound(m_view->zoom() * 100)));
}

void MainWindow::updateUndoActions()
{
    const struct
    {
        const char *name;
        bool enabled;
        QString command;
        QString plain;
        QString prefixed;
        QString icon;
    } actions[] = {
        {"undo", m_undo->canUndo(), m_undo->undoText(), tr("&Undo"), tr("&Undo %1"), tr("Undo")},
        {"redo", m_undo->canRedo(), m_undo->redoText(), tr("&Redo"), tr("&Redo %1"), tr("Redo")},
    };
    for (const auto &u : actions) {
        QAction *a = m_actions.value(QString::fromLatin1(u.name));
        a->setEnabled(u.enabled);
        a->setText(u.command.isEmpty() ? u.plain : u.prefixed.arg(u.command));
        a->setIconText(u.icon);
        a->setToolTip(a->text().remove(QLatin1Char('&')));
    }
}

void MainWindow::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList files = m_files->recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        QAction *a = m_recentMenu->addAction(QStringLiteral("&%1  %2").arg(i + 1).arg(QFileInfo(files[i]).fileName()));
        a->setToolTip(files[i]);
        connect(a, &QAction::triggered, this, [this, path = files[i]] {
            if (maybeSave())
                openFile(path);
        });
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        connect(m_recentMenu->addAction(tr("&Clear List")), &QAction::triggered, m_files, &DocumentFiles::clearRecentFiles);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::updateActions()
{
    const bool selection = !m_scene->selectedHosts().isEmpty() || !m_scene->selectedZones().isEmpty();
    for (const char *name : {"cut", "copy", "delete"})
        m_actions.value(QString::fromLatin1(name))->setEnabled(selection);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About PortPlanner"),
                       tr("<h3>PortPlanner %1</h3><p>Firewall planning for Configuration Manager hierarchies.</p>"
                          "<p>Port facts: <i>Ports used in Configuration Manager</i> (Microsoft Docs, zh-TW, 2017); "
                          "every flow names its section anchor.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

} // namespace pp::app
