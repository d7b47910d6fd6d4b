// The designer's actions, menus and toolbar, and their translations.
#include "app/designer/WindowActions.h"

#include "app/designer/Language.h"

#include <QAction>
#include <QActionGroup>
#include <QDir>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenuBar>
#include <QStyle>
#include <QToolBar>
#include <QUndoStack>

namespace pp::app {

WindowActions::WindowActions(QMainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_languageGroup(new QActionGroup(this))
{
    // Not Ctrl+Shift+Z for a new zone: that is Redo on Linux desktops.
    addZone[0]->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    addSecondaryShortcuts();
    for (QAction *a : m_languages)
        m_languageGroup->addAction(a);
    // Window-wide: the shortcuts work whichever panel has the focus.
    for (QAction *a : findChildren<QAction *>(QString(), Qt::FindDirectChildrenOnly))
        a->setShortcutContext(Qt::WindowShortcut);
}

QAction *WindowActions::make(const char *name, const QKeySequence &shortcut)
{
    auto *a = new QAction(this);
    a->setObjectName(QString::fromLatin1(name));
    if (!shortcut.isEmpty())
        a->setShortcut(shortcut);
    return a;
}

void WindowActions::addSecondaryShortcuts()
{
    // The platform's bindings come first (the menu shows the first one); the
    // user guide promises Ctrl+Y and Ctrl+= everywhere. Ctrl++ needs Shift on
    // most keyboards, so the unshifted key that carries "+" zooms in too.
    const std::pair<QAction *, QList<QKeySequence>> extra[] = {
        {redo, {QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)}},
        {zoomIn, {QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus)}},
        {zoomOut, {QKeySequence(Qt::CTRL | Qt::Key_Minus)}},
    };
    for (const auto &[action, keys] : extra) {
        QList<QKeySequence> all = action->shortcuts();
        for (const QKeySequence &k : keys)
            if (!all.contains(k))
                all << k;
        action->setShortcuts(all);
    }
}

QAction *WindowActions::makeToggle(const char *name, const QKeySequence &shortcut)
{
    QAction *a = make(name, shortcut);
    a->setCheckable(true);
    a->setChecked(true);
    return a;
}

std::array<QAction *, ZoneKindCount> WindowActions::makeZoneActions()
{
    std::array<QAction *, ZoneKindCount> actions{};
    for (size_t kind = 0; kind < actions.size(); ++kind)
        actions[kind] = make(QStringLiteral("addZone%1").arg(kind).toLatin1().constData(), {});
    return actions;
}

QList<QAction *> WindowActions::makeLanguageActions()
{
    QList<QAction *> actions;
    for (const QString &code : Language::available()) {
        QAction *a = make((QStringLiteral("lang_") + code).toLatin1().constData(), {});
        a->setCheckable(true);
        a->setData(code);
        connect(a, &QAction::triggered, this, [this, code] { emit languageChosen(code); });
        actions << a;
    }
    return actions;
}

std::array<QAction *, 3> WindowActions::makeDetailActions()
{
    std::array<QAction *, 3> actions{};
    auto *group = new QActionGroup(this);
    const QKeySequence keys[] = {QKeySequence(Qt::ALT | Qt::Key_1), QKeySequence(Qt::ALT | Qt::Key_2),
                                 QKeySequence(Qt::ALT | Qt::Key_3)};
    for (int i = 0; i < 3; ++i) {
        actions[size_t(i)] = make(QStringLiteral("detail%1").arg(i).toLatin1().constData(), keys[i]);
        actions[size_t(i)]->setCheckable(true);
        group->addAction(actions[size_t(i)]);
        connect(actions[size_t(i)], &QAction::triggered, this, [this, i] { emit detailChosen(i); });
    }
    actions[0]->setChecked(true);
    return actions;
}

QAction *WindowActions::language(const QString &code) const
{
    for (QAction *a : m_languages)
        if (a->data().toString() == code)
            return a;
    return nullptr;
}

QList<QAction *> WindowActions::languages() const
{
    return m_languages;
}

void WindowActions::createMenus(const QList<QAction *> &dockToggles)
{
    QMenuBar *bar = m_window->menuBar();
    m_fileMenu = bar->addMenu(QString());
    m_fileMenu->addAction(newDesign);
    m_examplesMenu = m_fileMenu->addMenu(QString());
    for (const QFileInfo &f : QDir(QStringLiteral(":/examples")).entryInfoList({QStringLiteral("*.portplan")}))
        connect(m_examplesMenu->addAction(f.completeBaseName()), &QAction::triggered, this,
                [this, path = f.filePath()] { emit exampleChosen(path); });
    m_fileMenu->addAction(open);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({save, saveAs});
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(importInventory);
    m_fileMenu->addActions({auditPolicy, importVerification});
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({exportRequest, compareWith, groupNames, exportDiagram});
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(quit);

    m_editMenu = bar->addMenu(QString());
    m_editMenu->addActions({undo, redo});
    m_editMenu->addSeparator();
    m_editMenu->addActions({cut, copy, paste, deleteSelection, selectAll});
    m_editMenu->addSeparator();
    m_editMenu->addAction(findRole);
    m_editMenu->addSeparator();
    m_zoneMenu = m_editMenu->addMenu(QString());
    for (QAction *a : addZone)
        m_zoneMenu->addAction(a);
    m_editMenu->addActions({addSite, addFirewall, arrange});

    m_viewMenu = bar->addMenu(QString());
    m_viewMenu->addActions({zoomIn, zoomOut, fit});
    m_viewMenu->addSeparator();
    m_detailMenu = m_viewMenu->addMenu(QString());
    m_detailMenu->addActions({detail[0], detail[1], detail[2]});
    m_viewMenu->addActions({showInternal, legend, snap, grid});
    m_viewMenu->addSeparator();
    m_viewMenu->addActions(dockToggles);
    m_viewMenu->addAction(resetLayout);
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions(m_languages);

    m_reviewMenu = bar->addMenu(QString());
    m_reviewMenu->addActions({startReview, reviewRecord});

    m_helpMenu = bar->addMenu(QString());
    m_helpMenu->addAction(about);

    createToolBar();
    setIcons();
    setRecentFiles(m_recentFiles);
}

void WindowActions::createToolBar()
{
    auto *tools = m_window->addToolBar(QString());
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->setIconSize(QSize(20, 20));
    tools->addActions({newDesign, open, save});
    tools->addSeparator();
    tools->addActions({undo, redo});
    tools->addSeparator();
    tools->addActions({addZone[0], arrange});
    tools->addSeparator();
    tools->addActions({zoomOut, zoomIn, fit, showInternal});
}

void WindowActions::setIcons()
{
    const std::pair<QAction *, const char *> icons[] = {
        {newDesign, "document-new"}, {open, "document-open"},    {save, "document-save"},
        {undo, "edit-undo"},         {redo, "edit-redo"},        {addZone[0], "zone-add"},
        {arrange, "auto-arrange"},   {zoomIn, "zoom-in"},        {zoomOut, "zoom-out"},
        {fit, "zoom-fit"},           {showInternal, "connections-internal"}, {addFirewall, "firewall"}};
    for (const auto &[action, icon] : icons)
        action->setIcon(QIcon(QStringLiteral(":/icons/actions/%1.svg").arg(QLatin1String(icon))));
    deleteSelection->setIcon(m_window->style()->standardIcon(QStyle::SP_TrashIcon));
}

void WindowActions::retranslate(const QString &currentLanguage)
{
    const struct
    {
        QAction *action;
        QString text;
        QString tip;
    } texts[] = {
        {newDesign, tr("&New"), tr("Start a blank design")},
        {open, tr("&Open…"), tr("Open a .portplan design")},
        {save, tr("&Save"), tr("Save the design")},
        {saveAs, tr("Save &As…"), tr("Save the design under another name")},
        {exportDiagram, tr("Export &Diagram…"), tr("Save the diagram as drawn: SVG, PNG, PDF or draw.io")},
        {quit, tr("&Quit"), tr("Close PortPlanner")},
        {cut, tr("Cu&t"), tr("Cut the selected hosts and zones")},
        {copy, tr("&Copy"), tr("Copy the selected hosts and zones")},
        {paste, tr("&Paste"), tr("Paste hosts and zones; into the selected zone when there is one")},
        {deleteSelection, tr("&Delete"), tr("Delete the selected hosts and zones")},
        {selectAll, tr("Select &All"), tr("Select every host")},
        {findRole, tr("&Find Role…"), tr("Search the role palette; Enter picks the first match, Enter again adds it")},
        {addSite, tr("Add &Site…"), tr("Add a site below the one selected in the site hierarchy")},
        {addFirewall, tr("Add Fire&wall"), tr("Add a firewall device; link it to zones by dragging from its link handle")},
        {arrange, tr("Aut&o-Arrange"), tr("Lay out zones and hosts with graphviz")},
        {zoomIn, tr("Zoom &In"), tr("Zoom in")},
        {zoomOut, tr("Zoom &Out"), tr("Zoom out")},
        {fit, tr("&Fit to View"), tr("Show the whole design")},
        {showInternal, tr("Show Internal &Connections"), tr("Show connections that stay inside a zone")},
        {snap, tr("Snap to &Grid"), tr("Align moved hosts and zones to the grid")},
        {grid, tr("Show G&rid"), tr("Draw the grid behind the design")},
        {resetLayout, tr("Reset La&yout"), tr("Put every panel back where it was at first, at its first size")},
        {legend, tr("Show &Legend"), tr("Explain the canvas's lines, badges and cards in a corner of the view")},
        {detail[0], tr("&Automatic"), tr("Zone trunks when the whole design is in view, host connections zoomed in")},
        {detail[1], tr("&Zone Trunks"), tr("One line per pair of zones, with its openings and main ports")},
        {detail[2], tr("&Host Connections"), tr("One line per pair of hosts, routed around the cards")},
        {about, tr("&About PortPlanner"), tr("Version and sources")},
        {exportRequest, tr("Export &Change Request…"), tr("The firewall change request in a format the firewall team takes, previewed first")},
        {importInventory, tr("&Import Site Inventory…"),
         tr("Add the site systems of an existing site from a ConfigMgr inventory CSV (ServerName, SiteCode, RoleName)")},
        {auditPolicy, tr("Audi&t Against Policy…"),
         tr("Which openings an existing firewall policy already allows (nftables JSON, iptables-save, Capirca, PAN-OS XML, CSV)")},
        {importVerification, tr("Import &Verification Results…"),
         tr("Read what the verification scripts found: each opening verified, failed or untested")},
        {compareWith, tr("Co&mpare With…"), tr("Only what changed since an earlier version of the design")},
        {groupNames, tr("&Group Names…"), tr("Give the change request's object and service groups your own names")},
        {startReview, tr("Start or Resume &Walkthrough"), tr("Step through every boundary crossing, highest risk first")},
        {reviewRecord, tr("Export Review &Record…"), tr("Who decided what and when, as an HTML page")},
        {language(QStringLiteral("en")), QStringLiteral("English"), QStringLiteral("English")},
        {language(QStringLiteral("zh_TW")), QStringLiteral("繁體中文"), QStringLiteral("Traditional Chinese")},
    };
    for (const auto &t : texts) {
        t.action->setText(t.text);
        t.action->setToolTip(t.tip);
        t.action->setStatusTip(t.tip);
    }
    const QString zoneNames[] = {tr("&Internal Zone"), tr("&Perimeter Zone (DMZ)"), tr("I&nternet Zone"), tr("&Cloud Zone"),
                                 tr("&Branch Zone"), tr("&Transit Zone (WAN)")};
    for (size_t kind = 0; kind < addZone.size(); ++kind)
        addZone[kind]->setText(zoneNames[kind]);
    addZone[0]->setIconText(tr("Add Zone"));
    showInternal->setIconText(tr("Internal Connections"));
    m_fileMenu->setTitle(tr("&File"));
    m_examplesMenu->setTitle(tr("New from &Example"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_editMenu->setTitle(tr("&Edit"));
    m_zoneMenu->setTitle(tr("Add &Zone"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("La&nguage"));
    m_detailMenu->setTitle(tr("Connection &Detail"));
    m_reviewMenu->setTitle(tr("&Review"));
    m_helpMenu->setTitle(tr("&Help"));
    for (QAction *a : m_languages)
        a->setChecked(a->data().toString() == currentLanguage);
    setRecentFiles(m_recentFiles);
}

void WindowActions::updateUndo(const QUndoStack *stack)
{
    const struct
    {
        QAction *action;
        bool enabled;
        QString command;
        QString plain;
        QString prefixed;
        QString icon;
    } actions[] = {
        {undo, stack->canUndo(), stack->undoText(), tr("&Undo"), tr("&Undo %1"), tr("Undo")},
        {redo, stack->canRedo(), stack->redoText(), tr("&Redo"), tr("&Redo %1"), tr("Redo")},
    };
    for (const auto &u : actions) {
        u.action->setEnabled(u.enabled);
        u.action->setText(u.command.isEmpty() ? u.plain : u.prefixed.arg(u.command));
        u.action->setIconText(u.icon);
        u.action->setToolTip(u.action->text().remove(QLatin1Char('&')));
    }
}

void WindowActions::setHasSelection(bool selection)
{
    for (QAction *a : {cut, copy, deleteSelection})
        a->setEnabled(selection);
}

void WindowActions::setRecentFiles(const QStringList &files)
{
    m_recentFiles = files;
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    for (int i = 0; i < files.size(); ++i) {
        QAction *a = m_recentMenu->addAction(QStringLiteral("&%1  %2").arg(i + 1).arg(QFileInfo(files[i]).fileName()));
        a->setToolTip(files[i]);
        connect(a, &QAction::triggered, this, [this, path = files[i]] { emit recentFileChosen(path); });
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        connect(m_recentMenu->addAction(tr("&Clear List")), &QAction::triggered, this,
                &WindowActions::clearRecentFilesRequested);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

} // namespace pp::app
