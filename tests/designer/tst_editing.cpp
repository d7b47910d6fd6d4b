// Adding and editing things as a new user does: new zones and hosts land in
// free space, a new host is named after its role with the cursor in its
// name, overlapping zones are a finding, the property editors speak in
// display names and pick colours with a colour dialog, a zone's id can be
// edited, the tables show names, the Openings table shows and filters the
// review's decisions, and Save As suggests the design's name.
#include "tests/support/TestPaths.h"

#include "app/commands/Edits.h"
#include "app/designer/FileController.h"
#include "model/design/CardGeometry.h"
#include "tests/designer/DesignerFixture.h"
#include "views/panels/FlowTableModel.h"
#include "views/panels/FlowsPanel.h"
#include "views/panels/ItemRoles.h"
#include "views/panels/OpeningTableModel.h"
#include "views/panels/PalettePanel.h"
#include "views/properties/HostEditor.h"
#include "views/properties/PropertiesPanel.h"
#include "views/properties/ZoneEditor.h"
#include "views/review/ReviewPanel.h"

#include <QApplication>
#include <QColorDialog>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace pp;

namespace {

QRectF card(const Host &h)
{
    return QRectF(h.pos, QSizeF(geometry::hostWidth, geometry::hostHeight));
}

QTreeWidgetItem *paletteItem(app::MainWindow &w, const QString &roleId)
{
    QTreeWidget *tree = w.palette()->tree();
    for (int g = 0; g < tree->topLevelItemCount(); ++g)
        for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i)
            if (tree->topLevelItem(g)->child(i)->data(0, Qt::UserRole + 1).toString() == roleId)
                return tree->topLevelItem(g)->child(i);
    return nullptr;
}

QLineEdit *field(QWidget *editor, const QString &accessibleName)
{
    for (QLineEdit *e : editor->findChildren<QLineEdit *>())
        if (e->accessibleName() == accessibleName)
            return e;
    return nullptr;
}

QComboBox *combo(QWidget *editor, const QString &accessibleName)
{
    for (QComboBox *c : editor->findChildren<QComboBox *>())
        if (c->accessibleName() == accessibleName)
            return c;
    return nullptr;
}

void selectZone(app::MainWindow &w, const QString &id)
{
    w.scene()->clearSelection();
    w.scene()->zoneItem(id)->setSelected(true);
    QCoreApplication::processEvents();
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
    QCoreApplication::processEvents();
}

} // namespace

class TestEditing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setApplicationName(QStringLiteral("PortPlannerEditingTests"));
    }

    void addZoneFindsFreeSpace()
    {
        auto w = test::openWindow(QStringLiteral("standalone-dmz.portplan"));
        for (int i = 0; i < 4; ++i)
            w->actions()->addZone[size_t(i % 5)]->trigger();
        const auto &zones = w->document()->design().zones;
        for (size_t a = 0; a < zones.size(); ++a)
            for (size_t b = a + 1; b < zones.size(); ++b)
                QVERIFY2(!zones[a].rect.intersects(zones[b].rect),
                         qPrintable(QStringLiteral("%1 covers %2").arg(zones[b].id, zones[a].id)));
        w->analysis()->waitForIdle();
        for (const Finding &f : w->analysis()->current()->analysis.findings)
            QVERIFY2(f.code != QLatin1String("zones-overlap"), qPrintable(f.message));
    }

    void enterInThePaletteAddsAHostInFreeSpaceNamedAfterItsRole()
    {
        auto w = test::openWindow(QStringLiteral("standalone-dmz.portplan"));
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        QTreeWidgetItem *mp = paletteItem(*w, QStringLiteral("management_point"));
        QVERIFY(mp);
        // A new zone of 500x300 holds four cards; the example's own are busy.
        w->actions()->addZone[0]->trigger();
        const QString zone = w->scene()->selectedZones().value(0);
        QVERIFY(!zone.isEmpty());
        const QString names[] = {QStringLiteral("Management point"), QStringLiteral("Management point 2"),
                                 QStringLiteral("Management point 3"), QStringLiteral("Management point 4")};
        for (const QString &name : names) {
            selectZone(*w, zone);
            QTreeWidget *tree = w->palette()->tree();
            tree->setFocus();
            tree->setCurrentItem(mp);
            QTest::keyClick(tree, Qt::Key_Return);
            QCoreApplication::processEvents();
            const Design &d = w->document()->design();
            const Host &added = d.hosts.back();
            QCOMPARE(added.name, name);
            QCOMPARE(added.zone, zone);
            QVERIFY(d.zone(zone)->rect.contains(card(added)));
            for (const Host &other : d.hosts)
                if (other.id != added.id && other.zone == added.zone)
                    QVERIFY2(!card(other).intersects(card(added)), qPrintable(QStringLiteral("%1 on %2").arg(added.id, other.id)));
        }
        // The cursor is in the new host's name, all of it selected: typing replaces it.
        auto *name = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(name);
        QCOMPARE(name->selectedText(), QStringLiteral("Management point 4"));
        QTest::keyClicks(name, QStringLiteral("MP04.contoso.com"));
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(w->document()->design().hosts.back().name, QStringLiteral("MP04.contoso.com"));
        // A full zone takes no card on top of another: it says so instead.
        const size_t hosts = w->document()->design().hosts.size();
        selectZone(*w, zone);
        w->palette()->tree()->setCurrentItem(mp);
        QTest::keyClick(w->palette()->tree(), Qt::Key_Return);
        QCOMPARE(w->document()->design().hosts.size(), hosts);
        QVERIFY(w->statusBar()->currentMessage().contains(QStringLiteral("no free space")));
    }

    void overlappingZonesAreAWarning()
    {
        auto w = test::openWindow(QStringLiteral("standalone-dmz.portplan"));
        const Zone *dmz = w->document()->zone(QStringLiteral("dmz"));
        const Zone *dc = w->document()->zone(QStringLiteral("dc"));
        w->edits()->editZoneGeometry(QStringLiteral("dmz"), QRectF(dc->rect.center(), dmz->rect.size()), {});
        w->analysis()->waitForIdle();
        bool warned = false;
        for (const Finding &f : w->analysis()->current()->analysis.findings)
            warned = warned || (f.code == QLatin1String("zones-overlap") && f.severity == Severity::Warning
                                && f.zones.contains(QStringLiteral("dmz")) && f.zones.contains(QStringLiteral("dc")));
        QVERIFY(warned);
    }

    void editorsShowDisplayNames()
    {
        auto w = test::openWindow(QStringLiteral("standalone-dmz.portplan"));
        selectZone(*w, QStringLiteral("dmz"));
        QComboBox *kind = combo(w->properties()->zoneEditor(), QStringLiteral("Kind"));
        QVERIFY(kind);
        QCOMPARE(kind->currentText(), QStringLiteral("Perimeter (DMZ)"));
        w->scene()->selectHosts({QStringLiteral("mp01")});
        QCoreApplication::processEvents();
        QComboBox *connections = combo(w->properties()->hostEditor(), QStringLiteral("Client connections"));
        QVERIFY(connections);
        QCOMPARE(connections->currentText(), QStringLiteral("Intranet clients only"));
        for (int i = 0; i < connections->count(); ++i)
            QVERIFY2(connections->itemText(i) != connections->itemData(i).toString(), qPrintable(connections->itemText(i)));
    }

    void colourComesFromAColourDialog()
    {
        auto w = test::openWindow(QStringLiteral("standalone-dmz.portplan"));
        selectZone(*w, QStringLiteral("dmz"));
        views::ZoneEditor *editor = w->properties()->zoneEditor();
        QPushButton *pick = nullptr;
        for (QPushButton *b : editor->findChildren<QPushButton *>())
            if (b->accessibleName() == QLatin1String("Colour"))
                pick = b;
        QVERIFY(pick);
        QVERIFY(editor->findChildren<QLineEdit *>().size() == 3); // name, id, subnets: no colour text field
        bool dialogSeen = false;
        QTimer::singleShot(100, [&dialogSeen] {
            auto *dialog = qobject_cast<QColorDialog *>(QApplication::activeModalWidget());
            dialogSeen = dialog;
            if (dialog) {
                dialog->setCurrentColor(QColor(0x12, 0x34, 0x56));
                dialog->accept();
            }
        });
        pick->click();
        QVERIFY(dialogSeen);
        QCOMPARE(w->document()->zone(QStringLiteral("dmz"))->color, QStringLiteral("#123456"));
        w->undoStack()->undo();
        QVERIFY(w->document()->zone(QStringLiteral("dmz"))->color.isEmpty());
    }

    void aZoneIdIsEditedInProperties()
    {
        auto w = test::openWindow(QStringLiteral("standalone-dmz.portplan"));
        selectZone(*w, QStringLiteral("dmz"));
        QLineEdit *id = field(w->properties()->zoneEditor(), QStringLiteral("Id"));
        QVERIFY(id);
        QCOMPARE(id->text(), QStringLiteral("dmz"));
        typeInto(id, QStringLiteral("perimeter-east"));
        QVERIFY(!w->document()->zone(QStringLiteral("dmz")));
        QVERIFY(w->document()->zone(QStringLiteral("perimeter-east")));
        // Still shown and selected, under its new id.
        QCOMPARE(w->properties()->zoneEditor()->zoneId(), QStringLiteral("perimeter-east"));
        QCOMPARE(w->scene()->selectedZones(), QStringList{QStringLiteral("perimeter-east")});
        for (const Host &h : w->document()->design().hosts)
            QVERIFY(h.zone != QLatin1String("dmz"));
        w->undoStack()->undo();
        QVERIFY(w->document()->zone(QStringLiteral("dmz")));
        // A taken id is refused with a message, and nothing changes.
        selectZone(*w, QStringLiteral("dmz"));
        const QByteArray before = test::saved(*w);
        typeInto(id, QStringLiteral("dc"));
        QCOMPARE(test::saved(*w), before);
    }

    void tablesShowNames()
    {
        auto w = test::openWindow(QStringLiteral("standalone-dmz.portplan"));
        views::FlowsPanel *panel = w->flowsPanel();
        const Design &d = w->document()->design();
        QAbstractItemModel *flows = panel->flowModel();
        for (int r = 0; r < flows->rowCount(); ++r) {
            const QString from = flows->index(r, views::FlowTableModel::From).data().toString();
            const QString id = flows->index(r, 0).data(views::HostIdsRole).toStringList().value(0);
            QCOMPARE(from, d.host(id)->name.isEmpty() ? id : d.host(id)->name);
            const QString zone = flows->index(r, views::FlowTableModel::FromZone).data().toString();
            bool isName = false;
            for (const Zone &z : d.zones)
                isName = isName || z.name == zone;
            QVERIFY2(isName, qPrintable(zone));
        }
        QAbstractItemModel *openings = panel->openingModel();
        QVERIFY(openings->rowCount() > 0);
        QVERIFY(openings->index(0, views::OpeningTableModel::Sources).data().toString().contains(QLatin1Char('.')));
        // The host filter finds hosts by name too.
        QLineEdit *host = nullptr;
        for (QLineEdit *e : panel->findChildren<QLineEdit *>())
            if (e->accessibleName() == QLatin1String("Host filter"))
                host = e;
        QVERIFY(host);
        host->setText(QStringLiteral("SQL01.contoso"));
        QVERIFY(panel->openingsView()->model()->rowCount() > 0);
        host->clear();
    }

    void openingsShowAndFilterReviewDecisions()
    {
        auto w = test::openWindow(QStringLiteral("standalone-dmz.portplan"));
        views::FlowsPanel *panel = w->flowsPanel();
        QAbstractItemModel *shown = panel->openingsView()->model();
        const int all = shown->rowCount();
        w->review()->setReviewer(QStringLiteral("Ann"));
        w->actions()->startReview->trigger();
        const QString decided = w->review()->currentKey();
        w->review()->approve();
        w->analysis()->waitForIdle();
        QCoreApplication::processEvents();
        int approvedRows = 0;
        for (int r = 0; r < shown->rowCount(); ++r) {
            const QModelIndex i = shown->index(r, views::OpeningTableModel::Review);
            if (i.data().toString() == QLatin1String("approved")) {
                ++approvedRows;
                QCOMPARE(shown->index(r, 0).data(views::OpeningKeyRole).toString(), decided);
                QVERIFY(i.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Ann")));
            }
        }
        QCOMPARE(approvedRows, 1);
        QComboBox *filter = panel->reviewFilter();
        filter->setCurrentIndex(filter->findText(QStringLiteral("approved")));
        QCOMPARE(shown->rowCount(), 1);
        filter->setCurrentIndex(1); // undecided
        QCOMPARE(shown->rowCount(), all - 1);
        filter->setCurrentIndex(0);
        QCOMPARE(shown->rowCount(), all);
    }

    void saveAsSuggestsTheDesignsName_data()
    {
        QTest::addColumn<QString>("current");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("suggested");
        QTest::newRow("saved before") << "/work/a/x.portplan" << "Other" << "/work/a/x.portplan";
        QTest::newRow("new design") << "" << "Contoso: stand-alone primary" << "/docs/Contoso - stand-alone primary.portplan";
        QTest::newRow("example") << ":/examples/standalone-dmz.portplan" << "Fabrikam" << "/docs/Fabrikam.portplan";
        QTest::newRow("no name") << "" << "" << "/docs/Untitled.portplan";
        QTest::newRow("slashes") << "" << "a/b\\c" << "/docs/a - b - c.portplan";
    }

    void saveAsSuggestsTheDesignsName()
    {
        QFETCH(QString, current);
        QFETCH(QString, name);
        QFETCH(QString, suggested);
        QCOMPARE(app::FileController::suggestedSavePath(current, name, QStringLiteral("/docs")),
                 current.startsWith(QLatin1Char('/')) ? current : suggested);
    }
};

QTEST_MAIN(TestEditing)
#include "tst_editing.moc"
