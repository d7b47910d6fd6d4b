#pragma once

#include <QMainWindow>

#include "model/engine/AnalysisSnapshot.h"

#include <memory>

class QLabel;
class QUndoStack;

namespace pp {
class Catalog;
class DesignDocument;
} // namespace pp

namespace pp::commands {
class Edits;
}

namespace pp::views {
class BoundaryGroupsPanel;
class DesignScene;
class DesignView;
class FlowsPanel;
class PalettePanel;
class PropertiesPanel;
class ReviewPanel;
class SitesPanel;
class ValidationPanel;
} // namespace pp::views

namespace pp::app {

class AnalysisRunner;
class DockLayout;
class DocumentFiles;
class CheckController;
class EditController;
class FileController;
class Language;
class WindowActions;

/// The designer's window: the canvas in the middle, the panels in docks
/// around it (DockLayout), the menus and toolbar (WindowActions). It owns the
/// document, its undo stack and the analysis runner, and connects what the
/// views emit to whoever acts on it: edits to EditController and the panels'
/// own requests to the undo layer (commands::Edits), files to FileController,
/// selections between the views. It computes nothing itself.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const Catalog &catalog, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a design; reports errors in a dialog unless `quiet`.
    bool openFile(const QString &path, bool quiet = false);
    /// Offers autosaves left by a crashed session (on start).
    void offerRecovery();

    const DesignDocument *document() const { return m_document; }
    QUndoStack *undoStack() const { return m_undo; }
    commands::Edits *edits() const { return m_edits.get(); }
    views::DesignScene *scene() const { return m_scene; }
    views::DesignView *view() const { return m_view; }
    views::FlowsPanel *flowsPanel() const;
    views::PalettePanel *palette() const;
    views::PropertiesPanel *properties() const;
    views::ValidationPanel *validation() const;
    views::SitesPanel *sites() const;
    views::ReviewPanel *review() const;
    views::BoundaryGroupsPanel *boundaryGroups() const;
    AnalysisRunner *analysis() const { return m_runner; }
    DocumentFiles *files() const { return m_files; }
    FileController *fileController() const { return m_fileController; }
    CheckController *checkController() const { return m_checkController; }
    WindowActions *actions() const { return m_actions; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    /// Tab and Shift+Tab skip the panels behind other dock tabs.
    bool focusNextPrevChild(bool next) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createStatusBar();
    void fixBusyWidth();
    void connectActions();
    void connectCanvas();
    void connectPanels();
    void connectReview();
    void connectProperties();
    void connectDocument();
    void retranslate();
    void onAnalysis(const AnalysisPtr &analysis);
    void updateStatus();
    /// The Openings table's Review column follows the review's sheet.
    void updateReviewColumn();
    void updateTitle();
    void onSceneSelection();
    /// Selects and frames hosts (and lights up connections) for a panel.
    void showHosts(const QStringList &hosts, const QSet<QString> &pairs, int frameAtMost);
    void fitToView();
    void startReview();
    void setLanguage(const QString &code);
    void about();
    void showMessage(const QString &text, int ms = 5000);

    const Catalog &m_catalog;
    DesignDocument *m_document;
    QUndoStack *m_undo;
    std::unique_ptr<commands::Edits> m_edits;
    AnalysisRunner *m_runner;
    DocumentFiles *m_files;
    Language *m_language;
    views::DesignScene *m_scene;
    views::DesignView *m_view;
    DockLayout *m_docks;
    WindowActions *m_actions;
    FileController *m_fileController;
    CheckController *m_checkController;
    EditController *m_editController;
    QLabel *m_statusFlows = nullptr;
    QLabel *m_statusZoom = nullptr;
    QLabel *m_statusBusy = nullptr;
    bool m_syncingSelection = false;
};

} // namespace pp::app
