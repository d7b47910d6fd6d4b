// Rule 10 in the tables: the Openings table names the device that opens
// each row (with its sides as the device calls them) and both tables filter
// by device; a design without firewalls shows neither. And devices made on
// the canvas: a firewall dragged from the palette (or added by Enter there)
// lands as one undo step, and a link drawn from a device to a zone gives it
// an interface there, named in Properties, never a second one in a zone.
#include "tests/support/TestPaths.h"

#include "tests/designer/DesignerFixture.h"
#include "render/diagram/DiagramShapes.h"
#include "views/canvas/FirewallItem.h"
#include "views/canvas/FirewallMirror.h"
#include "views/panels/FlowsPanel.h"
#include "views/panels/ItemRoles.h"
#include "views/panels/OpeningTableModel.h"
#include "views/panels/PalettePanel.h"
#include "views/panels/RoleTree.h"
#include "views/properties/FirewallEditor.h"
#include "views/properties/PropertiesPanel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QStatusBar>
#include <QTableView>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

using namespace pp;

namespace {

const QString example = QStringLiteral("branch-firewalls.portplan");

/// The palette's firewall row, as a model index (what a drag starts from).
QModelIndex firewallIndex(QTreeWidget *tree)
{
    QAbstractItemModel *model = tree->model();
    for (int g = 0; g < model->rowCount(); ++g) {
        const QModelIndex group = model->index(g, 0);
        for (int i = 0; i < model->rowCount(group); ++i)
            if (model->index(i, 0, group).data(views::RoleTree::DeviceRole).toString() == QLatin1String("firewall"))
                return model->index(i, 0, group);
    }
    return {};
}

/// Drags `mime` over the canvas and drops it at a viewport point.
bool drop(views::DesignView *view, QMimeData *mime, QPoint at)
{
    QWidget *vp = view->viewport();
    QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(vp, &enter);
    QDragMoveEvent move(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(vp, &move);
    if (!move.isAccepted())
        return false;
    QDropEvent dropped(QPointF(at), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(vp, &dropped);
    QCoreApplication::processEvents();
    return dropped.isAccepted();
}

/// Nothing the symbol of device `id` covers is a zone or another device.
bool inFreeSpace(const Design &d, const QString &id)
{
    const Firewall *fw = d.firewall(id);
    const QRectF symbol = diagram::deviceRect(fw->pos);
    for (const Zone &z : d.zones)
        if (z.rect.intersects(symbol))
            return false;
    for (const Firewall &other : d.firewalls)
        if (other.id != id && diagram::deviceRect(other.pos).intersects(symbol))
            return false;
    return true;
}

/// Draws a link on the canvas from scene point `from` to `to`, with the
/// view zoomed so that both show.
void drawLink(app::MainWindow &w, const QPointF &from, const QPointF &to, Qt::KeyboardModifiers modifiers = {})
{
    views::DesignView *view = w.view();
    view->setZoom(0.6);
    view->centerOn((from + to) / 2);
    QCoreApplication::processEvents();
    test::drag(view, view->mapFromScene(from), view->mapFromScene(to), modifiers);
}

QLineEdit *field(QWidget *editor, const QString &accessibleName)
{
    for (QLineEdit *e : editor->findChildren<QLineEdit *>())
        if (e->accessibleName() == accessibleName)
            return e;
    return nullptr;
}

} // namespace

class TestDevices : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void openingsNameTheirDevice()
    {
        auto w = test::openWindow(QStringLiteral("branch-firewalls.portplan"));
        views::FlowsPanel *panel = w->flowsPanel();
        QTableView *view = panel->openingsView();
        QVERIFY2(!view->isColumnHidden(views::OpeningTableModel::Device), qPrintable(QStringLiteral("firewalls %1, columns %2, hidden %3").arg(w->document()->design().firewalls.size()).arg(view->model()->columnCount()).arg(view->horizontalHeader()->hiddenSectionCount())));
        QVERIFY(panel->deviceFilter()->isVisibleTo(panel));
        const Design &d = w->document()->design();
        QVERIFY(d.firewalls.size() >= 2);
        QCOMPARE(panel->deviceFilter()->count(), int(d.firewalls.size()) + 1);
        QAbstractItemModel *shown = view->model();
        const int all = shown->rowCount();
        QVERIFY(all > 0);
        for (int r = 0; r < all; ++r) {
            const QString device = shown->index(r, views::OpeningTableModel::Device).data().toString();
            const QStringList ids = shown->index(r, 0).data(views::DevicesRole).toStringList();
            QCOMPARE(ids.size(), 1);
            const Firewall *fw = nullptr;
            for (const Firewall &f : d.firewalls)
                if (f.id == ids.first())
                    fw = &f;
            QVERIFY(fw);
            QVERIFY2(device.startsWith(fw->name.isEmpty() ? fw->id : fw->name), qPrintable(device));
        }
        // Filter by the second device: only its rows, in both tables.
        QComboBox *filter = panel->deviceFilter();
        filter->setCurrentIndex(2);
        const QString id = filter->currentData().toString();
        QVERIFY(shown->rowCount() > 0 && shown->rowCount() < all);
        for (int r = 0; r < shown->rowCount(); ++r)
            QCOMPARE(shown->index(r, 0).data(views::DevicesRole).toStringList(), QStringList{id});
        QAbstractItemModel *flows = panel->flowsView()->model();
        QVERIFY(flows->rowCount() > 0);
        for (int r = 0; r < flows->rowCount(); ++r)
            QVERIFY(flows->index(r, 0).data(views::DevicesRole).toStringList().contains(id));
        filter->setCurrentIndex(0);
        QCOMPARE(shown->rowCount(), all);
    }

    void noDeviceColumnWithoutFirewalls()
    {
        auto w = test::openWindow(QStringLiteral("standalone-dmz.portplan"));
        views::FlowsPanel *panel = w->flowsPanel();
        QVERIFY(panel->openingsView()->isColumnHidden(views::OpeningTableModel::Device));
        QVERIFY(!panel->deviceFilter()->isVisibleTo(panel));
    }

    void aFirewallIsDraggedFromThePalette()
    {
        auto w = test::openWindow(example);
        const QByteArray start = test::saved(*w);
        const int steps = w->undoStack()->count();
        const size_t devices = w->document()->design().firewalls.size();
        QTreeWidget *tree = w->palette()->tree();
        const QModelIndex row = firewallIndex(tree);
        QVERIFY(row.isValid());
        std::unique_ptr<QMimeData> mime(tree->model()->mimeData({row}));
        QVERIFY(mime);

        // Into the gap between the datacenter and the WAN.
        const QPointF target(600, 760);
        QVERIFY(drop(w->view(), mime.get(), test::viewPoint(w->view(), target)));
        const Design &d = w->document()->design();
        QCOMPARE(d.firewalls.size(), devices + 1);
        QCOMPARE(w->undoStack()->count(), steps + 1);
        const Firewall added = d.firewalls.back();
        QVERIFY2(QLineF(added.pos, target).length() <= 20, qPrintable(QStringLiteral("%1,%2").arg(added.pos.x()).arg(added.pos.y())));
        QVERIFY(added.interfaces.empty());
        // Selected, so that Properties shows it to be named and linked.
        QCOMPARE(w->scene()->selectedFirewalls(), QStringList{added.id});
        QCOMPARE(w->properties()->firewallEditor()->firewallId(), added.id);
        QVERIFY(w->scene()->firewalls()->item(added.id));

        w->undoStack()->undo();
        QCOMPARE(test::saved(*w), start);
        QVERIFY(!w->scene()->firewalls()->item(added.id));
        w->undoStack()->redo();
        QCOMPARE(w->document()->design().firewalls.back(), added);
    }

    void enterOnTheFirewallAddsOneInFreeSpace()
    {
        auto w = test::openWindow(example);
        const int steps = w->undoStack()->count();
        QTreeWidget *tree = w->palette()->tree();
        tree->setFocus();
        tree->setCurrentIndex(firewallIndex(tree));
        QTest::keyClick(tree, Qt::Key_Return);
        QCoreApplication::processEvents();
        QCOMPARE(w->undoStack()->count(), steps + 1);
        const QString first = w->document()->design().firewalls.back().id;
        QVERIFY2(inFreeSpace(w->document()->design(), first), qPrintable(first));
        QCOMPARE(w->scene()->selectedFirewalls(), QStringList{first});
        // Edit › Add Firewall takes the same path: the next one is not on
        // top of the first.
        w->actions()->addFirewall->trigger();
        QCoreApplication::processEvents();
        QCOMPARE(w->undoStack()->count(), steps + 2);
        const QString second = w->document()->design().firewalls.back().id;
        QVERIFY(second != first);
        QVERIFY2(inFreeSpace(w->document()->design(), second), qPrintable(second));
        QVERIFY(w->statusBar()->currentMessage().contains(second));
    }

    void aLinkDrawnToAZoneAddsAnInterface()
    {
        auto w = test::openWindow(example);
        const QString id = QStringLiteral("fw-tch"); // in the Taichung branch and the WAN
        const QByteArray start = test::saved(*w);
        const int steps = w->undoStack()->count();
        views::FirewallItem *item = w->scene()->firewalls()->item(id);
        const QPointF where = item->pos();
        const QPointF handle = item->mapToScene(views::FirewallItem::handleRect().center());

        // From the link handle into the datacenter.
        drawLink(*w, handle, QPointF(780, 640));
        const Firewall *fw = w->document()->firewall(id);
        QCOMPARE(int(fw->interfaces.size()), 3);
        QCOMPARE(w->undoStack()->count(), steps + 1);
        const FirewallInterface added = fw->interfaces.back();
        QCOMPARE(added.zone, QStringLiteral("dc"));
        QCOMPARE(added.name, QStringLiteral("datacenter-taipei")); // "Datacenter (Taipei)" as devices spell zones
        QVERIFY(!added.id.isEmpty() && added.id != fw->interfaces[0].id && added.id != fw->interfaces[1].id);
        QCOMPARE(w->document()->firewall(id)->pos, item->pos()); // linked, not moved
        QVERIFY(!item->isLinking());
        QVERIFY(w->statusBar()->currentMessage().contains(added.id));

        // Properties shows the new interface; its name is edited there.
        QCOMPARE(w->scene()->selectedFirewalls(), QStringList{id});
        views::FirewallEditor *editor = w->properties()->firewallEditor();
        QCOMPARE(editor->currentInterface(), added.id);
        QLineEdit *name = field(editor, QStringLiteral("Zone name on device"));
        QVERIFY(name);
        QCOMPARE(name->text(), added.name);
        name->setFocus();
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("inside"));
        QTest::keyClick(name, Qt::Key_Return);
        QCoreApplication::processEvents();
        QCOMPARE(w->document()->firewall(id)->interfaces.back().name, QStringLiteral("inside"));
        QCOMPARE(w->undoStack()->count(), steps + 2);

        // A second link into the datacenter: said, not added.
        drawLink(*w, handle, QPointF(900, 600));
        QCOMPARE(int(w->document()->firewall(id)->interfaces.size()), 3);
        QCOMPARE(w->undoStack()->count(), steps + 2);
        QVERIFY2(w->statusBar()->currentMessage().contains(QStringLiteral("already has an interface")),
                 qPrintable(w->statusBar()->currentMessage()));
        QVERIFY(w->statusBar()->currentMessage().contains(added.id));

        // Let go where there is no zone: said, not added.
        drawLink(*w, handle, QPointF(950, 990));
        QCOMPARE(w->undoStack()->count(), steps + 2);
        QVERIFY2(w->statusBar()->currentMessage().contains(QStringLiteral("inside a zone")),
                 qPrintable(w->statusBar()->currentMessage()));

        // Shift+drag from the symbol itself draws a link too (into the MPLS).
        drawLink(*w, item->pos(), QPointF(1300, 880), Qt::ShiftModifier);
        QCOMPARE(w->undoStack()->count(), steps + 3);
        QCOMPARE(w->document()->firewall(id)->interfaces.back().zone, QStringLiteral("mpls"));
        QCOMPARE(w->document()->firewall(id)->pos, where);

        // Escape mid-link: the line goes, and letting go in a zone adds nothing.
        {
            views::DesignView *view = w->view();
            view->setZoom(0.6);
            view->centerOn((handle + QPointF(780, 640)) / 2);
            QCoreApplication::processEvents();
            QWidget *vp = view->viewport();
            const QPoint from = view->mapFromScene(handle), to = view->mapFromScene(QPointF(780, 640));
            QTest::mousePress(vp, Qt::LeftButton, {}, from);
            QMouseEvent move(QEvent::MouseMove, to, vp->mapToGlobal(to), Qt::NoButton, Qt::LeftButton, {});
            QCoreApplication::sendEvent(vp, &move);
            QCOMPARE(item->childItems().size(), 1); // the link being drawn
            QTest::keyClick(view, Qt::Key_Escape);
            QVERIFY(item->childItems().isEmpty());
            QTest::mouseRelease(vp, Qt::LeftButton, {}, to);
            QCoreApplication::processEvents();
            QCOMPARE(w->undoStack()->count(), steps + 3);
            QCOMPARE(int(w->document()->firewall(id)->interfaces.size()), 4);
        }

        for (int i = 0; i < 3; ++i)
            w->undoStack()->undo();
        QCOMPARE(test::saved(*w), start);
    }
};

QTEST_MAIN(TestDevices)
#include "tst_devices.moc"
