#include "app/designer/FileController.h"

#include "app/commands/Edits.h"
#include "app/designer/AnalysisRunner.h"
#include "app/designer/DiagramFile.h"
#include "app/designer/DocumentFiles.h"
#include "app/designer/ExportDialog.h"
#include "app/designer/GroupNamesDialog.h"
#include "model/catalog/Catalog.h"
#include "model/document/DesignDocument.h"
#include "model/import/InventoryImport.h"
#include "model/audit/PolicyAudit.h"
#include "model/audit/WideRulesRecord.h"
#include "model/review/ReviewRecord.h"
#include "model/review/ReviewSheet.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMainWindow>
#include <QMessageBox>
#include <QMimeData>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

namespace pp::app {

namespace {

QString designFilter()
{
    return FileController::tr("PortPlanner designs (*.portplan);;All files (*)");
}

} // namespace

FileController::FileController(QMainWindow *window, DocumentFiles *files, commands::Edits *edits,
                               const DesignDocument *document, AnalysisRunner *runner, const Catalog &catalog)
    : QObject(window)
    , m_window(window)
    , m_files(files)
    , m_edits(edits)
    , m_document(document)
    , m_runner(runner)
    , m_catalog(catalog)
{
}

bool FileController::maybeSave()
{
    if (!m_files->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        m_window, tr("Unsaved changes"),
        tr("%1 has changes that are not saved. Save them first?").arg(m_files->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

Design FileController::blankDesign() const
{
    Design d;
    d.name = tr("New design");
    Site site;
    site.code = QStringLiteral("PS1");
    d.sites.push_back(site);
    Zone lan;
    lan.id = QStringLiteral("lan");
    lan.name = tr("Corporate LAN");
    lan.rect = QRectF(0, 0, 700, 420);
    lan.subnets = {QStringLiteral("10.0.0.0/16")};
    d.zones.push_back(lan);
    return d;
}

void FileController::newBlank()
{
    if (!maybeSave())
        return;
    m_files->newDesign(blankDesign());
    emit designReplaced();
}

void FileController::newFromExample(const QString &resourcePath)
{
    if (!maybeSave())
        return;
    LoadResult r = DesignFile::load(resourcePath, m_catalog);
    if (!r.ok()) {
        QMessageBox::critical(m_window, tr("Example"), r.errorText());
        return;
    }
    m_files->newDesign(*r.design);
    emit designReplaced();
}

bool FileController::openFile(const QString &path, bool quiet)
{
    const LoadResult r = m_files->open(path);
    if (!r.ok()) {
        if (!quiet)
            QMessageBox::critical(m_window, tr("Cannot open design"),
                                  tr("<p>%1 could not be opened. Nothing was changed.</p><pre>%2</pre>")
                                      .arg(QFileInfo(path).fileName().toHtmlEscaped(), r.errorText().toHtmlEscaped()));
        emit message(tr("Could not open %1").arg(path), 8000);
        return false;
    }
    emit designReplaced();
    emit message(tr("Opened %1").arg(path), 4000);
    return true;
}

void FileController::openOther(const QString &path)
{
    if (maybeSave())
        openFile(path);
}

void FileController::openDialog()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open design"),
                                                      QFileInfo(m_files->path()).absolutePath(), designFilter());
    if (!path.isEmpty())
        openFile(path);
}

bool FileController::save()
{
    if (m_files->path().isEmpty() || m_files->path().startsWith(QLatin1Char(':')))
        return saveAs();
    QString error;
    if (!m_files->save(&error)) {
        QMessageBox::critical(m_window, tr("Cannot save"), error);
        return false;
    }
    emit message(tr("Saved %1").arg(m_files->path()), 4000);
    return true;
}

QString FileController::suggestedSavePath(const QString &currentPath, const QString &designName, const QString &folder)
{
    if (!currentPath.isEmpty() && !currentPath.startsWith(QLatin1Char(':')))
        return currentPath;
    // Characters no file system takes, and runs of blanks, out of the name.
    QString stem = designName;
    stem.replace(QRegularExpression(QStringLiteral("\\s*[\\\\/:*?\"<>|]+\\s*")), QStringLiteral(" - "));
    stem = stem.simplified();
    while (stem.startsWith(QLatin1Char('.')) || stem.startsWith(QLatin1Char('-')))
        stem = stem.mid(1).trimmed();
    if (stem.size() > 80)
        stem = stem.left(80).trimmed();
    if (stem.isEmpty())
        stem = tr("Untitled");
    const QString dir = !folder.isEmpty() ? folder
        : !currentPath.isEmpty() && !currentPath.startsWith(QLatin1Char(':'))
        ? QFileInfo(currentPath).absolutePath()
        : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(dir).filePath(stem + QStringLiteral(".portplan"));
}

QString FileController::exportStem() const
{
    return QFileInfo(suggestedSavePath(m_files->path(), m_document->design().name)).completeBaseName();
}

bool FileController::saveAs()
{
    const QString start = suggestedSavePath(m_files->path(), m_document->design().name,
                                            QSettings().value(QStringLiteral("lastFolder")).toString());
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save design as"), start, designFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".portplan");
    QString error;
    if (!m_files->saveAs(path, &error)) {
        QMessageBox::critical(m_window, tr("Cannot save"), error);
        return false;
    }
    QSettings().setValue(QStringLiteral("lastFolder"), QFileInfo(path).absolutePath());
    emit message(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 6000);
    return true;
}

void FileController::offerRecovery()
{
    const QList<Recovery> recoveries = DocumentFiles::pendingRecoveries();
    if (recoveries.isEmpty())
        return;
    const Recovery &r = recoveries.first();
    const QString what = r.originalPath.isEmpty() ? tr("an untitled design") : QFileInfo(r.originalPath).fileName();
    const auto answer = QMessageBox::question(
        m_window, tr("Recover unsaved changes"),
        tr("PortPlanner did not close properly. Recover the unsaved changes to %1 from %2?")
            .arg(what, QLocale().toString(r.time.toLocalTime(), QLocale::ShortFormat)),
        QMessageBox::Yes | QMessageBox::Discard | QMessageBox::Ignore, QMessageBox::Yes);
    if (answer == QMessageBox::Yes) {
        const LoadResult loaded = m_files->recover(r);
        if (!loaded.ok())
            QMessageBox::critical(m_window, tr("Recover"), loaded.errorText());
        else
            emit designReplaced();
    } else if (answer == QMessageBox::Discard) {
        DocumentFiles::discard(r);
    }
}

bool FileController::importInventoryFile(const QString &path, QString *report, bool *needsAttention)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *report = tr("%1 could not be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    const Catalog *own = Catalog::forDesign(m_document->design().catalog);
    const InventoryImportResult result = InventoryImport::run(file.readAll(), own ? *own : m_catalog, &m_document->design());
    QStringList lines;
    for (const ImportMessage &m : result.messages)
        lines << m.toString();
    if (needsAttention)
        *needsAttention = result.needsAttention();
    if (!result.ok()) {
        *report = tr("Nothing was imported from %1:").arg(QFileInfo(path).fileName()) + QLatin1Char('\n')
            + lines.join(QLatin1Char('\n'));
        return false;
    }
    QStringList summary;
    summary << tr("%1 host(s) added, %2 already in the design gained roles, %3 site(s) added.")
                   .arg(result.hostsAdded)
                   .arg(result.hostsMerged)
                   .arg(result.sitesAdded.size());
    if (!result.unassignedHosts.isEmpty())
        summary << tr("No zone's subnets hold these, so they wait in the zone \"Unassigned\": %1")
                       .arg(result.unassignedHosts.join(QStringLiteral(", ")));
    if (!result.unmappedRoles.isEmpty())
        summary << tr("Role names with no catalog role, not imported: %1").arg(result.unmappedRoles.join(QStringLiteral(", ")));
    if (!m_edits->replaceWith(*result.design, tr("Import inventory %1").arg(QFileInfo(path).fileName())))
        summary << tr("The design already had everything in it.");
    *report = summary.join(QLatin1Char('\n')) + (lines.isEmpty() ? QString() : QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
    return true;
}

void FileController::importInventory()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import site inventory"),
                                                      QFileInfo(m_files->path()).absolutePath(),
                                                      tr("Site-system inventory (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QString report;
    bool attention = false;
    const bool imported = importInventoryFile(path, &report, &attention);
    QMessageBox box(imported && !attention ? QMessageBox::Information : QMessageBox::Warning,
                    tr("Import site inventory"), report.section(QLatin1Char('\n'), 0, 2), QMessageBox::Ok, m_window);
    if (report.count(QLatin1Char('\n')) > 2)
        box.setDetailedText(report);
    box.exec();
}

void FileController::exportChangeRequest(const AuditReport *audit)
{
    const AnalysisPtr analysis = m_runner->current();
    if (!analysis)
        return;
    // Named after the design, beside its file (or in the folder last used).
    ExportDialog dialog(m_catalog, analysis, suggestedSavePath(m_files->path(), m_document->design().name), m_window);
    if (audit)
        dialog.setAudit(*audit);
    dialog.exec(); // it stays open after an export (its status links the file)
    if (!dialog.savedPath().isEmpty())
        emit message(tr("Exported %1").arg(QDir::toNativeSeparators(dialog.savedPath())), 8000);
}

void FileController::compareWith()
{
    const AnalysisPtr analysis = m_runner->current();
    if (!analysis)
        return;
    ExportDialog dialog(m_catalog, analysis, suggestedSavePath(m_files->path(), m_document->design().name), m_window);
    if (!dialog.chooseBaseline())
        return;
    dialog.exec();
    if (!dialog.savedPath().isEmpty())
        emit message(tr("Exported %1").arg(QDir::toNativeSeparators(dialog.savedPath())), 8000);
}

void FileController::editGroupNames()
{
    const AnalysisPtr analysis = m_runner->current();
    if (!analysis)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor); // the request is built for its group names
    GroupNamesDialog dialog(analysis->design, analysis->catalogOr(m_catalog), analysis->analysis, m_window);
    QApplication::restoreOverrideCursor();
    if (dialog.exec() == QDialog::Accepted && m_edits->setGroupNames(dialog.names()))
        emit message(tr("%n group(s) renamed", nullptr, int(dialog.names().size())), 5000);
}

void FileController::exportDiagram(diagram::Detail detail, bool internal, const diagram::StatusMarks &status)
{
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export diagram"),
                                                QFileInfo(suggestedSavePath(m_files->path(), m_document->design().name))
                                                    .dir()
                                                    .filePath(exportStem()),
                                                DiagramFile::filters());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".svg");
    // The diagram draws the engine's crossings: wait for the last edit's.
    m_runner->waitForIdle();
    const AnalysisPtr analysis = m_runner->current();
    if (!analysis)
        return;
    QString error;
    // The review as the document has it now, against the openings drawn,
    // and the audit's and the verification's marks as the canvas shows them.
    const diagram::DiagramOptions options{detail, internal, &m_document->design().reviews, &status};
    if (!DiagramFile::write(analysis->design, analysis->catalogOr(m_catalog), analysis->analysis, path, &error, options))
        QMessageBox::critical(m_window, tr("Export diagram"), error);
    else
        emit message(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void FileController::exportReviewRecord(const AuditReport *audit)
{
    const AnalysisPtr analysis = m_runner->current();
    if (!analysis)
        return;
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export review record"),
                                                QFileInfo(suggestedSavePath(m_files->path(), m_document->design().name))
                                                    .dir()
                                                    .filePath(exportStem() + QStringLiteral("-review.html")),
                                                tr("HTML page (*.html)"));
    if (path.isEmpty())
        return;
    // The record reads the document's decisions against the current openings.
    Design design = analysis->design;
    design.reviews = m_document->design().reviews;
    const Catalog &catalog = analysis->catalogOr(m_catalog);
    const ReviewSheet sheet(design, catalog, analysis->analysis);
    QSaveFile file(path);
    const QString wideRules = audit ? wideRulesRecordHtml(design, analysis->analysis, sheet, *audit) : QString();
    const QByteArray html = reviewRecordHtml(design, catalog, analysis->analysis, sheet, wideRules);
    if (!file.open(QIODevice::WriteOnly) || file.write(html) != html.size() || !file.commit())
        QMessageBox::critical(m_window, tr("Export review record"), tr("Could not write %1: %2").arg(path, file.errorString()));
    else
        emit message(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 8000);
}

QString FileController::designFileIn(const QMimeData *mime)
{
    for (const QUrl &url : mime->urls())
        if (url.isLocalFile() && url.toLocalFile().endsWith(QLatin1String(".portplan"), Qt::CaseInsensitive))
            return url.toLocalFile();
    return {};
}

} // namespace pp::app
