#pragma once

#include <QDialog>

#include "model/engine/AnalysisSnapshot.h"
#include "model/export/ChangeRequest.h"

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTextBrowser;
class QPlainTextEdit;

namespace pp {
class Catalog;
}

namespace pp::app {

/// File > Export Change Request and File > Compare With: the change request
/// of the current design (or only what changed since a baseline design), in
/// any format, previewed before it is saved. Reads the engine's analysis;
/// computes nothing but the baseline's analysis.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(const Catalog &catalog, AnalysisPtr current, const QString &currentPath, QWidget *parent = nullptr);

    /// Compares with a baseline design file; false (and a message) when it
    /// cannot be read.
    bool setBaseline(const QString &path, QString *error);
    /// Asks for a baseline design file; true once one is read (a file that
    /// cannot be read is reported and leaves the dialog as it was).
    bool chooseBaseline();
    void setFormat(const QString &format);
    QString format() const;
    const ChangeRequest &request() const { return m_request; }
    /// Renders the chosen format (what Save writes).
    QByteArray render(QString *error) const;
    bool saveTo(const QString &path, QString *error) const;

private:
    /// The catalog the current analysis used (the design's own).
    const Catalog &currentCatalog() const;
    void rebuild();
    void updatePreview();
    void save();

    const Catalog &m_catalog;
    AnalysisPtr m_current;
    QString m_currentPath;
    std::optional<AnalysisSnapshot> m_baseline;
    QString m_baselinePath;
    ChangeRequest m_request;

    QComboBox *m_format;
    QLineEdit *m_baselineEdit;
    QPushButton *m_baselineButton;
    QPushButton *m_clearBaseline;
    QLabel *m_summary;
    QStackedWidget *m_preview;
    QTextBrowser *m_html;
    QPlainTextEdit *m_text;
    QLabel *m_image;
    QDialogButtonBox *m_buttons;
};

} // namespace pp::app
