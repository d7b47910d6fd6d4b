#include "app/designer/EditController.h"

#include "app/commands/Edits.h"
#include "app/designer/AnalysisRunner.h"
#include "model/design/FreeSpace.h"
#include "model/document/DesignDocument.h"
#include "render/diagram/DiagramShapes.h"
#include "views/canvas/AutoLayout.h"
#include "views/canvas/CanvasStyle.h"
#include "views/canvas/DesignScene.h"
#include "views/canvas/DesignView.h"
#include "views/canvas/FirewallItem.h"
#include "views/canvas/FirewallMirror.h"
#include "views/canvas/ZoneItem.h"

#include <QApplication>
#include <QClipboard>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QInputDialog>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>

namespace pp::app {

namespace {

const char *clipboardMime = "application/x-portplanner-fragment";

std::vector<commands::Placement> placementsOf(const QVector<views::HostMove> &moves)
{
    std::vector<commands::Placement> placements;
    for (const views::HostMove &m : moves)
        placements.push_back({m.id, m.newPos, m.newZone});
    return placements;
}

} // namespace

EditController::EditController(QWidget *window, commands::Edits *edits, const DesignDocument *document,
                               views::DesignScene *scene, views::DesignView *view, AnalysisRunner *runner)
    : QObject(window)
    , m_window(window)
    , m_edits(edits)
    , m_document(document)
    , m_scene(scene)
    , m_view(view)
    , m_runner(runner)
{
}

void EditController::placeHosts(const QVector<views::HostMove> &moves)
{
    bool zoneChange = false;
    for (const views::HostMove &m : moves)
        zoneChange = zoneChange || m.newZone != m.oldZone;
    m_edits->placeHosts(placementsOf(moves), zoneChange ? tr("Move %n host(s) to another zone", nullptr, int(moves.size()))
                                                        : tr("Move %n host(s)", nullptr, int(moves.size())));
}

void EditController::placeZone(const QString &zoneId, const QRectF &rect, const QVector<views::HostMove> &carried)
{
    m_edits->editZoneGeometry(zoneId, rect, placementsOf(carried));
}

void EditController::nudgeSelection(const QPointF &delta)
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
            emit message(tr("%1 is at the edge of its zone; drag it to move it to another zone.").arg(id), 5000);
            return;
        }
        placements.push_back({id, pos, h->zone});
    }
    m_edits->nudgeHosts(placements);
}

void EditController::dropRole(const QString &roleId, const QPointF &scenePos, const QString &hostId, const QString &zoneId)
{
    if (!hostId.isEmpty()) {
        if (!m_edits->addRoleToHost(roleId, hostId))
            emit message(tr("%1 already carries that role.").arg(hostId), 5000);
        return;
    }
    const QPointF pos = m_scene->snapped(scenePos - QPointF(views::style::hostWidth / 2, views::style::hostHeight / 2));
    const QString id = m_edits->addHostWithRole(roleId, zoneId, pos);
    if (!id.isEmpty()) {
        m_scene->selectHosts({id});
        emit hostCreated(id);
    }
}

void EditController::addRole(const QString &roleId)
{
    const QStringList hosts = m_scene->selectedHosts();
    if (hosts.size() == 1) {
        dropRole(roleId, {}, hosts.first(), {});
        return;
    }
    QStringList zones = m_scene->selectedZones();
    if (zones.isEmpty() && !m_document->design().zones.empty())
        zones << m_document->design().zones.front().id;
    if (zones.isEmpty()) {
        emit message(tr("Add a zone first: hosts live in zones."), 5000);
        return;
    }
    const Zone *z = m_document->zone(zones.first());
    // Free space in the zone, never on top of a host already there.
    const std::optional<QPointF> free = freespace::hostPosition(m_document->design(), *z);
    if (!free) {
        emit message(tr("%1 has no free space for another host: make it larger or drop the role where it should go.")
                         .arg(z->name.isEmpty() ? z->id : z->name),
                     8000);
        return;
    }
    const QString id = m_edits->addHostWithRole(roleId, z->id, *free);
    if (!id.isEmpty()) {
        m_scene->selectHosts({id});
        emit hostCreated(id);
    }
}

void EditController::addSite(const QString &parentCode)
{
    bool ok = false;
    const QString code = QInputDialog::getText(m_window, tr("Add site"), tr("Site code (three letters or digits):"),
                                               QLineEdit::Normal, QString(), &ok)
                             .trimmed()
                             .toUpper();
    if (!ok || code.isEmpty())
        return;
    if (!QRegularExpression(QStringLiteral("^[A-Z0-9]{3}$")).match(code).hasMatch() || m_document->site(code)) {
        QMessageBox::warning(m_window, tr("Add site"), tr("\"%1\" is not a free three-character site code.").arg(code));
        return;
    }
    Site s;
    s.code = code;
    s.parent = parentCode;
    const Site *parent = m_document->site(parentCode);
    s.type = !parent ? SiteType::Primary : parent->type == SiteType::Cas ? SiteType::Primary : SiteType::Secondary;
    m_edits->addSite(s);
    emit siteAdded(code);
}

void EditController::addZone(ZoneKind kind)
{
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    // In the middle of the view when that is free, else beside the zones
    // nearest to it; never on top of one.
    const QRectF rect = freespace::zoneRect(m_document->design(), QSizeF(500, 300), visible.center());
    const QString id = m_edits->addZone(kind, rect);
    if (views::ZoneItem *item = m_scene->zoneItem(id)) {
        m_scene->clearSelection();
        item->setSelected(true);
        if (!visible.contains(rect))
            m_view->focusOn(rect);
    }
}

void EditController::addFirewall()
{
    // Near the middle of the view, in a gap between zones where there is
    // one: the architect then drags it onto its boundary.
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    const QPointF centre =
        freespace::devicePosition(m_document->design(), diagram::deviceRect({}).size(), m_scene->snapped(visible.center()));
    placeFirewall(centre);
    if (!visible.contains(centre))
        m_view->focusOn(diagram::deviceRect(centre));
}

void EditController::dropFirewall(const QPointF &scenePos)
{
    placeFirewall(m_scene->snapped(scenePos));
}

QString EditController::linkFirewall(const QString &firewallId, const QString &zoneId)
{
    const QString interfaceId = m_edits->addInterface(firewallId, zoneId);
    const Firewall *fw = m_document->firewall(firewallId);
    if (interfaceId.isEmpty() || !fw)
        return {};
    if (views::FirewallItem *item = m_scene->firewalls()->item(firewallId)) {
        m_scene->clearSelection();
        item->setSelected(true);
    }
    const FirewallInterface &added = fw->interfaces.back();
    const Zone *zone = m_document->zone(zoneId);
    emit message(tr("%1 linked to %2 by interface %3, called \"%4\" on the device: rename it in Properties.")
                     .arg(fw->name.isEmpty() ? fw->id : fw->name, zone && !zone->name.isEmpty() ? zone->name : zoneId,
                          interfaceId, added.name),
                 6000);
    return interfaceId;
}

void EditController::placeFirewall(const QPointF &centre)
{
    const QString id = m_edits->addFirewall(FirewallPlatform::Generic, centre);
    if (views::FirewallItem *item = m_scene->firewalls()->item(id)) {
        m_scene->clearSelection();
        item->setSelected(true);
    }
    emit message(tr("Firewall %1 added: drag from its link handle (or Shift+drag it) to each zone it joins.").arg(id), 6000);
}

void EditController::deleteSelection()
{
    // Hosts, zones and devices together: one step, whatever the mix.
    m_edits->remove(m_scene->selectedHosts(), m_scene->selectedZones(), m_scene->selectedFirewalls());
}

void EditController::copySelection()
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
    emit message(tr("Copied %n item(s).", nullptr, int(hosts.size() + zones.size())), 5000);
}

void EditController::cutSelection()
{
    // Only what the clipboard took goes: devices are not copied, so a cut
    // leaves them in place rather than losing them.
    copySelection();
    m_edits->remove(m_scene->selectedHosts(), m_scene->selectedZones());
}

void EditController::pasteClipboard()
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
        emit message(error, 8000);
    else
        m_scene->selectHosts(added);
}

void EditController::selectAll()
{
    QStringList all;
    for (const Host &h : m_document->design().hosts)
        all << h.id;
    m_scene->selectHosts(all);
}

void EditController::autoArrange()
{
    const AnalysisPtr analysis = m_runner->current();
    if (!analysis)
        return;
    if (analysis->design.hosts.size() > 1500
        && QMessageBox::question(m_window, tr("Auto-arrange"),
                                 tr("This design has %1 hosts; arranging it may take minutes. Continue?")
                                     .arg(analysis->design.hosts.size()))
            != QMessageBox::Yes)
        return;
    QProgressDialog progress(tr("Arranging with graphviz…"), QString(), 0, 0, m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QFutureWatcher<views::LayoutResult> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcher<views::LayoutResult>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([analysis] { return views::autoLayout(analysis->design, analysis->analysis); }));
    loop.exec();
    const views::LayoutResult result = watcher.result();
    if (!result.error.isEmpty()) {
        QMessageBox::warning(m_window, tr("Auto-arrange"), result.error);
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
    emit arranged();
}

} // namespace pp::app
