#pragma once

#include <QKeySequence>
#include <QObject>

#include <array>

#include "model/design/Design.h"

class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;
class QUndoStack;

namespace pp::app {

/// Every command of the designer's window as a named action, with its
/// shortcut, icon and translated texts, and the menus and toolbar that show
/// them. It decides nothing: the main window connects each action to the
/// part of the designer that does the work.
class WindowActions : public QObject
{
    Q_OBJECT

public:
    explicit WindowActions(QMainWindow *window);

    // File
    QAction *const newDesign = make("new", QKeySequence::New);
    QAction *const open = make("open", QKeySequence::Open);
    QAction *const save = make("save", QKeySequence::Save);
    // Some platforms bind no key to Save As or Quit: give them the usual ones.
    QAction *const saveAs = make("saveAs", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    QAction *const importInventory = make("importInventory", {});
    QAction *const auditPolicy = make("auditPolicy", {});
    QAction *const importVerification = make("importVerification", {});
    QAction *const exportRequest = make("exportRequest", QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *const compareWith = make("compareWith", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    QAction *const groupNames = make("groupNames", {});
    QAction *const exportDiagram = make("exportDiagram", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QAction *const quit = make("quit", QKeySequence(Qt::CTRL | Qt::Key_Q));
    // Edit. Our own undo and redo rather than QUndoStack's: those fix their
    // "Undo %1" prefix when created, and would stay in the old language.
    QAction *const undo = make("undo", QKeySequence::Undo);
    QAction *const redo = make("redo", QKeySequence::Redo);
    QAction *const cut = make("cut", QKeySequence::Cut);
    QAction *const copy = make("copy", QKeySequence::Copy);
    QAction *const paste = make("paste", QKeySequence::Paste);
    QAction *const deleteSelection = make("delete", QKeySequence::Delete);
    QAction *const selectAll = make("selectAll", QKeySequence::SelectAll);
    QAction *const findRole = make("findRole", QKeySequence::Find);
    /// One per ZoneKind, in its order.
    const std::array<QAction *, ZoneKindCount> addZone = makeZoneActions();
    QAction *const addSite = make("addSite", {});
    QAction *const addFirewall = make("addFirewall", {});
    QAction *const arrange = make("arrange", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    // View
    QAction *const zoomIn = make("zoomIn", QKeySequence::ZoomIn);
    QAction *const zoomOut = make("zoomOut", QKeySequence::ZoomOut);
    QAction *const fit = make("fit", QKeySequence(Qt::CTRL | Qt::Key_0));
    QAction *const showInternal = makeToggle("showInternal", QKeySequence(Qt::CTRL | Qt::Key_I));
    QAction *const legend = makeToggle("legend", QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction *const snap = makeToggle("snap", {});
    QAction *const grid = makeToggle("grid", {});
    QAction *const resetLayout = make("resetLayout", {});
    /// Connection detail: by zoom, zone trunks, host lines (diagram::Detail's order).
    const std::array<QAction *, 3> detail = makeDetailActions();
    // Review
    QAction *const startReview = make("startReview", QKeySequence(Qt::Key_F8));
    QAction *const reviewRecord = make("reviewRecord", {});
    // Help
    QAction *const about = make("about", {});

    /// The action that switches to a language (Language::available()).
    QAction *language(const QString &code) const;
    QList<QAction *> languages() const;

    /// The menu bar and the toolbar; `dockToggles` go into the View menu.
    void createMenus(const QList<QAction *> &dockToggles);
    void retranslate(const QString &currentLanguage);
    /// Undo and Redo name the step they would take.
    void updateUndo(const QUndoStack *stack);
    /// Cut, Copy and Delete need something selected.
    void setHasSelection(bool selection);
    void setRecentFiles(const QStringList &files);

signals:
    void exampleChosen(const QString &resourcePath);
    void recentFileChosen(const QString &path);
    void clearRecentFilesRequested();
    void languageChosen(const QString &code);
    /// View › Connection Detail: 0 automatic, 1 zone trunks, 2 host lines.
    void detailChosen(int detail);

private:
    QAction *make(const char *name, const QKeySequence &shortcut);
    /// Keys some desktops bind and others do not, as second shortcuts.
    void addSecondaryShortcuts();
    QAction *makeToggle(const char *name, const QKeySequence &shortcut);
    std::array<QAction *, ZoneKindCount> makeZoneActions();
    QList<QAction *> makeLanguageActions();
    std::array<QAction *, 3> makeDetailActions();
    void createToolBar();
    void setIcons();

    QMainWindow *m_window;
    QActionGroup *m_languageGroup;
    const QList<QAction *> m_languages = makeLanguageActions();
    QStringList m_recentFiles;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_examplesMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_zoneMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_detailMenu = nullptr;
    QMenu *m_reviewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
};

} // namespace pp::app
