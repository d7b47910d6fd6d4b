// Every item model of the designer under QAbstractItemModelTester, through
// analysis resets and filtering.
#include "tests/support/TestPaths.h"

#include "model/catalog/Catalog.h"
#include "model/file/DesignFile.h"
#include "model/engine/RulesEngine.h"
#include "views/panels/FindingsModel.h"
#include "views/panels/FlowFilterProxy.h"
#include "views/panels/FlowTableModel.h"
#include "views/panels/OpeningTableModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace pp;

namespace {

AnalysisPtr snapshot(const QString &example)
{
    auto s = std::make_shared<AnalysisSnapshot>();
    LoadResult r = DesignFile::load(test::examplePath(example), Catalog::builtin());
    s->design = *r.design;
    s->analysis = RulesEngine(Catalog::builtin()).analyze(s->design);
    return s;
}

} // namespace

class TestItemModels : public QObject
{
    Q_OBJECT

private slots:
    void flowModel()
    {
        views::FlowTableModel model(Catalog::builtin());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const AnalysisPtr a = snapshot(QStringLiteral("standalone-dmz.portplan"));
        model.setAnalysis(a);
        QCOMPARE(model.rowCount(), int(a->analysis.flows.size()));
        QCOMPARE(model.index(0, views::FlowTableModel::Ref).data().toString().left(5), QStringLiteral("BKMK_"));
        model.setAnalysis(snapshot(QStringLiteral("cas-branches.portplan")));
        model.setAnalysis({});
        QCOMPARE(model.rowCount(), 0);
    }

    void openingModel()
    {
        views::OpeningTableModel model(Catalog::builtin());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const AnalysisPtr a = snapshot(QStringLiteral("every-connection.portplan"));
        model.setAnalysis(a);
        QCOMPARE(model.rowCount(), int(a->analysis.openings.size()));
        QVERIFY(model.index(0, 0).data(views::OpeningKeyRole).toString().contains(QLatin1Char('>')));
    }

    void findingsModel()
    {
        views::FindingsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto s = std::make_shared<AnalysisSnapshot>();
        Site site;
        site.code = QStringLiteral("PS1");
        s->design.sites.push_back(site);
        s->analysis = RulesEngine(Catalog::builtin()).analyze(s->design);
        model.setAnalysis(s);
        QVERIFY(model.rowCount() >= 2);
        QCOMPARE(model.index(0).data(views::FindingsModel::SeverityRole).toString(), QStringLiteral("error"));
        QVERIFY(model.index(0).data(Qt::AccessibleTextRole).toString().startsWith(QStringLiteral("Error:")));
    }

    void filterProxy_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("expectRows");
        QTest::newRow("crossing") << "crossing" << "" << true;
        QTest::newRow("protocol UDP") << "protocol" << "UDP" << true;
        QTest::newRow("port in range") << "port" << "50000" << true;
        QTest::newRow("port 10123") << "port" << "10123" << true;
        QTest::newRow("ref") << "ref" << "ClientShares" << true;
        QTest::newRow("host") << "host" << "pcs" << true;
        QTest::newRow("zone pair") << "zones" << "lan>infra" << true;
        QTest::newRow("nothing") << "host" << "no-such-host" << false;
    }

    void filterProxy()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(bool, expectRows);
        views::FlowTableModel model(Catalog::builtin());
        views::FlowFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAnalysis(snapshot(QStringLiteral("every-connection.portplan")));
        const int all = proxy.rowCount();
        if (field == QLatin1String("crossing"))
            proxy.setCrossingOnly(true);
        else if (field == QLatin1String("protocol"))
            proxy.setProtocol(value);
        else if (field == QLatin1String("port"))
            proxy.setPort(value);
        else if (field == QLatin1String("ref"))
            proxy.setRef(value);
        else if (field == QLatin1String("host"))
            proxy.setHost(value);
        else if (field == QLatin1String("zones")) {
            proxy.setFromZone(value.section(QLatin1Char('>'), 0, 0));
            proxy.setToZone(value.section(QLatin1Char('>'), 1, 1));
        }
        QCOMPARE(proxy.rowCount() > 0, expectRows);
        QVERIFY(proxy.rowCount() < all);
        for (int r = 0; r < proxy.rowCount(); ++r) {
            const QModelIndex i = proxy.index(r, 0);
            if (field == QLatin1String("crossing"))
                QVERIFY(i.data(views::CrossingRole).toBool());
            if (field == QLatin1String("protocol"))
                QCOMPARE(i.data(views::ProtocolRole).toString(), value);
            if (field == QLatin1String("port")) {
                const auto range = PortRange::parse(i.data(views::PortRole).toString());
                QVERIFY(range && range->contains(quint16(value.toInt())));
            }
            if (field == QLatin1String("zones"))
                QCOMPARE(i.data(views::ZonePairRole).toString(), value);
        }
        proxy.sort(views::FlowTableModel::Port);
        QVERIFY(proxy.index(0, views::FlowTableModel::Port).data(views::SortRole).toInt()
                <= proxy.index(proxy.rowCount() - 1, views::FlowTableModel::Port).data(views::SortRole).toInt());
    }

    void proxySorts_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        for (int column = 0; column < views::FlowTableModel::ColumnCount; ++column)
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder})
                QTest::addRow("column %d %s", column, order == Qt::AscendingOrder ? "ascending" : "descending")
                    << column << int(order);
    }

    void proxySorts()
    {
        // The table sorts on keys ranked once per distinct text; the order
        // must be the one the shown text says, row after row, whichever way
        // round, and a selected row keeps its flow.
        QFETCH(int, column);
        QFETCH(int, order);
        views::FlowTableModel model(Catalog::builtin());
        views::FlowFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAnalysis(snapshot(QStringLiteral("every-connection.portplan")));
        proxy.setCrossingOnly(true);
        const QPersistentModelIndex kept = proxy.index(proxy.rowCount() / 2, 0);
        const int keptFlow = kept.data(views::FlowIndexRole).toInt();
        proxy.sort(column, Qt::SortOrder(order));
        QVERIFY(kept.isValid());
        QCOMPARE(kept.data(views::FlowIndexRole).toInt(), keptFlow);
        QCOMPARE(model.flowAt(proxy.mapToSource(kept).row()), &model.analysis()->analysis.flows[size_t(keptFlow)]);
        QVERIFY(proxy.rowCount() > 10);
        for (int r = 1; r < proxy.rowCount(); ++r) {
            const QVariant a = proxy.index(r - 1, column).data(views::SortRole);
            const QVariant b = proxy.index(r, column).data(views::SortRole);
            const bool inOrder = a.typeId() == QMetaType::Int
                ? (order == Qt::AscendingOrder ? a.toInt() <= b.toInt() : a.toInt() >= b.toInt())
                : (order == Qt::AscendingOrder ? a.toString() <= b.toString() : a.toString() >= b.toString());
            QVERIFY2(inOrder, qPrintable(QStringLiteral("row %1: %2 then %3").arg(r).arg(a.toString(), b.toString())));
        }
        // Every flow is still there once; a new analysis keeps the sort.
        QSet<int> rows;
        for (int r = 0; r < proxy.rowCount(); ++r)
            rows.insert(proxy.index(r, 0).data(views::FlowIndexRole).toInt());
        QCOMPARE(rows.size(), proxy.rowCount());
        const QVariant first = proxy.index(0, column).data(views::SortRole);
        model.setAnalysis(model.analysis());
        QCOMPARE(proxy.index(0, column).data(views::SortRole), first);
    }

    void sortKeepsThroughFiltersAndDirections()
    {
        // Keys are kept per column until the next analysis, and a filter
        // change re-filters the whole table in one pass: the order must
        // still be the column's after turning the direction round, and
        // after "crossing only" goes off and on; a selected row keeps its flow.
        views::FlowTableModel model(Catalog::builtin());
        views::FlowFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAnalysis(snapshot(QStringLiteral("every-connection.portplan")));
        proxy.setCrossingOnly(true);
        const int crossing = proxy.rowCount();
        const int column = views::FlowTableModel::Description;
        auto inOrder = [&](Qt::SortOrder order) {
            for (int r = 1; r < proxy.rowCount(); ++r) {
                const QString a = proxy.index(r - 1, column).data(views::SortRole).toString();
                const QString b = proxy.index(r, column).data(views::SortRole).toString();
                if (order == Qt::AscendingOrder ? a > b : a < b)
                    return false;
            }
            return true;
        };
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder, Qt::AscendingOrder}) {
            proxy.sort(column, order);
            QVERIFY(inOrder(order));
        }
        const QPersistentModelIndex kept = proxy.index(crossing / 2, 0);
        const int keptFlow = kept.data(views::FlowIndexRole).toInt();
        proxy.setCrossingOnly(false);
        QVERIFY(proxy.rowCount() > crossing);
        QCOMPARE(proxy.rowCount(), model.rowCount());
        QVERIFY(inOrder(Qt::AscendingOrder));
        QVERIFY(kept.isValid());
        QCOMPARE(kept.data(views::FlowIndexRole).toInt(), keptFlow);
        proxy.setCrossingOnly(true);
        QCOMPARE(proxy.rowCount(), crossing);
        QVERIFY(inOrder(Qt::AscendingOrder));
        QCOMPARE(kept.data(views::FlowIndexRole).toInt(), keptFlow);
        for (int r = 0; r < proxy.rowCount(); ++r)
            QVERIFY(proxy.index(r, 0).data(views::CrossingRole).toBool());
        // A row the filter takes out lets go of its index.
        proxy.setCrossingOnly(false);
        proxy.sort(column, Qt::AscendingOrder);
        int internal = -1;
        for (int r = 0; r < proxy.rowCount() && internal < 0; ++r)
            if (!proxy.index(r, 0).data(views::CrossingRole).toBool())
                internal = r;
        QVERIFY(internal >= 0);
        const QPersistentModelIndex gone = proxy.index(internal, 0);
        proxy.setCrossingOnly(true);
        QVERIFY(!gone.isValid());
    }
};

QTEST_MAIN(TestItemModels)
#include "tst_item_models.moc"
