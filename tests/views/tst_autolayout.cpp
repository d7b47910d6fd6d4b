// Auto-arrange with graphviz: every host ends inside its own zone, below the
// title bar, and nothing overlaps.
#include "tests/support/TestPaths.h"

#include "model/catalog/Catalog.h"
#include "model/file/DesignFile.h"
#include "model/engine/RulesEngine.h"
#include "views/canvas/AutoLayout.h"
#include "views/canvas/CanvasStyle.h"

#include <QTest>

using namespace pp;

class TestAutoLayout : public QObject
{
    Q_OBJECT

private slots:
    void arrangesWithoutOverlaps_data()
    {
        QTest::addColumn<QString>("example");
        for (const char *e : {"standalone-dmz.portplan", "cas-branches.portplan", "every-connection.portplan"})
            QTest::newRow(e) << QString::fromLatin1(e);
    }

    void arrangesWithoutOverlaps()
    {
        QFETCH(QString, example);
        LoadResult loaded = DesignFile::load(test::examplePath(example), Catalog::builtin());
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorText()));
        const Design &d = *loaded.design;
        const Analysis a = RulesEngine(Catalog::builtin()).analyze(d);
        const views::LayoutResult r = views::autoLayout(d, a);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.hosts.size(), qsizetype(d.hosts.size()));
        QCOMPARE(r.zones.size(), qsizetype(d.zones.size()));
        const QSizeF card(views::style::hostWidth, views::style::hostHeight);
        for (const Host &h : d.hosts) {
            const QRectF zone = r.zones.value(h.zone);
            const QRectF body = zone.adjusted(0, views::style::zoneTitleHeight, 0, 0);
            const QRectF rect(r.hosts.value(h.id), card);
            QVERIFY2(body.contains(rect), qPrintable(QStringLiteral("%1 outside %2").arg(h.id, h.zone)));
        }
        for (size_t i = 0; i < d.hosts.size(); ++i)
            for (size_t j = i + 1; j < d.hosts.size(); ++j) {
                const QRectF a1(r.hosts.value(d.hosts[i].id), card);
                const QRectF b1(r.hosts.value(d.hosts[j].id), card);
                QVERIFY2(!a1.intersects(b1), qPrintable(d.hosts[i].id + QStringLiteral(" overlaps ") + d.hosts[j].id));
            }
        for (size_t i = 0; i < d.zones.size(); ++i)
            for (size_t j = i + 1; j < d.zones.size(); ++j)
                QVERIFY2(!r.zones.value(d.zones[i].id).intersects(r.zones.value(d.zones[j].id)),
                         qPrintable(d.zones[i].id + QStringLiteral(" overlaps ") + d.zones[j].id));
    }
};

QTEST_MAIN(TestAutoLayout)
#include "tst_autolayout.moc"
