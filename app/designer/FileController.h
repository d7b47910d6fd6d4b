#pragma once

#include <QObject>

#include "model/design/Design.h"
#include "render/diagram/DiagramStyle.h"

class QMainWindow;
class QMimeData;

namespace pp {
struct AuditReport;
class Catalog;
class DesignDocument;
} // namespace pp

namespace pp::commands {
class Edits;
}

namespace pp::app {

class AnalysisRunner;
class DocumentFiles;

/// What the designer does with files, with its dialogs: new, open (also
/// dropped and recent files), save, the unsaved-changes prompt, crash
/// recovery, the inventory import and every export (change request,
/// comparison, diagram, review record). The document's life on disk itself
/// is DocumentFiles'.
class FileController : public QObject
{
    Q_OBJECT

public:
    FileController(QMainWindow *window, DocumentFiles *files, commands::Edits *edits, const DesignDocument *document,
                   AnalysisRunner *runner, const Catalog &catalog);

    /// Asks to save unsaved changes; false when the user cancels.
    bool maybeSave();
    /// A primary site and one internal zone: enough to drop the first roles.
    Design blankDesign() const;

    void newBlank();
    /// An example opens as a new, unsaved design: Save asks for a name.
    void newFromExample(const QString &resourcePath);
    /// Opens a design; reports errors in a dialog unless `quiet`.
    bool openFile(const QString &path, bool quiet = false);
    /// Open Recent and dropped files: offers to save first.
    void openOther(const QString &path);
    void openDialog();
    bool save();
    bool saveAs();
    /// Offers autosaves left by a crashed session (on start).
    void offerRecovery();

    /// Merges a ConfigMgr site-system inventory (CSV) into the design as one
    /// undoable step. `report` says what was added, merged and left out, or
    /// why nothing was (then false).
    bool importInventoryFile(const QString &path, QString *report, bool *needsAttention = nullptr);
    void importInventory();

    /// `audit`: the latest audit against an existing policy, if one ran
    /// (the dialog then offers only what the policy does not allow yet).
    void exportChangeRequest(const pp::AuditReport *audit = nullptr);
    void compareWith();
    /// File > Group Names: the request's group names, as one undo step.
    void editGroupNames();
    /// File › Export Diagram at a level of detail (the canvas's, as it shows now).
    void exportDiagram(diagram::Detail detail, bool internal, const diagram::StatusMarks &status);
    /// `audit`: the latest audit, if one ran: the record lists the policy's
    /// rules that reach the design's hosts wider than it needs.
    void exportReviewRecord(const pp::AuditReport *audit = nullptr);

    /// The first design file (.portplan) among dropped URLs, or empty.
    static QString designFileIn(const QMimeData *mime);
    /// Where Save As starts: the design's own file, or a file named after
    /// the design ("Contoso: stand-alone primary" -> "Contoso - stand-alone
    /// primary.portplan") in the folder last used, else Documents. A design
    /// opened from the bundled examples is saved to a folder of the user's.
    static QString suggestedSavePath(const QString &currentPath, const QString &designName, const QString &folder = {});
    /// A file name stem (no extension) for exports of the open design.
    QString exportStem() const;

signals:
    /// Another design replaced the document: the view should show all of it.
    void designReplaced();
    void message(const QString &text, int ms);

private:
    QMainWindow *m_window;
    DocumentFiles *m_files;
    commands::Edits *m_edits;
    const DesignDocument *m_document;
    AnalysisRunner *m_runner;
    const Catalog &m_catalog;
};

} // namespace pp::app
