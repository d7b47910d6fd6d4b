#include "app/designer/MainWindow.h"

#include "app/commands/Commands.h"
#include "app/designer/AnalysisRunner.h"
#include "app/designer/DocumentFiles.h"
#include "app/designer/ExportDialog.h"
#include "app/designer/Language.h"
#include "model/catalog/Catalog.h"
#include "model/document/DesignDocument.h"
#include "views/canvas/AutoLayout.h"
#include "views/canvas/CanvasStyle.h"
#include "views/canvas/DesignScene.h"
#include "views/canvas/DesignView.h"
#include "views/canvas/ZoneItem.h"
#include "views/panels/BoundaryGroupsPanel.h"
#include "views/panels/FlowsPanel.h"
#include "views/panels/PalettePanel.h"
#include "views/panels/SitesPanel.h"
#include "views/panels/ValidationPanel.h"
#include "views/properties/PropertiesPanel.h"
#include "views/properties/SiteEditor.h"
#include "views/properties/ZoneEditor.h"
#include "views/review/ReviewPanel.h"
#include "model/review/ReviewRecord.h"
#include "model/review/ReviewSheet.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFutureWatcher>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QFileDialog>
#include <QFileInfo>
#include <QProgressDialog>
#include <QSaveFile>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

namespace pp::app {

namespace {

const char *clipboardMime = "application/x-portplanner-fragment";

} // namespace

MainWindow::MainWindow(const Catalog &catalog, QWidget *parent)
    : QMainWindow(parent)
    , m_catalog(catalog)
    , m_document(new DesignDocument(this))
    , m_undo(new QUndoStack(this))
    , m_edits(new commands::Edits(m_undo, m_document, catalog))
    , m_runner(new AnalysisRunner(m_document, catalog, this))
    , m_files(new DocumentFiles(m_document, m_undo, catalog, this))
    , m_language(new Language(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/portplanner.svg")));
    setAcceptDrops(true);
    m_scene = new views::DesignScene(m_document, catalog, this);
    m_view = new views::DesignView(m_scene, this);
    setCentralWidget(m_view);
    createDocks();
    createActions();
    createMenus();
    connectViews();

    m_statusFlows = new QLabel(this);
    m_statusZoom = new QLabel(this);
    m_statusBusy = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusBusy);
    statusBar()->addPermanentWidget(m_statusFlows);
    statusBar()->addPermanentWidget(m_statusZoom);
    m_statusFlows->setAccessibleName(tr("Flow summary"));
    m_statusZoom->setAccessibleName(tr("Zoom level"));

    m_language->set(Language::remembered());
    retranslate();
    m_files->newDesign(blankDesign()); // a window never starts with nothing to drop roles into
    QTimer::singleShot(0, this, &MainWindow::fitToView);
    updateTitle();
    updateActions();
    resize(1400, 900);
    sizeDocks();
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
    for (QObject *child : descendants)
        disconnect(child, nullptr, this, nullptr);
    delete m_edits;
}

void MainWindow::createDocks()
{
    m_palette = new views::PalettePanel(m_catalog, this);
    m_properties = new views::PropertiesPanel(m_document, m_catalog, this);
    m_sitesPanel = new views::SitesPanel(m_document, this);
    m_flows = new views::FlowsPanel(m_catalog, this);
    m_validation = new views::ValidationPanel(this);
    m_review = new views::ReviewPanel(m_document, m_catalog, this);
    m_groups = new views::BoundaryGroupsPanel(m_document, m_catalog, this);
    auto dock = [this](const QString &name, QWidget *widget, Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(this);
        d->setObjectName(name);
        d->setWidget(widget);
        addDockWidget(area, d);
        m_docks.insert(name, d);
        return d;
    };
    QDockWidget *palette = dock(QStringLiteral("palette"), m_palette, Qt::LeftDockWidgetArea);
    QDockWidget *sites = dock(QStringLiteral("sites"), m_sitesPanel, Qt::LeftDockWidgetArea);
    dock(QStringLiteral("properties"), m_properties, Qt::RightDockWidgetArea);
    QDockWidget *flows = dock(QStringLiteral("flows"), m_flows, Qt::BottomDockWidgetArea);
    QDockWidget *findings = dock(QStringLiteral("validation"), m_validation, Qt::BottomDockWidgetArea);
    // The security review and the boundary groups are editors: they share the
    // right-hand side with Properties.
    QDockWidget *review = dock(QStringLiteral("review"), m_review, Qt::RightDockWidgetArea);
    QDockWidget *groups = dock(QStringLiteral("groups"), m_groups, Qt::RightDockWidgetArea);
    tabifyDockWidget(m_docks.value(QStringLiteral("properties")), review);
    tabifyDockWidget(review, groups);
    m_docks.value(QStringLiteral("properties"))->raise();
    // The walkthrough steers the canvas only while the reviewer can see it.
    connect(review, &QDockWidget::visibilityChanged, this, [this](bool shown) {
        m_walkthroughShown = shown;
        if (shown)
            m_review->resume();
    });
    // Tabs rather than splits, so the canvas keeps the room. The hierarchy
    // sits with the palette: a site picked there opens in Properties, on the
    // other side, where it can be seen while it is edited.
    tabifyDockWidget(palette, sites);
    palette->raise();
    tabifyDockWidget(flows, findings);
    flows->raise();
}

void MainWindow::sizeDocks()
{
    resizeDocks({m_docks.value(QStringLiteral("palette")), m_docks.value(QStringLiteral("properties"))}, {235, 330},
                Qt::Horizontal);
    resizeDocks({m_docks.value(QStringLiteral("flows"))}, {215}, Qt::Vertical);
}

void MainWindow::connectViews()
{
    connect(m_runner, &AnalysisRunner::analysisReady, this, &MainWindow::onAnalysis);
    connect(m_runner, &AnalysisRunner::busyChanged, this,
            [this](bool busy) { m_statusBusy->setText(busy ? tr("Computing…") : QString()); });
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &MainWindow::onSceneSelection);
    connect(m_scene, &views::DesignScene::hostsMoved, this, &MainWindow::onHostsMoved);
    connect(m_scene, &views::DesignScene::zoneEdited, this,
            [this](const QString &zone, const QRectF &, const QRectF &rect, const QVector<views::HostMove> &carried) {
                std::vector<commands::Placement> placements;
                for (const views::HostMove &m : carried)
                    placements.push_back({m.id, m.newPos, m.newZone});
                m_edits->editZoneGeometry(zone, rect, placements);
            });
    connect(m_scene, &views::DesignScene::gestureRejected, this, [this](const QString &m) { showMessage(m); });
    connect(m_scene, &views::DesignScene::pairActivated, this, [this](const QString &key) {
        m_scene->highlightPairs({key});
        m_flows->selectPairs({key});
        showMessage(m_scene->describePair(key, 1).section(QLatin1Char('\n'), 1, 1));
    });
    connect(m_view, &views::DesignView::roleDropped, this, &MainWindow::onRoleDropped);
    connect(m_view, &views::DesignView::nudgeRequested, this, &MainWindow::nudgeSelection);
    connect(m_view, &views::DesignView::zoomChanged, this,
            [this](qreal z) { m_statusZoom->setText(tr("Zoom %1%").arg(qRound(z * 100))); });
    connect(m_palette, &views::PalettePanel::roleActivated, this, &MainWindow::onRoleActivated);
    connect(m_flows, &views::FlowsPanel::pairsSelected, this, [this](const QSet<QString> &pairs, const QStringList &hosts) {
        m_syncingSelection = true;
        m_scene->highlightPairs(pairs);
        m_scene->selectHosts(hosts);
        m_syncingSelection = false;
    });
    connect(m_validation, &views::ValidationPanel::hostsRequested, this, [this](const QStringList &hosts) {
        m_scene->selectHosts(hosts);
        QRectF r;
        for (const QString &id : hosts)
            if (const Host *h = m_document->host(id))
                r |= QRectF(h->pos, QSizeF(views::style::hostWidth, views::style::hostHeight));
        if (!r.isEmpty())
            m_view->focusOn(r);
    });
    connect(m_validation, &views::ValidationPanel::siteRequested, this, [this](const QString &code) { m_properties->showSite(code); });
    connect(m_review, &views::ReviewPanel::decided, this,
            [this](const ReviewDecision &d, const QString &cursor) { m_edits->addReviewDecision(d, cursor); });
    connect(m_review, &views::ReviewPanel::decidedMany, this,
            [this](const std::vector<ReviewDecision> &d, const QString &cursor) { m_edits->addReviewDecisions(d, cursor); });
    connect(m_review, &views::ReviewPanel::cursorMoved, m_document, &DesignDocument::setReviewCursor);
    connect(m_review, &views::ReviewPanel::message, this, [this](const QString &m) { showMessage(m, 8000); });
    connect(m_review, &views::ReviewPanel::focusRequested, this, [this](const QStringList &hosts, const QSet<QString> &pairs) {
        if (!m_walkthroughShown)
            return;
        m_syncingSelection = true;
        m_scene->highlightPairs(pairs);
        m_scene->selectHosts(hosts);
        m_syncingSelection = false;
        QRectF r;
        for (const QString &id : hosts)
            if (const Host *h = m_document->host(id))
                r |= QRectF(h->pos, QSizeF(views::style::hostWidth, views::style::hostHeight));
        if (!r.isEmpty() && hosts.size() <= 40)
            m_view->focusOn(r);
    });
    connect(m_groups, &views::BoundaryGroupsPanel::groupsEdited, this,
            [this](const std::vector<BoundaryGroup> &groups, const QString &text) { m_edits->setBoundaryGroups(groups, text); });
    connect(m_groups, &views::BoundaryGroupsPanel::message, this, [this](const QString &m) { showMessage(m, 8000); });
    connect(m_groups, &views::BoundaryGroupsPanel::groupShown, this, [this](const QString &id) {
        // Only while the panel is on screen: a hidden tab does not paint the canvas.
        m_scene->showBoundaryGroup(m_docks.value(QStringLiteral("groups"))->visibleRegion().isEmpty() ? QString() : id);
    });
    connect(m_docks.value(QStringLiteral("groups")), &QDockWidget::visibilityChanged, this,
            [this](bool shown) {
                m_groups->setOnScreen(shown);
                m_scene->showBoundaryGroup(shown ? m_groups->selectedGroup() : QString());
            });
    connect(m_sitesPanel, &views::SitesPanel::siteSelected, this, [this](const QString &code) {
        m_properties->showSite(code);
        m_docks.value(QStringLiteral("properties"))->raise();
    });
    connect(m_sitesPanel, &views::SitesPanel::addSiteRequested, this, &MainWindow::addSite);
    connect(m_sitesPanel, &views::SitesPanel::removeSiteRequested, this, [this](const QString &code) { m_edits->removeSite(code); });

    connect(m_properties, &views::PropertiesPanel::hostEdited, this,
            [this](const Host &before, const Host &after) { m_edits->editHost(before, after); });
    connect(m_properties, &views::PropertiesPanel::zoneEdited, this,
            [this](const Zone &before, const Zone &after) { m_edits->editZone(before, after); });
    connect(m_properties, &views::PropertiesPanel::siteEdited, this,
            [this](const Site &before, const Site &after) { m_edits->editSite(before, after); });
    connect(m_properties, &views::PropertiesPanel::nameEdited, this, [this](const QString &, const QString &n) { m_edits->setName(n); });
    connect(m_properties, &views::PropertiesPanel::settingsEdited, this,
            [this](const DesignSettings &, const DesignSettings &s) { m_edits->setSettings(s); });
    connect(m_properties, &views::PropertiesPanel::changeRequestEdited, this,
            [this](const ChangeRequestInfo &, const ChangeRequestInfo &c) { m_edits->setChangeRequest(c); });
    connect(m_properties, &views::PropertiesPanel::invalidInput, this, [this](const QString &message) { showMessage(message, 8000); });

    connect(m_files, &DocumentFiles::pathChanged, this, &MainWindow::updateTitle);
    connect(m_files, &DocumentFiles::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_files, &DocumentFiles::recentFilesChanged, this, &MainWindow::updateRecentMenu);
    connect(m_undo, &QUndoStack::indexChanged, this, &MainWindow::updateTitle);
    connect(m_language, &Language::changed, this, [this](const QString &) {
        m_palette->setChineseNames(m_language->isChinese());
        m_properties->setChineseNames(m_language->isChinese());
        m_scene->setChineseNames(m_language->isChinese());
    });
}

void MainWindow::onAnalysis(const AnalysisPtr &analysis)
{
    m_scene->setAnalysis(analysis);
    m_flows->setAnalysis(analysis);
    m_validation->setAnalysis(analysis);
    m_review->setAnalysis(analysis);
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

void MainWindow::onSceneSelection()
{
    const QStringList hosts = m_scene->selectedHosts();
    const QStringList zones = m_scene->selectedZones();
    if (hosts.size() == 1 && zones.isEmpty())
        m_properties->showHost(hosts.first());
    else if (zones.size() == 1 && hosts.isEmpty())
        m_properties->showZone(zones.first());
    else if (hosts.isEmpty() && zones.isEmpty())
        m_properties->showDesign();
    else
        m_properties->showMultiple(int(hosts.size() + zones.size()));
    m_groups->setCanvasSelection(hosts);
    if (!m_syncingSelection) {
        // A few selected hosts show their connections and the hosts at the
        // other end; a large selection would only light up everything.
        m_scene->highlightPairs(hosts.size() <= 50 ? m_scene->pairsOfHosts(hosts) : QSet<QString>());
        m_flows->selectHosts(hosts);
    }
    updateActions();
}

void MainWindow::onHostsMoved(const QVector<views::HostMove> &moves)
{
    std::vector<commands::Placement> placements;
    bool zoneChange = false;
    for (const views::HostMove &m : moves) {
        placements.push_back({m.id, m.newPos, m.newZone});
        zoneChange = zoneChange || m.newZone != m.oldZone;
    }
    m_edits->placeHosts(placements, zoneChange ? tr("Move %n host(s) to another zone", nullptr, int(moves.size()))
                                               : tr("Move %n host(s)", nullptr, int(moves.size())));
}

void MainWindow::nudgeSelection(const QPointF &delta)
{
    std::vector<commands::Placement> placements;
    for (const QString &id : m_scene->selectedHosts()) {
        const Host *h = m_document->host(id);
        const Zone *z = h ? m_document->zone(h->zone) : nullptr;
        if (!z)
            continue;
        const QPointF pos = h->pos + delta;
        // A nudge never changes a host's zone: that takes a deliberate drag.
        const QRectF card(pos, QSizeF(views::style::hostWidth, views::style::hostHeight));
        if (!z->rect.contains(card.center())) {
            showMessage(tr("%1 is at the edge of its zone; drag it to move it to another zone.").arg(id));
            return;
        }
        placements.push_back({id, pos, h->zone});
    }
    m_edits->nudgeHosts(placements);
}

void MainWindow::onRoleDropped(const QString &roleId, const QPointF &scenePos, const QString &hostId, const QString &zoneId)
{
    if (!hostId.isEmpty()) {
        if (!m_edits->addRoleToHost(roleId, hostId))
            showMessage(tr("%1 already carries that role.").arg(hostId));
        return;
    }
    const QPointF pos = m_scene->snapped(scenePos - QPointF(views::style::hostWidth / 2, views::style::hostHeight / 2));
    const QString id = m_edits->addHostWithRole(roleId, zoneId, pos);
    if (!id.isEmpty())
        m_scene->selectHosts({id});
}

void MainWindow::onRoleActivated(const QString &roleId)
{
    // Keyboard path of the palette: add to the selected host, or a new host
    // in the selected zone.
    const QStringList hosts = m_scene->selectedHosts();
    if (hosts.size() == 1) {
        onRoleDropped(roleId, {}, hosts.first(), {});
        return;
    }
    QStringList zones = m_scene->selectedZones();
    if (zones.isEmpty() && !m_document->design().zones.empty())
        zones << m_document->design().zones.front().id;
    if (zones.isEmpty()) {
        showMessage(tr("Add a zone first: hosts live in zones."));
        return;
    }
    const Zone *z = m_document->zone(zones.first());
    int inZone = 0;
    for (const Host &h : m_document->design().hosts)
        inZone += h.zone == z->id;
    const QPointF pos = z->rect.topLeft() + QPointF(20 + (inZone % 3) * 220, 50 + (inZone / 3) * 90);
    const QString id = m_edits->addHostWithRole(roleId, z->id, m_scene->snapped(pos));
    if (!id.isEmpty())
        m_scene->selectHosts({id});
}

void MainWindow::addSite(const QString &parentCode)
{
    bool ok = false;
    const QString code = QInputDialog::getText(this, tr("Add site"), tr("Site code (three letters or digits):"),
                                               QLineEdit::Normal, QString(), &ok)
                             .trimmed()
                             .toUpper();
    if (!ok || code.isEmpty())
        return;
    if (!QRegularExpression(QStringLiteral("^[A-Z0-9]{3}$")).match(code).hasMatch() || m_document->site(code)) {
        QMessageBox::warning(this, tr("Add site"), tr("\"%1\" is not a free three-character site code.").arg(code));
        return;
    }
    Site s;
    s.code = code;
    s.parent = parentCode;
    const Site *parent = m_document->site(parentCode);
    s.type = !parent ? SiteType::Primary : parent->type == SiteType::Cas ? SiteType::Primary : SiteType::Secondary;
    m_edits->addSite(s);
    m_properties->showSite(code);
}

void MainWindow::deleteSelection()
{
    m_edits->remove(m_scene->selectedHosts(), m_scene->selectedZones());
}

void MainWindow::copySelection()
{
    const QStringList hosts = m_scene->selectedHosts();
    const QStringList zones = m_scene->selectedZones();
    if (hosts.isEmpty() && zones.isEmpty())
        return;
    auto *mime = new QMimeData;
    const QByteArray json = m_edits->copy(hosts, zones);
    mime->setData(QString::fromLatin1(clipboardMime), json);
    mime->setText(QString::fromUtf8(json));
    QApplication::clipboard()->setMimeData(mime);
    showMessage(tr("Copied %n item(s).", nullptr, int(hosts.size() + zones.size())));
}

void MainWindow::cutSelection()
{
    copySelection();
    deleteSelection();
}

void MainWindow::pasteClipboard()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    if (!mime)
        return;
    const QByteArray json = mime->hasFormat(QString::fromLatin1(clipboardMime)) ? mime->data(QString::fromLatin1(clipboardMime))
                                                                                 : mime->text().toUtf8();
    const QStringList zones = m_scene->selectedZones();
    QString error;
    const QStringList added = m_edits->paste(json, QPointF(30, 30), zones.size() == 1 ? zones.first() : QString(), &error);
    if (added.isEmpty() && !error.isEmpty())
        showMessage(error, 8000);
    else
        m_scene->selectHosts(added);
}

void MainWindow::selectAll()
{
    QStringList all;
    for (const Host &h : m_document->design().hosts)
        all << h.id;
    m_scene->selectHosts(all);
}

void MainWindow::addZone(int kind)
{
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    const QRectF rect(m_scene->snapped(visible.center() - QPointF(250, 150)), QSizeF(500, 300));
    const QString id = m_edits->addZone(ZoneKind(kind), rect);
    if (views::ZoneItem *item = m_scene->zoneItem(id)) {
        m_scene->clearSelection();
        item->setSelected(true);
    }
}

void MainWindow::autoArrange()
{
    const AnalysisPtr analysis = m_runner->current();
    if (!analysis)
        return;
    if (analysis->design.hosts.size() > 1500
        && QMessageBox::question(this, tr("Auto-arrange"),
                                 tr("This design has %1 hosts; arranging it may take minutes. Continue?")
                                     .arg(analysis->design.hosts.size()))
            != QMessageBox::Yes)
        return;
    QProgressDialog progress(tr("Arranging with graphviz…"), QString(), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QFutureWatcher<views::LayoutResult> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcher<views::LayoutResult>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([analysis] { return views::autoLayout(analysis->design, analysis->analysis); }));
    loop.exec();
    const views::LayoutResult result = watcher.result();
    if (!result.error.isEmpty()) {
        QMessageBox::warning(this, tr("Auto-arrange"), result.error);
        return;
    }
    std::vector<std::pair<QString, QRectF>> zones;
    for (auto it = result.zones.constBegin(); it != result.zones.constEnd(); ++it)
        zones.emplace_back(it.key(), QRectF(m_scene->snapped(it.value().topLeft()), it.value().size()));
    std::vector<commands::Placement> hosts;
    for (auto it = result.hosts.constBegin(); it != result.hosts.constEnd(); ++it)
        if (const Host *h = m_document->host(it.key()))
            hosts.push_back({it.key(), m_scene->snapped(it.value()), h->zone});
    m_edits->arrange(zones, hosts);
    fitToView();
}

void MainWindow::zoomIn() { m_view->zoomBy(1.25); }
void MainWindow::zoomOut() { m_view->zoomBy(0.8); }
void MainWindow::fitToView() { m_view->fitAll(); }

void MainWindow::toggleInternal()
{
    m_scene->setShowInternalConnections(m_actions.value(QStringLiteral("showInternal"))->isChecked());
}

void MainWindow::toggleSnap()
{
    m_scene->setGridSnap(m_actions.value(QStringLiteral("snap"))->isChecked());
}

void MainWindow::toggleGrid()
{
    m_view->setShowGrid(m_actions.value(QStringLiteral("grid"))->isChecked());
}

void MainWindow::exportChangeRequest()
{
    const AnalysisPtr analysis = m_runner->current();
    if (!analysis)
        return;
    ExportDialog dialog(m_catalog, analysis, m_files->path(), this);
    dialog.exec();
}

void MainWindow::compareWith()
{
    const AnalysisPtr analysis = m_runner->current();
    if (!analysis)
        return;
    ExportDialog dialog(m_catalog, analysis, m_files->path(), this);
    if (dialog.chooseBaseline())
        dialog.exec();
}

void MainWindow::startReview()
{
    QDockWidget *dock = m_docks.value(QStringLiteral("review"));
    dock->show();
    dock->raise();
    m_review->resume();
    m_review->setFocus();
}

void MainWindow::exportReviewRecord()
{
    const AnalysisPtr analysis = m_runner->current();
    if (!analysis)
        return;
    QString path = QFileDialog::getSaveFileName(this, tr("Export review record"),
                                                QFileInfo(m_files->path()).completeBaseName() + QStringLiteral("-review.html"),
                                                tr("HTML page (*.html)"));
    if (path.isEmpty())
        return;
    // The record reads the document's decisions against the current openings.
    Design design = analysis->design;
    design.reviews = m_document->design().reviews;
    const ReviewSheet sheet(design, m_catalog, analysis->analysis);
    QSaveFile file(path);
    const QByteArray html = reviewRecordHtml(design, m_catalog, analysis->analysis, sheet);
    if (!file.open(QIODevice::WriteOnly) || file.write(html) != html.size() || !file.commit())
        QMessageBox::critical(this, tr("Export review record"), tr("Could not write %1: %2").arg(path, file.errorString()));
    else
        showMessage(tr("Exported %1").arg(path));
}

void MainWindow::setLanguage(const QString &code)
{
    if (!m_language->set(code))
        showMessage(tr("No translation for %1 is installed.").arg(code));
}

void MainWindow::showMessage(const QString &text, int ms)
{
    statusBar()->showMessage(text, ms);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

} // namespace pp::app
