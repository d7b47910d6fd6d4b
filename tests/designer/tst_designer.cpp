// The designer driven through real widgets on the offscreen platform.
#include "tests/support/TestPaths.h"

#include "app/commands/Edits.h"
#include "model/catalog/Catalog.h"
#include "model/engine/FlowText.h"
#include "tests/designer/DesignerFixture.h"
#include "app/designer/DocumentFiles.h"
#include "render/diagram/DiagramShapes.h"
#include "views/canvas/CanvasStyle.h"
#include "views/canvas/ConnectionLayer.h"
#include "views/panels/FlowTableModel.h"
#include "views/panels/FlowsPanel.h"
#include "views/properties/HostEditor.h"
#include "views/properties/PropertiesPanel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFileInfo>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace pp;

namespace {

QStringList crossingFlowsOf(const app::MainWindow &w, const QString &host)
{
    const AnalysisPtr a = w.analysis()->current();
    const FlowText text(a->design, Catalog::builtin());
    QStringList out;
    for (const Flow &f : a->analysis.flows)
        if (f.crossing() && (text.fromId(f) == host || text.toId(f) == host))
            out << QStringLiteral("%1>%2 %3/%4 %5").arg(text.fromId(f), text.toId(f), protocolName(f.protocol), text.port(f), text.ref(f));
    out.sort();
    return out;
}

/// A point of a zone no card covers: the middle of the strip below its
/// last row of cards, where dropped and moved cards land in the zone.
QPointF freeSpot(app::MainWindow &w, const QString &zone)
{
    const QRectF r = w.document()->zone(zone)->rect;
    for (qreal y = r.bottom() - 12; y > r.top() + 40; y -= 10)
        for (qreal x = r.center().x(); x > r.left() + 10; x -= 20)
            if (w.scene()->hostAt(QPointF(x, y)).isEmpty())
                return QPointF(x, y);
    return r.center();
}

/// One edit of undoRedoRestoresTheSavedJson: made through the real widgets
/// where it has a gesture, through the undo layer's API where it has none.
using Edit = void (*)(app::MainWindow *w, commands::Edits &edits);

namespace edits {

void dropHost(app::MainWindow *w, commands::Edits &)
{
    QVERIFY(test::dropRole(w->view(), QStringLiteral("client"),
                           test::viewPoint(w->view(), freeSpot(*w, QStringLiteral("lan")))));
}

void addRole(app::MainWindow *, commands::Edits &edits)
{
    QVERIFY(edits.addRoleToHost(QStringLiteral("reporting_services_point"), QStringLiteral("mp01")));
}

void moveHost(app::MainWindow *w, commands::Edits &)
{
    test::drag(w->view(), w->view()->mapFromScene(test::hostCenter(*w, QStringLiteral("admin01"))),
               w->view()->mapFromScene(freeSpot(*w, QStringLiteral("lan"))));
}

/// Types into a field of sql01's host editor and presses Return.
void typeIntoHostField(app::MainWindow *w, const QString &field, const QString &text)
{
    w->scene()->selectHosts({QStringLiteral("sql01")});
    const QList<QLineEdit *> fields = w->properties()->hostEditor()->findChildren<QLineEdit *>();
    QLineEdit *target = nullptr;
    for (QLineEdit *f : fields)
        if (f->accessibleName() == field)
            target = f;
    QVERIFY(target);
    target->setFocus();
    target->selectAll();
    QTest::keyClicks(target, text);
    QTest::keyClick(target, Qt::Key_Return);
}

void editName(app::MainWindow *w, commands::Edits &)
{
    typeIntoHostField(w, QStringLiteral("Name"), QStringLiteral("SQL-A"));
}

void editAddresses(app::MainWindow *w, commands::Edits &)
{
    typeIntoHostField(w, QStringLiteral("Addresses"), QStringLiteral("10.10.0.99"));
}

void toggleRole(app::MainWindow *w, commands::Edits &edits)
{
    Host before = *w->document()->host(QStringLiteral("mp01"));
    Host after = before;
    after.roles.removeAll(QStringLiteral("software_update_point"));
    edits.editHost(before, after);
}

void deleteHost(app::MainWindow *w, commands::Edits &)
{
    w->scene()->selectHosts({QStringLiteral("mp01")});
    w->view()->setFocus();
    QTest::keyClick(w->view(), Qt::Key_Delete);
    QVERIFY(!w->document()->host(QStringLiteral("mp01")));
}

void deleteZone(app::MainWindow *w, commands::Edits &edits)
{
    edits.remove({}, {QStringLiteral("dmz")}); // takes its hosts and the proxy setting along
    QVERIFY(!w->document()->host(QStringLiteral("proxy01")));
    QVERIFY(w->document()->site(QStringLiteral("PS1"))->internetProxy.isEmpty());
}

void addZone(app::MainWindow *w, commands::Edits &)
{
    w->actions()->addZone[1]->trigger();
}

/// Drags the lan zone by its title (move) or its corner (resize).
void dragZone(app::MainWindow *w, bool resize)
{
    const QRectF r = w->document()->zone(QStringLiteral("lan"))->rect;
    const QPointF grab = !resize ? r.topLeft() + QPointF(r.width() / 2, 12) : r.bottomRight() - QPointF(4, 4);
    test::drag(w->view(), w->view()->mapFromScene(grab), w->view()->mapFromScene(grab + QPointF(60, 40)));
    QVERIFY(w->document()->zone(QStringLiteral("lan"))->rect != r);
}

void moveZone(app::MainWindow *w, commands::Edits &)
{
    dragZone(w, false);
}

void resizeZone(app::MainWindow *w, commands::Edits &)
{
    dragZone(w, true);
}

void editZone(app::MainWindow *w, commands::Edits &edits)
{
    Zone before = *w->document()->zone(QStringLiteral("lan"));
    Zone after = before;
    after.kind = ZoneKind::Branch;
    after.subnets << QStringLiteral("10.21.0.0/16");
    edits.editZone(before, after);
}

void editSite(app::MainWindow *w, commands::Edits &edits)
{
    Site before = *w->document()->site(QStringLiteral("PS1"));
    Site after = before;
    after.wakeOnLan = true;
    after.ports.set(Setting::ClientHttpsPort, PortRange::single(8443));
    edits.editSite(before, after);
}

void addSite(app::MainWindow *, commands::Edits &edits)
{
    Site s;
    s.code = QStringLiteral("SS2");
    s.type = SiteType::Secondary;
    s.parent = QStringLiteral("PS1");
    edits.addSite(s);
}

void removeSite(app::MainWindow *w, commands::Edits &edits)
{
    edits.removeSite(QStringLiteral("PS1"));
    QCOMPARE(w->document()->host(QStringLiteral("cm01"))->site, QString());
}

void paste(app::MainWindow *, commands::Edits &edits)
{
    const QByteArray fragment = edits.copy({QStringLiteral("cm01"), QStringLiteral("sql01")}, {});
    QString error;
    QCOMPARE(edits.paste(fragment, QPointF(30, 30), QStringLiteral("lan"), &error).size(), 2);
}

void pasteZone(app::MainWindow *w, commands::Edits &edits)
{
    // A whole zone with its hosts, from the clipboard's file-format fragment.
    QString error;
    const QStringList added = edits.paste(edits.copy({}, {QStringLiteral("dmz")}), QPointF(0, 900), QString(), &error);
    QCOMPARE(added.size(), 3);
    QVERIFY(w->document()->zone(QStringLiteral("dmz-2")));
    QCOMPARE(w->document()->host(added.first())->zone, QStringLiteral("dmz-2"));
}

void cut(app::MainWindow *w, commands::Edits &)
{
    w->scene()->selectHosts({QStringLiteral("ibcm01"), QStringLiteral("proxy01")});
    w->actions()->cut->trigger();
    QVERIFY(!w->document()->host(QStringLiteral("ibcm01")));
}

void pxeCheckbox(app::MainWindow *w, commands::Edits &)
{
    w->scene()->selectHosts({QStringLiteral("mp01")});
    QCheckBox *pxe = nullptr;
    for (QCheckBox *box : w->properties()->hostEditor()->findChildren<QCheckBox *>())
        if (box->accessibleName() == QLatin1String("PXE"))
            pxe = box;
    QVERIFY(pxe && pxe->isChecked());
    pxe->click();
    QCOMPARE(w->document()->host(QStringLiteral("mp01"))->options.pxeEnabled(), false);
}

void nudge(app::MainWindow *w, commands::Edits &)
{
    w->scene()->selectHosts({QStringLiteral("dc01"), QStringLiteral("sql01")});
    w->view()->setFocus();
    QTest::keyClick(w->view(), Qt::Key_Up);
    QTest::keyClick(w->view(), Qt::Key_Up);
}

void arrange(app::MainWindow *w, commands::Edits &)
{
    w->actions()->arrange->trigger();
}

void designName(app::MainWindow *, commands::Edits &edits)
{
    edits.setName(QStringLiteral("Renamed"));
}

} // namespace edits

} // namespace

Q_DECLARE_METATYPE(Edit)

class TestDesigner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setApplicationName(QStringLiteral("PortPlannerTests"));
    }

    void dropRoleCreatesHost()
    {
        auto w = test::openWindow(QStringLiteral("standalone-dmz.portplan"));
        const size_t before = w->document()->design().hosts.size();
        const QPoint at = test::viewPoint(w->view(), freeSpot(*w, QStringLiteral("lan")));
        QVERIFY(test::dropRole(w->view(), QStringLiteral("distribution_point"), at));
        QCOMPARE(w->document()->design().hosts.size(), before + 1);
        const Host &added = w->document()->design().hosts.back();
        QCOMPARE(added.roles, QStringList{QStringLiteral("distribution_point")});
        QCOMPARE(added.zone, QStringLiteral("lan"));
        QCOMPARE(added.site, QStringLiteral("PS1"));
        QCOMPARE(w->scene()->selectedHosts(), QStringList{added.id});
        // The engine sees it: the LAN clients now reach a DP inside their zone.
        w->analysis()->waitForIdle();
        const FlowText text(w->analysis()->current()->design, Catalog::builtin());
        bool local = false;
        for (const Flow &f : w->analysis()->current()->analysis.flows)
            local = local || (text.toId(f) == added.id && text.fromId(f) == QLatin1String("clients-lan") && !f.crossing());
        QVERIFY(local);
        // Dropping outside every zone is refused.
        const QPoint outside = test::viewPoint(w->view(), QPointF(-300, -300));
        QVERIFY(!test::dropRole(w->view(), QStringLiteral("client"), outside));
    }

    void dropRoleOnHostAddsRole()
    {
        auto w = test::openWindow(QStringLiteral("standalone-dmz.portplan"));
        const QPoint at = test::viewPoint(w->view(), test::hostCenter(*w, QStringLiteral("cm01")));
        QVERIFY(test::dropRole(w->view(), QStringLiteral("state_migration_point"), at));
        QVERIFY(w->document()->host(QStringLiteral("cm01"))->hasRole(QStringLiteral("state_migration_point")));
        QCOMPARE(w->undoStack()->count(), 1);
    }

    void movingAHostBetweenZonesChangesItsCrossings()
    {
        auto w = test::openWindow(QStringLiteral("standalone-dmz.portplan"));
        const QString fsp = QStringLiteral("fsp01");
        const QStringList before = crossingFlowsOf(*w, fsp);
        QVERIFY(before.join(QLatin1Char('\n')).contains(QStringLiteral("clients-lan>fsp01 TCP/80")));
        // Drag the FSP card from the DMZ into the datacenter zone.
        w->view()->setZoom(0.5);
        w->view()->centerOn((test::hostCenter(*w, fsp) + freeSpot(*w, QStringLiteral("dc"))) / 2);
        const QPoint from = w->view()->mapFromScene(test::hostCenter(*w, fsp));
        const QPoint to = w->view()->mapFromScene(freeSpot(*w, QStringLiteral("dc")));
        test::drag(w->view(), from, to);
        QCOMPARE(w->document()->host(fsp)->zone, QStringLiteral("dc"));
        QCOMPARE(w->undoStack()->count(), 1); // the whole drag is one step
        w->analysis()->waitForIdle();
        const QStringList after = crossingFlowsOf(*w, fsp);
        QVERIFY(after != before);
        QVERIFY(!after.join(QLatin1Char('\n')).contains(QStringLiteral("cm01>fsp01")));     // both in dc now
        QVERIFY(after.join(QLatin1Char('\n')).contains(QStringLiteral("clients-inet>fsp01"))); // internet clients still cross
        w->undoStack()->undo();
        w->analysis()->waitForIdle();
        QCOMPARE(crossingFlowsOf(*w, fsp), before);
    }

    void dropOutsideEveryZoneSnapsBack()
    {
        auto w = test::openWindow(QStringLiteral("standalone-dmz.portplan"));
        w->view()->setZoom(0.5);
        const QPointF start = w->document()->host(QStringLiteral("dc01"))->pos;
        w->view()->centerOn((test::hostCenter(*w, QStringLiteral("dc01")) + QPointF(-250, -250)) / 2);
        const QPoint from = w->view()->mapFromScene(test::hostCenter(*w, QStringLiteral("dc01")));
        const QPoint to = w->view()->mapFromScene(QPointF(-250, -250));
        test::drag(w->view(), from, to);
        QCOMPARE(w->document()->host(QStringLiteral("dc01"))->pos, start);
        QCOMPARE(w->scene()->hostItem(QStringLiteral("dc01"))->pos(), start);
        QCOMPARE(w->undoStack()->count(), 0);
    }

    void undoRedoRestoresTheSavedJson_data()
    {
        QTest::addColumn<Edit>("edit");
        const std::pair<const char *, Edit> edits[] = {
            {"dropHost", edits::dropHost},         {"addRole", edits::addRole},
            {"moveHost", edits::moveHost},         {"editName", edits::editName},
            {"editAddresses", edits::editAddresses}, {"toggleRole", edits::toggleRole},
            {"deleteHost", edits::deleteHost},     {"deleteZone", edits::deleteZone},
            {"addZone", edits::addZone},           {"moveZone", edits::moveZone},
            {"resizeZone", edits::resizeZone},     {"editZone", edits::editZone},
            {"editSite", edits::editSite},         {"addSite", edits::addSite},
            {"removeSite", edits::removeSite},     {"paste", edits::paste},
            {"pasteZone", edits::pasteZone},       {"cut", edits::cut},
            {"pxeCheckbox", edits::pxeCheckbox},   {"nudge", edits::nudge},
            {"arrange", edits::arrange},           {"designName", edits::designName}};
        for (const auto &[name, edit] : edits)
            QTest::newRow(name) << edit;
    }

    void undoRedoRestoresTheSavedJson()
    {
        QFETCH(Edit, edit);
        auto w = test::openWindow(QStringLiteral("standalone-dmz.portplan"));
        w->view()->setZoom(0.5);
        const QByteArray original = test::saved(*w);
        edit(w.get(), *w->edits());
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(w->undoStack()->count(), 1);
        const QByteArray changed = test::saved(*w);
        QVERIFY2(changed != original, QTest::currentDataTag());
        w->undoStack()->undo();
        QCOMPARE(test::saved(*w), original);
        w->undoStack()->redo();
        QCOMPARE(test::saved(*w), changed);
        w->undoStack()->undo();
        QCOMPARE(test::saved(*w), original);
        // The scene mirrors the document after undo: every host item sits where the file says.
        for (const Host &h : w->document()->design().hosts)
            QCOMPARE(w->scene()->hostItem(h.id)->pos(), h.pos);
    }

    void arrowKeysNudgeAsOneStep()
    {
        auto w = test::openWindow(QStringLiteral("standalone-dmz.portplan"));
        const QByteArray original = test::saved(*w);
        const QPointF start = w->document()->host(QStringLiteral("mp01"))->pos;
        w->scene()->selectHosts({QStringLiteral("mp01")});
        w->view()->setFocus();
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(w->view(), Qt::Key_Right);
        QTest::keyClick(w->view(), Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(w->document()->host(QStringLiteral("mp01"))->pos, start + QPointF(30, 50));
        QCOMPARE(w->scene()->hostItem(QStringLiteral("mp01"))->pos(), start + QPointF(30, 50));
        QCOMPARE(w->undoStack()->count(), 1); // the run of nudges merged into one step
        w->undoStack()->undo();
        QCOMPARE(test::saved(*w), original);
        // Nudged there and back again: the merged step changes nothing and leaves the stack.
        w->undoStack()->clear();
        QTest::keyClick(w->view(), Qt::Key_Left);
        QTest::keyClick(w->view(), Qt::Key_Right);
        QCOMPARE(w->undoStack()->count(), 0);
        QCOMPARE(test::saved(*w), original);
        // A nudge that would take the card out of its zone is refused.
        const Zone &dc = *w->document()->zone(QStringLiteral("dc"));
        for (int i = 0; i < 200 && w->document()->host(QStringLiteral("mp01"))->pos.y() < dc.rect.bottom(); ++i)
            QTest::keyClick(w->view(), Qt::Key_Down, Qt::ShiftModifier);
        const Host &moved = *w->document()->host(QStringLiteral("mp01"));
        QCOMPARE(moved.zone, QStringLiteral("dc"));
        QVERIFY(dc.rect.contains(QRectF(moved.pos, QSizeF(views::style::hostWidth, views::style::hostHeight)).center()));
        QCOMPARE(w->undoStack()->count(), 1);
    }

    void offGridPositionsAreMirroredAsTheyAre()
    {
        // Snapping is for the user's drags; a position from the file or an
        // undo must reach the canvas unchanged, or scene and file disagree.
        auto w = test::openWindow(QStringLiteral("standalone-dmz.portplan"));
        QVERIFY(w->scene()->gridSnap());
        const QPointF odd(73.5, 91.25);
        w->edits()->placeHosts({{QStringLiteral("dc01"), odd, QStringLiteral("dc")}}, QStringLiteral("place"));
        QCOMPARE(w->scene()->hostItem(QStringLiteral("dc01"))->pos(), odd);
    }

    void tableAndCanvasSelectionStayInSync()
    {
        auto w = test::openWindow(QStringLiteral("standalone-dmz.portplan"));
        views::FlowsPanel *flows = w->flowsPanel();
        flows->setCrossingOnly(false);
        // Table -> canvas: selecting a flow selects its two hosts.
        QTableView *table = flows->flowsView();
        const QModelIndex first = table->model()->index(0, 0);
        const QStringList hosts = first.data(views::HostIdsRole).toStringList();
        table->selectionModel()->select(first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QStringList expected = hosts;
        expected.removeDuplicates();
        expected.sort();
        QCOMPARE(w->scene()->selectedHosts(), expected);
        // Canvas -> table: selecting a host selects exactly the flows touching it.
        w->scene()->selectHosts({QStringLiteral("fsp01")});
        const QModelIndexList rows = table->selectionModel()->selectedRows();
        QVERIFY(!rows.isEmpty());
        int touching = 0;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            touching += table->model()->index(r, 0).data(views::HostIdsRole).toStringList().contains(QStringLiteral("fsp01"));
        QCOMPARE(rows.size(), touching);
        for (const QModelIndex &row : rows)
            QVERIFY(row.data(views::HostIdsRole).toStringList().contains(QStringLiteral("fsp01")));
        // The openings tab follows too: every opening naming fsp01, and only those.
        QTableView *openings = flows->openingsView();
        int naming = 0;
        for (int r = 0; r < openings->model()->rowCount(); ++r)
            naming += openings->model()->index(r, 0).data(views::HostIdsRole).toStringList().contains(QStringLiteral("fsp01"));
        QVERIFY(naming > 0);
        QCOMPARE(openings->selectionModel()->selectedRows().size(), naming);
        // The canvas lights up fsp01's connections and the hosts at their other end.
        {
            const AnalysisPtr a = w->analysis()->current();
            const FlowText text(a->design, Catalog::builtin());
            QSet<QString> peers{QStringLiteral("fsp01")};
            for (const Flow &f : a->analysis.flows)
                if (text.fromId(f) == QLatin1String("fsp01") || text.toId(f) == QLatin1String("fsp01"))
                    peers << text.fromId(f) << text.toId(f);
            QVERIFY(peers.size() > 2);
            for (const Host &h : w->document()->design().hosts)
                QVERIFY2(w->scene()->hostItem(h.id)->isHighlighted() == peers.contains(h.id), qPrintable(h.id));
        }
        // A click on a connection (zoomed in, where host lines show) selects its flows in the table.
        w->view()->setZoom(1.0);
        views::ConnectionLayer *layer = w->scene()->connections();
        const QPointF mid = diagram::midpoint(layer->route(layer->pairOf(QStringLiteral("clients-lan|fsp01"))));
        w->view()->centerOn(mid);
        QVERIFY(w->scene()->hostAt(mid).isEmpty());
        QTest::mouseClick(w->view()->viewport(), Qt::LeftButton, {}, test::viewPoint(w->view(), mid));
        const QModelIndexList selected = table->selectionModel()->selectedRows();
        QVERIFY(!selected.isEmpty());
        for (const QModelIndex &row : selected) {
            const QStringList ids = row.data(views::HostIdsRole).toStringList();
            QVERIFY(ids.contains(QStringLiteral("fsp01")) && ids.contains(QStringLiteral("clients-lan")));
        }
    }

    void copyPasteWithKeyboard()
    {
        auto w = test::openWindow(QStringLiteral("standalone-dmz.portplan"));
        w->scene()->selectHosts({QStringLiteral("mp01")});
        w->actions()->copy->trigger();
        QVERIFY(QApplication::clipboard()->mimeData()->hasFormat(QStringLiteral("application/x-portplanner-fragment")));
        w->actions()->paste->trigger();
        QVERIFY(w->document()->host(QStringLiteral("mp01-2")));
        QCOMPARE(w->document()->host(QStringLiteral("mp01-2"))->roles, w->document()->host(QStringLiteral("mp01"))->roles);
        QCOMPARE(w->scene()->selectedHosts(), QStringList{QStringLiteral("mp01-2")});
    }

    void unreadableFileLeavesTheDocumentAlone()
    {
        auto w = test::openWindow(QStringLiteral("standalone-dmz.portplan"));
        const QByteArray before = test::saved(*w);
        const QString path = w->files()->path();
        QTemporaryDir dir;
        const QString broken = dir.filePath(QStringLiteral("broken.portplan"));
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"portplanner-design\", \"version\": 1, \"hosts\": [");
        f.close();
        QVERIFY(!w->openFile(broken, true));
        QCOMPARE(test::saved(*w), before);
        QCOMPARE(w->files()->path(), path);
        QCOMPARE(f.size(), qint64(57)); // the unreadable file was not touched
    }

    void droppingADesignFileOnTheCanvasOpensIt()
    {
        auto w = test::openWindow(QStringLiteral("standalone-dmz.portplan"));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(test::examplePath(QStringLiteral("cas-branches.portplan")))});
        QWidget *vp = w->view()->viewport();
        const QPoint at = vp->rect().center();
        // Sent to the canvas, which takes only roles: the window takes files.
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(vp, &enter);
        QVERIFY(enter.isAccepted());
        QDragMoveEvent move(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(vp, &move);
        QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(vp, &drop);
        QVERIFY(drop.isAccepted());
        QCOMPARE(QFileInfo(w->files()->path()).fileName(), QStringLiteral("cas-branches.portplan"));
        QVERIFY(w->document()->site(QStringLiteral("CAS")));
        // Anything else is not taken.
        QMimeData text;
        text.setUrls({QUrl::fromLocalFile(QStringLiteral("/tmp/notes.txt"))});
        QDragEnterEvent other(at, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(vp, &other);
        QVERIFY(!other.isAccepted());
    }

    void saveMarksClean()
    {
        auto w = test::openWindow(QStringLiteral("standalone-dmz.portplan"));
        QTemporaryDir dir;
        QVERIFY(!w->files()->isModified());
        w->edits()->setName(QStringLiteral("Changed"));
        QVERIFY(w->files()->isModified());
        QVERIFY(w->isWindowModified());
        QString error;
        QVERIFY(w->files()->saveAs(dir.filePath(QStringLiteral("x.portplan")), &error));
        QVERIFY(!w->files()->isModified());
        QVERIFY(w->files()->recentFiles().contains(dir.filePath(QStringLiteral("x.portplan"))));
    }
};

QTEST_MAIN(TestDesigner)
#include "tst_designer.moc"
