// The designer's file handling: new, open, save, unsaved-changes prompts,
// dropping files on the window, crash recovery, diagram export and the
// import of a site-system inventory.
#include "app/designer/MainWindow.h"

#include "app/commands/Commands.h"
#include "app/designer/DocumentFiles.h"
#include "model/catalog/Catalog.h"
#include "model/document/DesignDocument.h"
#include "model/import/InventoryImport.h"
#include "views/canvas/DesignScene.h"
#include "views/canvas/DesignView.h"
#include "views/canvas/DiagramExport.h"

#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>
#include <QTimer>

namespace pp::app {

namespace {

QString designFilter()
{
    return QObject::tr("PortPlanner designs (*.portplan);;All files (*)");
}

} // namespace

void MainWindow::updateTitle()
{
    setWindowTitle(QStringLiteral("%1[*] — PortPlanner").arg(m_files->displayName()));
    setWindowModified(m_files->isModified());
}

bool MainWindow::maybeSave()
{
    if (!m_files->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved changes"), tr("%1 has changes that are not saved. Save them first?").arg(m_files->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return saveFile();
    return answer == QMessageBox::Discard;
}

void MainWindow::newBlank()
{
    if (!maybeSave())
        return;
    m_files->newDesign(blankDesign());
    fitToView();
}

Design MainWindow::blankDesign() const
{
    // A primary site and one internal zone: enough to drop the first roles.
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

void MainWindow::newFromExample(const QString &resourcePath)
{
    if (!maybeSave())
        return;
    LoadResult r = DesignFile::load(resourcePath, m_catalog);
    if (!r.ok()) {
        QMessageBox::critical(this, tr("Example"), r.errorText());
        return;
    }
    // An example opens as a new, unsaved design: Save asks for a name.
    m_files->newDesign(*r.design);
    QTimer::singleShot(0, this, &MainWindow::fitToView);
}

bool MainWindow::openFile(const QString &path, bool quiet)
{
    const LoadResult r = m_files->open(path);
    if (!r.ok()) {
        if (!quiet)
            QMessageBox::critical(this, tr("Cannot open design"),
                                  tr("<p>%1 could not be opened. Nothing was changed.</p><pre>%2</pre>")
                                      .arg(QFileInfo(path).fileName().toHtmlEscaped(), r.errorText().toHtmlEscaped()));
        statusBar()->showMessage(tr("Could not open %1").arg(path), 8000);
        return false;
    }
    QTimer::singleShot(0, this, &MainWindow::fitToView);
    statusBar()->showMessage(tr("Opened %1").arg(path), 4000);
    return true;
}

void MainWindow::openDialog()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open design"), QFileInfo(m_files->path()).absolutePath(),
                                                      designFilter());
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::saveFile()
{
    if (m_files->path().isEmpty() || m_files->path().startsWith(QLatin1Char(':')))
        return saveFileAs();
    QString error;
    if (!m_files->save(&error)) {
        QMessageBox::critical(this, tr("Cannot save"), error);
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(m_files->path()), 4000);
    return true;
}

bool MainWindow::saveFileAs()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save design as"), m_files->path(), designFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".portplan");
    QString error;
    if (!m_files->saveAs(path, &error)) {
        QMessageBox::critical(this, tr("Cannot save"), error);
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(path), 4000);
    return true;
}

void MainWindow::exportDiagram()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Export diagram"), QFileInfo(m_files->path()).completeBaseName(),
                                                tr("SVG image (*.svg);;PNG image (*.png)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".svg");
    QString error;
    if (!views::exportDiagram(m_scene, path, &error, 1.5))
        QMessageBox::critical(this, tr("Export diagram"), error);
    else
        statusBar()->showMessage(tr("Exported %1").arg(path), 4000);
}

void MainWindow::offerRecovery()
{
    const QList<Recovery> recoveries = DocumentFiles::pendingRecoveries();
    if (recoveries.isEmpty())
        return;
    const Recovery &r = recoveries.first();
    const QString what = r.originalPath.isEmpty() ? tr("an untitled design") : QFileInfo(r.originalPath).fileName();
    const auto answer = QMessageBox::question(
        this, tr("Recover unsaved changes"),
        tr("PortPlanner did not close properly. Recover the unsaved changes to %1 from %2?")
            .arg(what, QLocale().toString(r.time.toLocalTime(), QLocale::ShortFormat)),
        QMessageBox::Yes | QMessageBox::Discard | QMessageBox::Ignore, QMessageBox::Yes);
    if (answer == QMessageBox::Yes) {
        const LoadResult loaded = m_files->recover(r);
        if (!loaded.ok())
            QMessageBox::critical(this, tr("Recover"), loaded.errorText());
        else
            QTimer::singleShot(0, this, &MainWindow::fitToView);
    } else if (answer == QMessageBox::Discard) {
        DocumentFiles::discard(r);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (maybeSave())
        event->accept();
    else
        event->ignore();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile() && url.toLocalFile().endsWith(QLatin1String(".portplan"), Qt::CaseInsensitive)) {
            event->acceptProposedAction();
            return;
        }
    QMainWindow::dragEnterEvent(event);
}

void MainWindow::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile() && url.toLocalFile().endsWith(QLatin1String(".portplan"), Qt::CaseInsensitive)) {
            event->acceptProposedAction();
            if (maybeSave())
                openFile(url.toLocalFile());
            return;
        }
    QMainWindow::dropEvent(event);
}

bool MainWindow::importInventoryFile(const QString &path, QString *report, bool *needsAttention)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *report = tr("%1 could not be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    const InventoryImportResult result = InventoryImport::run(file.readAll(), m_catalog, &m_document->design());
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

void MainWindow::importInventory()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import site inventory"),
                                                      QFileInfo(m_files->path()).absolutePath(),
                                                      tr("Site-system inventory (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QString report;
    bool attention = false;
    const bool imported = importInventoryFile(path, &report, &attention);
    QMessageBox box(imported && !attention ? QMessageBox::Information : QMessageBox::Warning,
                    tr("Import site inventory"), report.section(QLatin1Char('\n'), 0, 2), QMessageBox::Ok, this);
    if (report.count(QLatin1Char('\n')) > 2)
        box.setDetailedText(report);
    box.exec();
}

} // namespace pp::app
