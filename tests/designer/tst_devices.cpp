// Rule 10 in the tables: the Openings table names the device that opens
// each row (with its sides as the device calls them) and both tables filter
// by device; a design without firewalls shows neither.
#include "tests/support/TestPaths.h"

#include "tests/designer/DesignerFixture.h"
#include "views/panels/FlowsPanel.h"
#include "views/panels/ItemRoles.h"
#include "views/panels/OpeningTableModel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QTableView>

using namespace pp;

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
};

QTEST_MAIN(TestDevices)
#include "tst_devices.moc"
