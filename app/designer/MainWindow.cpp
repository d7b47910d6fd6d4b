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

MainWindow::MainWindow(const Catalog &catalog, QWidget *parent)
    : QMainWindow(parent)
    , m_catalog(catalog)
    , m_document(new DesignDocument(this))
    , m_undo(new QUndoStack(this))
    , m_edits(std::make_unique<commands::Edits>(m_undo, m_document, catalog))
    , m_runner(new AnalysisRunner(m_document, catalog, this))
    , m_files(new DocumentFiles(m_document, m_undo, catalog, this))
    , m_language(new Language(this))
    , m_scene(new views::DesignScene(m_document, catalog, this))
    , m_view(new views::DesignView(m_scene, this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/portplanner.svg")));
    setAcceptDrops(true);
    setCentralWidget(m_view);
    m_docks = new DockLayout(this, m_document, catalog);
    m_actions = new WindowActions(this);
    m_fileController = new FileController(this, m_files, m_edits.get(), m_document, m_runner, catalog);
    m_checkController = new CheckController(this, m_edits.get(), m_document, m_runner, catalog);
    m_editController = new EditController(this, m_edits.get(), m_document, m_scene, m_view, m_runner);
    m_actions->createMenus(m_docks->toggleActions());
    m_actions->setRecentFiles(m_files->recentFiles());
    connectActions();
    connectCanvas();
    connectPanels();
    connectReview();
    connectProperties();
    connectDocument();
    createStatusBar();

    m_language->set(Language::remembered());
    retranslate();
    m_files->newDesign(m_fileController->blankDesign()); // a window never starts with nothing to drop roles into
    QTimer::singleShot(0, this, &MainWindow::fitToView);
    updateTitle();
    m_actions->setHasSelection(false);
    resize(1400, 900);
    m_docks->sizeDocks();
    m_docks->restoreLayout();
}

MainWindow::~MainWindow()
{
    // Children die after this body, and ~QWidget hides them first (docks
    // then emit visibilityChanged): keep every last signal of theirs away
    // from a half-destroyed window. UndefinedBehaviorSanitizer caught one.
    for (QObject *sender : {static_cast<QObject *>(m_scene), static_cast<QObject *>(m_runner),
                            static_cast<QObject *>(m_undo), static_cast<QObject *>(m_files),
                            static_cast<QObject *>(m_language)})
        disconnect(sender, nullptr, this, nullptr);
    const QList<QObject *> descendants = findChildren<QObject *>();
    for (QObject *child : descendants) {
        disconnect(child, nullptr, this, nullptr);
        disconnect(child, nullptr, m_docks, nullptr);
    }
}

views::FlowsPanel *MainWindow::flowsPanel() const { return m_docks->flows(); }
views::PalettePanel *MainWindow::palette() const { return m_docks->palette(); }
views::PropertiesPanel *MainWindow::properties() const { return m_docks->properties(); }
views::ValidationPanel *MainWindow::validation() const { return m_docks->validation(); }
views::SitesPanel *MainWindow::sites() const { return m_docks->sites(); }
views::ReviewPanel *MainWindow::review() const { return m_docks->review(); }
views::BoundaryGroupsPanel *MainWindow::boundaryGroups() const { return m_docks->groups(); }

bool MainWindow::openFile(const QString &path, bool quiet)
{
    return m_fileController->openFile(path, quiet);
}

void MainWindow::offerRecovery()
{
    m_fileController->offerRecovery();
}

void MainWindow::createStatusBar()
{
    m_statusFlows = new QLabel(this);
    m_statusZoom = new QLabel(this);
    m_statusBusy = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusBusy);
    statusBar()->addPermanentWidget(m_statusFlows);
    statusBar()->addPermanentWidget(m_statusZoom);
    m_statusFlows->setAccessibleName(tr("Flow summary"));
    m_statusZoom->setAccessibleName(tr("Zoom level"));
    m_statusBusy->setAccessibleName(tr("Analysis status"));
    fixBusyWidth();
}

void MainWindow::fixBusyWidth()
{
    // A fixed size, as large with "Computing…" as without: every edit sets
    // and clears it, and a label whose size may change asks the status bar
    // and the window to lay out again each time. A fixed-size one does not.
    const QFontMetrics metrics = m_statusBusy->fontMetrics();
    m_statusBusy->setFixedSize(metrics.horizontalAdvance(tr("Computing…")) + 8, metrics.height());
}

void MainWindow::onAnalysis(const AnalysisPtr &analysis)
{
    m_scene->setAnalysis(analysis);
    m_docks->flows()->setAnalysis(analysis);
    m_docks->validation()->setAnalysis(analysis);
    m_docks->review()->setAnalysis(analysis);
    m_docks->properties()->setAnalysis(analysis);
    m_checkController->onAnalysis(analysis);
    // The palette offers the roles of the catalog the design follows.
    m_docks->palette()->setCatalog(analysis->catalogOr(m_catalog));
    updateStatus();
}

void MainWindow::updateStatus()
{
    const AnalysisPtr analysis = m_runner->current();
    if (!analysis)
        return;
    const Analysis &a = analysis->analysis;
    size_t crossing = 0;
    for (const Flow &f : a.flows)
        crossing += f.crossing();
    // Singular and plural as whole phrases: translations need no English plural rules.
    const int errors = a.errorCount();
    const int warnings = a.warningCount();
    m_statusFlows->setText(tr("%1 flows, %2 crossing, %3 openings").arg(a.flows.size()).arg(crossing).arg(a.openings.size())
                           + QStringLiteral(", ") + (errors == 1 ? tr("1 error") : tr("%1 errors").arg(errors))
                           + QStringLiteral(", ") + (warnings == 1 ? tr("1 warning") : tr("%1 warnings").arg(warnings)));
}

void MainWindow::updateTitle()
{
    setWindowTitle(QStringLiteral("%1[*] — PortPlanner").arg(m_files->displayName()));
    setWindowModified(m_files->isModified());
}

void MainWindow::onSceneSelection()
{
    const QStringList hosts = m_scene->selectedHosts();
    const QStringList zones = m_scene->selectedZones();
    const QStringList firewalls = m_scene->selectedFirewalls();
    views::PropertiesPanel *properties = m_docks->properties();
    const auto count = hosts.size() + zones.size() + firewalls.size();
    if (count == 0)
        properties->showDesign();
    else if (count > 1)
        properties->showMultiple(int(count));
    else if (!hosts.isEmpty())
        properties->showHost(hosts.first());
    else if (!zones.isEmpty())
        properties->showZone(zones.first());
    else
        properties->showFirewall(firewalls.first());
    m_docks->groups()->setCanvasSelection(hosts);
    // Rule 10: a selected device shows the zones it joins and its rules.
    m_scene->showFirewallZones(firewalls);
    if (firewalls.size() == 1 && m_scene->analysis()) {
        const AnalysisPtr &a = m_scene->analysis();
        const int index = a->design.firewallIndex(firewalls.first());
        const auto rules = std::count_if(a->analysis.openings.begin(), a->analysis.openings.end(),
                                         [index](const Opening &o) { return index >= 0 && o.firewall == index; });
        showMessage(tr("Firewall %1: %n opening(s) on this device", nullptr, int(rules)).arg(firewalls.first()));
    }
    if (!m_syncingSelection) {
        // A few selected hosts show their connections and the hosts at the
        // other end; a large selection would only light up everything.
        m_scene->highlightPairs(hosts.size() <= 50 ? m_scene->pairsOfHosts(hosts) : QSet<QString>());
        m_docks->flows()->selectHosts(hosts);
    }
    m_actions->setHasSelection(!hosts.isEmpty() || !zones.isEmpty() || !firewalls.isEmpty());
}

void MainWindow::showHosts(const QStringList &hosts, const QSet<QString> &pairs, int frameAtMost)
{
    m_syncingSelection = true;
    m_scene->highlightPairs(pairs);
    m_scene->selectHosts(hosts);
    m_syncingSelection = false;
    QRectF r;
    for (const QString &id : hosts)
        if (const Host *h = m_document->host(id))
            r |= QRectF(h->pos, QSizeF(views::style::hostWidth, views::style::hostHeight));
    if (!r.isEmpty() && hosts.size() <= frameAtMost)
        m_view->focusOn(r);
}

void MainWindow::fitToView()
{
    m_view->fitAll();
}

void MainWindow::startReview()
{
    m_docks->raiseReview();
    m_docks->review()->resume();
    m_docks->review()->focusDecision();
}

void MainWindow::setLanguage(const QString &code)
{
    if (!m_language->set(code))
        showMessage(tr("No translation for %1 is installed.").arg(code));
}

void MainWindow::retranslate()
{
    m_actions->retranslate(m_language->current());
    m_actions->updateUndo(m_undo);
    m_docks->retranslate();
    updateTitle();
    updateStatus();
    m_statusFlows->setAccessibleName(tr("Flow summary"));
    m_statusZoom->setAccessibleName(tr("Zoom level"));
    m_statusBusy->setAccessibleName(tr("Analysis status"));
    fixBusyWidth();
    m_statusZoom->setText(tr("Zoom %1%").arg(qRound(m_view->zoom() * 100)));
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About PortPlanner"),
                       tr("<h3>PortPlanner %1</h3><p>Firewall planning for Configuration Manager hierarchies.</p>"
                          "<p>Port facts: <i>Ports used in Configuration Manager</i> (Microsoft Docs, zh-TW, 2017); "
                          "every flow names its section anchor.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::showMessage(const QString &text, int ms)
{
    statusBar()->showMessage(text, ms);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_fileController->maybeSave()) {
        m_docks->saveLayout();
        event->accept();
    }
    else
        event->ignore();
}

bool MainWindow::focusNextPrevChild(bool next)
{
    QWidget *from = focusWidget();
    QWidget *to = from ? m_docks->nextTabStop(from, next) : nullptr;
    if (!to)
        return QMainWindow::focusNextPrevChild(next);
    to->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
    return true;
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!FileController::designFileIn(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
        return;
    }
    QMainWindow::dragEnterEvent(event);
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = FileController::designFileIn(event->mimeData());
    if (path.isEmpty()) {
        QMainWindow::dropEvent(event);
        return;
    }
    event->acceptProposedAction();
    m_fileController->openOther(path);
}

} // namespace pp::app
