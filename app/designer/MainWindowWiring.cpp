// MainWindow's wiring: what each action, the canvas, the panels, the
// review, the Properties editors and the document are connected to. The
// window's life, status and events are in MainWindow.cpp.
#include "app/designer/MainWindow.h"

#include "app/commands/Edits.h"
#include "app/designer/AnalysisRunner.h"
#include "app/designer/CheckController.h"
#include "app/designer/DockLayout.h"
#include "app/designer/DocumentFiles.h"
#include "app/designer/EditController.h"
#include "app/designer/FileController.h"
#include "app/designer/Language.h"
#include "app/designer/WindowActions.h"
#include "model/catalog/Catalog.h"
#include "model/document/DesignDocument.h"
#include "views/canvas/CanvasStyle.h"
#include "views/canvas/ConnectionLayer.h"
#include "views/canvas/DesignScene.h"
#include "views/canvas/DesignView.h"
#include "views/panels/BoundaryGroupsPanel.h"
#include "views/panels/FlowsPanel.h"
#include "views/panels/OpeningTableModel.h"
#include "views/panels/PalettePanel.h"
#include "views/panels/SitesPanel.h"
#include "views/panels/ValidationPanel.h"
#include "views/properties/FirewallEditor.h"
#include "views/properties/HostEditor.h"
#include "views/properties/PropertiesPanel.h"
#include "views/review/ReviewPanel.h"
#include "model/design/DisplayText.h"
#include "model/review/ReviewSheet.h"

#include <QAction>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>

namespace pp::app {

void MainWindow::connectActions()
{
    FileController *files = m_fileController;
    EditController *edits = m_editController;
    WindowActions *a = m_actions;
    connect(a->newDesign, &QAction::triggered, files, &FileController::newBlank);
    connect(a->open, &QAction::triggered, files, &FileController::openDialog);
    connect(a->save, &QAction::triggered, files, &FileController::save);
    connect(a->saveAs, &QAction::triggered, files, &FileController::saveAs);
    connect(a->importInventory, &QAction::triggered, files, &FileController::importInventory);
    // Issue 15: after an audit, the export offers only what the policy does
    // not allow yet, and the review record lists the policy's wide rules.
    const auto audit = [this] { return m_checkController->hasAudit() ? &m_checkController->audit() : nullptr; };
    connect(a->exportRequest, &QAction::triggered, files, [files, audit] { files->exportChangeRequest(audit()); });
    connect(a->auditPolicy, &QAction::triggered, m_checkController, &CheckController::auditAgainstPolicy);
    connect(a->importVerification, &QAction::triggered, m_checkController, &CheckController::importVerificationResults);
    connect(a->compareWith, &QAction::triggered, files, &FileController::compareWith);
    connect(a->groupNames, &QAction::triggered, files, &FileController::editGroupNames);
    connect(a->exportDiagram, &QAction::triggered, files, [this, files] {
        files->exportDiagram(m_scene->effectiveDetail(), m_scene->connections()->showInternal(), m_scene->statusMarks());
    });
    connect(a->reviewRecord, &QAction::triggered, files, [files, audit] { files->exportReviewRecord(audit()); });
    connect(a->quit, &QAction::triggered, this, &QWidget::close);
    connect(a, &WindowActions::exampleChosen, files, &FileController::newFromExample);
    connect(a, &WindowActions::recentFileChosen, files, &FileController::openOther);
    connect(a, &WindowActions::clearRecentFilesRequested, m_files, &DocumentFiles::clearRecentFiles);

    connect(a->undo, &QAction::triggered, m_undo, &QUndoStack::undo);
    connect(a->redo, &QAction::triggered, m_undo, &QUndoStack::redo);
    connect(a->cut, &QAction::triggered, edits, &EditController::cutSelection);
    connect(a->copy, &QAction::triggered, edits, &EditController::copySelection);
    connect(a->paste, &QAction::triggered, edits, &EditController::pasteClipboard);
    connect(a->deleteSelection, &QAction::triggered, edits, &EditController::deleteSelection);
    connect(a->selectAll, &QAction::triggered, edits, &EditController::selectAll);
    connect(a->findRole, &QAction::triggered, this, [this] {
        m_docks->raisePalette();
        m_docks->palette()->focusSearch();
    });
    for (size_t kind = 0; kind < a->addZone.size(); ++kind)
        connect(a->addZone[kind], &QAction::triggered, edits, [edits, kind] { edits->addZone(ZoneKind(kind)); });
    connect(a->addFirewall, &QAction::triggered, edits, &EditController::addFirewall);
    connect(a->addSite, &QAction::triggered, edits, [this] { m_editController->addSite(m_docks->sites()->selectedSite()); });
    connect(a->arrange, &QAction::triggered, edits, &EditController::autoArrange);

    connect(a->zoomIn, &QAction::triggered, this, [this] { m_view->zoomBy(1.25); });
    connect(a->zoomOut, &QAction::triggered, this, [this] { m_view->zoomBy(0.8); });
    connect(a->fit, &QAction::triggered, this, &MainWindow::fitToView);
    connect(a->showInternal, &QAction::toggled, m_scene, &views::DesignScene::setShowInternalConnections);
    connect(a->snap, &QAction::toggled, m_scene, &views::DesignScene::setGridSnap);
    connect(a->grid, &QAction::toggled, m_view, &views::DesignView::setShowGrid);
    connect(a->legend, &QAction::toggled, m_view, &views::DesignView::setShowLegend);
    connect(a->resetLayout, &QAction::triggered, m_docks, &DockLayout::resetLayout);
    connect(a, &WindowActions::detailChosen, this, [this](int detail) { m_scene->setDetail(diagram::Detail(detail)); });
    connect(a->startReview, &QAction::triggered, this, &MainWindow::startReview);
    connect(a, &WindowActions::languageChosen, this, &MainWindow::setLanguage);
    connect(a->about, &QAction::triggered, this, &MainWindow::about);
}

void MainWindow::connectCanvas()
{
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &MainWindow::onSceneSelection);
    connect(m_scene, &views::DesignScene::hostsMoved, m_editController, &EditController::placeHosts);
    connect(m_scene, &views::DesignScene::zoneEdited, m_editController,
            [this](const QString &zone, const QRectF &, const QRectF &rect, const QVector<views::HostMove> &carried) {
                m_editController->placeZone(zone, rect, carried);
            });
    connect(m_scene, &views::DesignScene::firewallMoved, this,
            [this](const QString &id, const QPointF &pos) { m_edits->moveFirewall(id, pos); });
    connect(m_scene, &views::DesignScene::firewallLinkRequested, this, [this](const QString &id, const QString &zone) {
        // Properties shows the new interface: its name is the next thing to edit.
        if (const QString added = m_editController->linkFirewall(id, zone); !added.isEmpty())
            m_docks->properties()->firewallEditor()->selectInterface(added);
    });
    connect(m_scene, &views::DesignScene::firewallUnlinkRequested, this,
            [this](const QString &id, const QString &interface) { m_edits->removeInterface(id, interface); });
    connect(m_scene, &views::DesignScene::gestureRejected, this, [this](const QString &m) { showMessage(m); });
    connect(m_scene, &views::DesignScene::pairActivated, this, [this](const QString &key) {
        m_scene->highlightPairs({key});
        m_docks->flows()->selectPairs({key});
        showMessage(m_scene->describePair(key, 1).section(QLatin1Char('\n'), 1, 1));
    });
    connect(m_scene, &views::DesignScene::trunkActivated, this,
            [this](const QString &, const QString &, const QString &summary) {
                showMessage(QString(summary).replace(QLatin1Char('\n'), QStringLiteral(": ")));
            });
    connect(m_view, &views::DesignView::roleDropped, m_editController, &EditController::dropRole);
    connect(m_view, &views::DesignView::firewallDropped, m_editController, &EditController::dropFirewall);
    connect(m_view, &views::DesignView::nudgeRequested, m_editController, &EditController::nudgeSelection);
    connect(m_view, &views::DesignView::zoomChanged, this,
            [this](qreal z) { m_statusZoom->setText(tr("Zoom %1%").arg(qRound(z * 100))); });
    connect(m_editController, &EditController::message, this, &MainWindow::showMessage);
    connect(m_editController, &EditController::arranged, this, &MainWindow::fitToView);
    connect(m_editController, &EditController::siteAdded, m_docks->properties(), &views::PropertiesPanel::showSite);
    connect(m_editController, &EditController::hostCreated, this, [this](const QString &id) {
        // The placeholder name is the next thing to replace.
        m_docks->raiseProperties();
        m_docks->properties()->showHost(id);
        m_docks->properties()->hostEditor()->focusName();
    });
}

void MainWindow::connectPanels()
{
    connect(m_docks->palette(), &views::PalettePanel::roleActivated, m_editController, &EditController::addRole);
    connect(m_docks->palette(), &views::PalettePanel::firewallActivated, m_editController, &EditController::addFirewall);
    connect(m_docks->flows(), &views::FlowsPanel::pairsSelected, this,
            [this](const QSet<QString> &pairs, const QStringList &hosts) {
                m_syncingSelection = true;
                m_scene->highlightPairs(pairs);
                m_scene->selectHosts(hosts);
                m_syncingSelection = false;
            });
    connect(m_docks->validation(), &views::ValidationPanel::hostsRequested, this, [this](const QStringList &hosts) {
        m_scene->selectHosts(hosts);
        QRectF r;
        for (const QString &id : hosts)
            if (const Host *h = m_document->host(id))
                r |= QRectF(h->pos, QSizeF(views::style::hostWidth, views::style::hostHeight));
        if (!r.isEmpty())
            m_view->focusOn(r);
    });
    connect(m_docks->validation(), &views::ValidationPanel::siteRequested, m_docks->properties(),
            &views::PropertiesPanel::showSite);
    views::BoundaryGroupsPanel *groups = m_docks->groups();
    connect(groups, &views::BoundaryGroupsPanel::groupsEdited, this,
            [this](const std::vector<BoundaryGroup> &g, const QString &text) { m_edits->setBoundaryGroups(g, text); });
    connect(groups, &views::BoundaryGroupsPanel::message, this, [this](const QString &m) { showMessage(m, 8000); });
    connect(groups, &views::BoundaryGroupsPanel::groupShown, this, [this](const QString &id) {
        // Only while the panel is on screen: a hidden tab does not paint the canvas.
        m_scene->showBoundaryGroup(m_docks->groupsOnScreen() ? id : QString());
    });
    connect(m_docks, &DockLayout::groupsShown, this,
            [this](bool shown) { m_scene->showBoundaryGroup(shown ? m_docks->groups()->selectedGroup() : QString()); });
    views::SitesPanel *sites = m_docks->sites();
    connect(sites, &views::SitesPanel::siteSelected, this, [this](const QString &code) {
        m_docks->properties()->showSite(code);
        m_docks->raiseProperties();
    });
    connect(sites, &views::SitesPanel::addSiteRequested, m_editController, &EditController::addSite);
    connect(sites, &views::SitesPanel::removeSiteRequested, this, [this](const QString &code) { m_edits->removeSite(code); });
}

void MainWindow::connectReview()
{
    views::ReviewPanel *review = m_docks->review();
    connect(review, &views::ReviewPanel::decided, this,
            [this](const ReviewDecision &d, const QString &cursor) { m_edits->addReviewDecision(d, cursor); });
    connect(review, &views::ReviewPanel::decidedMany, this,
            [this](const std::vector<ReviewDecision> &d, const QString &cursor) { m_edits->addReviewDecisions(d, cursor); });
    connect(review, &views::ReviewPanel::cursorMoved, this, [this](const QString &key) { m_edits->moveReviewCursor(key); });
    connect(review, &views::ReviewPanel::message, this, [this](const QString &m) { showMessage(m, 8000); });
    connect(review, &views::ReviewPanel::sheetChanged, this, &MainWindow::updateReviewColumn);
    connect(review, &views::ReviewPanel::focusRequested, this, [this](const QStringList &hosts, const QSet<QString> &pairs) {
        if (m_docks->reviewOnScreen()) {
            showHosts(hosts, pairs, 40);
            // Two crossings between the same hosts: the caption tells them apart.
            m_scene->connections()->setCaption(m_docks->review()->currentCaption());
        }
    });
}

void MainWindow::updateReviewColumn()
{
    QHash<QString, views::OpeningTableModel::ReviewState> states;
    if (const ReviewSheet *sheet = m_docks->review()->sheet())
        for (const ReviewItem &item : sheet->items()) {
            views::OpeningTableModel::ReviewState state;
            state.status = int(item.status);
            if (const ReviewDecision *d = item.decision) {
                state.detail = tr("%1 by %2, %3").arg(verdictText(d->verdict), d->reviewer, d->time);
                if (!d->comment.isEmpty())
                    state.detail += QLatin1Char('\n') + d->comment;
                if (item.status == ReviewStatus::Stale)
                    state.detail = tr("Needs re-review: the opening changed after this decision.") + QLatin1Char('\n')
                        + state.detail;
            }
            states.insert(item.key, state);
        }
    m_docks->flows()->setReviewStates(states);
}


void MainWindow::connectProperties()
{
    views::PropertiesPanel *p = m_docks->properties();
    connect(p, &views::PropertiesPanel::hostEdited, this,
            [this](const Host &before, const Host &after) { m_edits->editHost(before, after); });
    connect(p, &views::PropertiesPanel::hostOptionsEdited, this,
            [this](const QString &id, const HostOptions &o, const QString &text) { m_edits->setHostOptions(id, o, text); });
    connect(p, &views::PropertiesPanel::zoneEdited, this,
            [this](const Zone &before, const Zone &after) { m_edits->editZone(before, after); });
    connect(p, &views::PropertiesPanel::siteEdited, this,
            [this](const Site &before, const Site &after) { m_edits->editSite(before, after); });
    connect(p, &views::PropertiesPanel::nameEdited, this, [this](const QString &, const QString &n) { m_edits->setName(n); });
    connect(p, &views::PropertiesPanel::catalogEdited, this,
            [this](const QString &, const QString &id) { m_edits->setCatalog(id); });
    connect(p, &views::PropertiesPanel::settingsEdited, this,
            [this](const DesignSettings &, const DesignSettings &s) { m_edits->setSettings(s); });
    connect(p, &views::PropertiesPanel::changeRequestEdited, this,
            [this](const ChangeRequestInfo &, const ChangeRequestInfo &c) { m_edits->setChangeRequest(c); });
    connect(p, &views::PropertiesPanel::invalidInput, this, [this](const QString &message) { showMessage(message, 8000); });
    // Rule 10: firewalls and routes.
    connect(p, &views::PropertiesPanel::firewallEdited, this,
            [this](const Firewall &before, const Firewall &after) { m_edits->editFirewall(before, after); });
    connect(p, &views::PropertiesPanel::interfaceAddRequested, this,
            [this](const QString &id, const QString &zone) { m_edits->addInterface(id, zone); });
    connect(p, &views::PropertiesPanel::interfaceRemoveRequested, this,
            [this](const QString &id, const QString &interface) { m_edits->removeInterface(id, interface); });
    connect(p, &views::PropertiesPanel::firewallOpeningsRequested, this, [this](const QString &id) {
        m_docks->raiseFlows();
        m_docks->flows()->showDevice(id);
    });
    connect(p, &views::PropertiesPanel::routeAdded, this, [this](const Route &r) { m_edits->addRoute(r); });
    connect(p, &views::PropertiesPanel::routeEdited, this,
            [this](const Route &before, const Route &after) { m_edits->editRoute(before, after); });
    connect(p, &views::PropertiesPanel::routeRemoved, this,
            [this](const QString &from, const QString &to) { m_edits->removeRoute(from, to); });
}

void MainWindow::connectDocument()
{
    connect(m_runner, &AnalysisRunner::analysisReady, this, &MainWindow::onAnalysis);
    connect(m_runner, &AnalysisRunner::busyChanged, this,
            [this](bool busy) { m_statusBusy->setText(busy ? tr("Computing…") : QString()); });
    connect(m_files, &DocumentFiles::pathChanged, this, &MainWindow::updateTitle);
    connect(m_files, &DocumentFiles::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_files, &DocumentFiles::recentFilesChanged, this, [this] { m_actions->setRecentFiles(m_files->recentFiles()); });
    connect(m_fileController, &FileController::designReplaced, this,
            [this] { QTimer::singleShot(0, this, &MainWindow::fitToView); });
    connect(m_fileController, &FileController::message, this, &MainWindow::showMessage);
    // Issue 15: the openings table shows the audit and the verification results.
    views::OpeningTableModel *openings = m_docks->flows()->openingModel();
    // The table (and its Policy filter), the canvas's crossing lines and the
    // review walkthrough.
    connect(m_checkController, &CheckController::auditChanged, m_docks->flows(), &views::FlowsPanel::setAudit);
    connect(m_checkController, &CheckController::auditChanged, m_scene, &views::DesignScene::setAudit);
    connect(m_checkController, &CheckController::auditChanged, m_docks->review(), &views::ReviewPanel::setAudit);
    auto verifications = [this, openings] { openings->setVerifications(m_document->design().verifications); };
    connect(m_document, &DesignDocument::verificationsChanged, this, verifications);
    connect(m_document, &DesignDocument::designReset, this, verifications);
    connect(m_undo, &QUndoStack::indexChanged, this, &MainWindow::updateTitle);
    connect(m_undo, &QUndoStack::indexChanged, this, [this] { m_actions->updateUndo(m_undo); });
    connect(m_undo, &QUndoStack::cleanChanged, this, [this] { m_actions->updateUndo(m_undo); });
    connect(m_language, &Language::changed, this, [this](const QString &) {
        const bool chinese = m_language->isChinese();
        m_docks->palette()->setChineseNames(chinese);
        m_docks->properties()->setChineseNames(chinese);
        m_scene->setChineseNames(chinese);
        m_runner->recompute(); // findings and flow texts in the new language
    });
}

} // namespace pp::app
