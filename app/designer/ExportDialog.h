#pragma once

#include <QDialog>
#include <QFuture>
#include <QFutureWatcher>

#include "app/designer/ExportPreview.h"
#include "model/engine/AnalysisSnapshot.h"
#include "model/export/ChangeRequest.h"

#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTextBrowser;
class QPlainTextEdit;

namespace pp {
struct AuditReport;
class Catalog;
}

namespace pp::app {

class ExportTask;

/// File > Export Change Request and File > Compare With: the change request
/// of the current design (or only what changed since a baseline design, or,
/// after an audit, only what the existing policy does not allow yet), in
/// any format, previewed before it is saved. Nothing here blocks the window:
/// the request is built, previews are drawn (first pages only) and the file
/// is written on worker threads; the export shows its progress, can be
/// cancelled (leaving no file) and says where the file went. Reads the
/// engine's analysis; computes nothing but the baseline's analysis.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(const Catalog &catalog, AnalysisPtr current, const QString &currentPath, QWidget *parent = nullptr);
    ~ExportDialog() override;

    /// Compares with a baseline design file; false (and a message) when it
    /// cannot be read.
    bool setBaseline(const QString &path, QString *error);
    /// Asks for a baseline design file; true once one is read (a file that
    /// cannot be read is reported and leaves the dialog as it was).
    bool chooseBaseline();
    /// Issue 15: an audit against the existing policy has run: the dialog
    /// offers "Only openings the policy does not allow yet".
    void setAudit(const AuditReport &report);
    /// The request (and every format's file) holds only the openings the
    /// audit found missing or partly allowed; clears the baseline.
    void setOnlyNotAllowed(bool on);
    bool onlyNotAllowed() const;
    QCheckBox *notAllowedOption() const { return m_notAllowed; }
    void setFormat(const QString &format);
    QString format() const;
    /// The request being previewed; waits for it if it is still being built.
    const ChangeRequest &request();
    /// Waits for the preview under way (tests, and a window about to close).
    void waitForPreview();

    /// Writes the chosen format to `path` in the background; exportFinished
    /// tells the outcome. While it runs the dialog shows progress and Cancel.
    void startExport(const QString &path);
    void cancelExport();
    bool isExporting() const;
    /// The same, waiting for the file (no progress shown).
    bool saveTo(const QString &path, QString *error);
    /// Where the last export in this dialog wrote the request (empty until one did).
    QString savedPath() const { return m_savedPath; }

signals:
    void exportFinished(bool saved, const QString &path, const QString &error);

protected:
    void reject() override;

private:
    struct Built
    {
        std::shared_ptr<const ChangeRequest> request;
        std::shared_ptr<const AnalysisSnapshot> baseline; ///< analysed, when comparing
        AnalysisPtr source; ///< what the request was built from: the current analysis or its not-yet-allowed openings
        int added = 0, changed = 0, removed = 0, unchanged = 0;
    };

    // The constructor's parts.
    void setUpWidgets();
    void layOut();
    void nameWidgets(); ///< accessible names and descriptions
    void connectSignals();

    /// The catalog the current analysis used (the design's own).
    const Catalog &currentCatalog() const;
    void rebuild();
    void applyRequest();
    void updatePreview();
    void showPreview();
    void save();
    void exportDone(bool saved, const QString &error);
    void setExporting(bool exporting);

    const Catalog &m_catalog;
    AnalysisPtr m_current;
    AnalysisPtr m_source; ///< what the request and the writers read (Built::source)
    std::shared_ptr<const AuditReport> m_audit;
    QString m_currentPath;
    QString m_savedPath;
    std::shared_ptr<const AnalysisSnapshot> m_baseline;
    QString m_baselinePath;
    std::shared_ptr<const ChangeRequest> m_request;
    QFutureWatcher<Built> m_building;
    QFutureWatcher<ExportPreview> m_previewing;
    bool m_previewAgain = false;
    ExportTask *m_task = nullptr;

    QComboBox *m_format;
    QLineEdit *m_baselineEdit;
    QPushButton *m_baselineButton;
    QPushButton *m_clearBaseline;
    QCheckBox *m_notAllowed;
    QLabel *m_summary;
    QStackedWidget *m_preview;
    QTextBrowser *m_html;
    QPlainTextEdit *m_text;
    QLabel *m_image;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
};

} // namespace pp::app
