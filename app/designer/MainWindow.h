#pragma once

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include "model/engine/AnalysisSnapshot.h"

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QUndoStack;

namespace pp {
class Catalog;
class DesignDocument;
} // namespace pp

namespace pp::commands {
class Edits;
}

namespace pp::views {
class DesignScene;
class DesignView;
class FlowsPanel;
class PalettePanel;
class BoundaryGroupsPanel;
class PropertiesPanel;
class ReviewPanel;
class SitesPanel;
class ValidationPanel;
struct HostMove;
} // namespace pp::views

namespace pp::app {

class AnalysisRunner;
class DocumentFiles;
class Language;

/// The designer's window: canvas in the middle, palette on the left,
/// properties and sites on the right, flows and findings below. It wires
/// gestures to the undo layer and selections between views; it computes
/// nothing itself.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const Catalog &catalog, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a design; reports errors in a dialog unless `quiet`.
    bool openFile(const QString &path, bool quiet = false);
    /// Merges a ConfigMgr site-system inventory (CSV) into the design as one
    /// undoable step. `report` says what was added, merged and left out, or
    /// why nothing was (then false).
    bool importInventoryFile(const QString &path, QString *report, bool *needsAttention = nullptr);
    /// Offers autosaves left by a crashed session (on start).
    void offerRecovery();

    DesignDocument *document() const { return m_document; }
    QUndoStack *undoStack() const { return m_undo; }
    commands::Edits *edits() const { return m_edits; }
    views::DesignScene *scene() const { return m_scene; }
    views::DesignView *view() const { return m_view; }
    views::FlowsPanel *flowsPanel() const { return m_flows; }
    views::PalettePanel *palette() const { return m_palette; }
    views::PropertiesPanel *properties() const { return m_properties; }
    views::ValidationPanel *validation() const { return m_validation; }
    views::SitesPanel *sites() const { return m_sitesPanel; }
    views::ReviewPanel *review() const { return m_review; }
    views::BoundaryGroupsPanel *boundaryGroups() const { return m_groups; }
    AnalysisRunner *analysis() const { return m_runner; }
    DocumentFiles *files() const { return m_files; }
    QAction *action(const QString &name) const { return m_actions.value(name); }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // MainWindowActions.cpp
    void createActions();
    void createMenus();
    void retranslate();
    void updateRecentMenu();
    void updateActions();
    void updateUndoActions();
    QAction *addAction(const QString &name, const QKeySequence &shortcut, void (MainWindow::*slot)());

    // MainWindowFiles.cpp
    bool maybeSave();
    void newBlank();
    Design blankDesign() const;
    void newFromExample(const QString &fileName);
    void openDialog();
    bool saveFile();
    bool saveFileAs();
    void exportDiagram();
    void updateTitle();

    // MainWindow.cpp
    void createDocks();
    void sizeDocks();
    void connectViews();
    void onAnalysis(const AnalysisPtr &analysis);
    void updateStatus();
    void onSceneSelection();
    void onHostsMoved(const QVector<views::HostMove> &moves);
    void nudgeSelection(const QPointF &delta);
    void onRoleDropped(const QString &roleId, const QPointF &scenePos, const QString &hostId, const QString &zoneId);
    void onRoleActivated(const QString &roleId);
    void addSite(const QString &parentCode);
    void deleteSelection();
    void copySelection();
    void cutSelection();
    void pasteClipboard();
    void selectAll();
    void addZone(int kind);
    void autoArrange();
    void zoomIn();
    void zoomOut();
    void fitToView();
    void toggleInternal();
    void toggleSnap();
    void toggleGrid();
    void exportChangeRequest();
    void importInventory();
    void compareWith();
    void startReview();
    void exportReviewRecord();
    void setLanguage(const QString &code);
    void about();
    void showMessage(const QString &text, int ms = 5000);

    const Catalog &m_catalog;
    DesignDocument *m_document;
    QUndoStack *m_undo;
    commands::Edits *m_edits;
    AnalysisRunner *m_runner;
    DocumentFiles *m_files;
    Language *m_language;
    views::DesignScene *m_scene;
    views::DesignView *m_view;
    views::PalettePanel *m_palette;
    views::PropertiesPanel *m_properties;
    views::SitesPanel *m_sitesPanel;
    views::FlowsPanel *m_flows;
    views::ValidationPanel *m_validation;
    views::ReviewPanel *m_review;
    views::BoundaryGroupsPanel *m_groups;
    QHash<QString, QDockWidget *> m_docks;
    QHash<QString, QAction *> m_actions;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_examplesMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_zoneMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_reviewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QLabel *m_statusFlows = nullptr;
    QLabel *m_statusZoom = nullptr;
    QLabel *m_statusBusy = nullptr;
    bool m_syncingSelection = false;
    bool m_walkthroughShown = false; ///< the review dock is on screen (not a hidden tab)
};

} // namespace pp::app
