// The canvas legend: every kind of mark in use is explained, however narrow
// the view, in bands of columns no wider than the view allows; only roles
// (which the Roles palette lists too) are left over and counted.
#include "render/diagram/DiagramText.h"
#include "views/canvas/CanvasLegend.h"

#include <QImage>
#include <QTest>

#include <algorithm>

using namespace pp;
using namespace pp::diagram;
using pp::views::CanvasLegend;

namespace {

std::vector<LegendMark> everyMark()
{
    std::vector<LegendMark> marks;
    for (int m = int(LegendMark::Crossing); m <= int(LegendMark::Untested); ++m)
        marks.push_back(LegendMark(m));
    return marks;
}

QList<CanvasLegend::RoleEntry> roles(int count)
{
    QList<CanvasLegend::RoleEntry> out;
    for (int i = 0; i < count; ++i)
        out.push_back({QStringLiteral("management_point"), QStringLiteral("Role number %1").arg(i + 1)});
    return out;
}

int rolesShown(const QStringList &texts)
{
    return int(std::count_if(texts.begin(), texts.end(),
                             [](const QString &t) { return t.startsWith(QLatin1String("Role number")); }));
}

/// The count in "+N more: see the Roles palette", or 0 without one.
int rolesCounted(const QStringList &texts)
{
    for (const QString &t : texts)
        if (t.startsWith(QLatin1Char('+')))
            return t.mid(1, t.indexOf(QLatin1Char(' ')) - 1).toInt();
    return 0;
}

} // namespace

class TestCanvasLegend : public QObject
{
    Q_OBJECT

private slots:
    void wideViewsKeepOneBand()
    {
        CanvasLegend legend;
        legend.setContent({LegendMark::Crossing, LegendMark::Internal}, roles(2));
        legend.setMaximumContentWidth(3000);
        const QStringList texts = legend.texts();
        QVERIFY(texts.contains(legendHeading(0)));
        QVERIFY(texts.contains(legendHeading(2)));
        QCOMPARE(rolesShown(texts), 2);
        QCOMPARE(rolesCounted(texts), 0);
        // One band: a heading over at most four rows.
        QVERIFY(legend.sizeHint().height() <= 2 * 7 + 5 * 15);
    }

    void everySectionIsExplainedHoweverNarrow_data()
    {
        QTest::addColumn<int>("width");
        for (int w : {1400, 900, 700, 500, 360})
            QTest::addRow("%d px", w) << w;
    }

    void everySectionIsExplainedHoweverNarrow()
    {
        QFETCH(int, width);
        CanvasLegend legend;
        // An audit and a verification on: every kind of mark in use.
        legend.setContent(everyMark(), roles(120));
        legend.setMaximumContentWidth(width);
        const QStringList texts = legend.texts();
        for (int section = 0; section < legendSectionCount; ++section)
            QVERIFY2(texts.contains(legendHeading(section)), qPrintable(legendHeading(section) + QLatin1String(" missing")));
        for (LegendMark m : everyMark())
            QVERIFY2(texts.contains(legendText(m)), qPrintable(legendText(m)));
        QVERIFY2(legend.sizeHint().width() <= width,
                 qPrintable(QStringLiteral("%1 px wide in %2").arg(legend.sizeHint().width()).arg(width)));
        // Every role is either shown or counted, none twice.
        QCOMPARE(rolesShown(texts) + rolesCounted(texts), 120);
        QVERIFY(rolesCounted(texts) > 0); // 120 do not fit in a band at any of these widths

        // It paints what it lists, within its own size.
        legend.resize(legend.sizeHint());
        QImage image(legend.size(), QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        legend.render(&image);
        QVERIFY(image.pixel(image.width() / 2, image.height() / 2) != 0);
    }

    void narrowerMeansTallerNotTruncated()
    {
        CanvasLegend legend;
        legend.setContent(everyMark(), {});
        legend.setMaximumContentWidth(3000);
        const QSize wide = legend.sizeHint();
        legend.setMaximumContentWidth(500);
        const QSize narrow = legend.sizeHint();
        QVERIFY(narrow.width() <= 500);
        QVERIFY2(narrow.height() > wide.height(), "the sections that do not fit go on to a band below");
        QCOMPARE(legend.texts().size(), [&] {
            legend.setMaximumContentWidth(3000);
            return legend.texts().size();
        }());
    }

    void rolesTakeABandOfTheirOwnOnlyAfterASingleOne()
    {
        CanvasLegend legend;
        legend.setContent(everyMark(), roles(40));
        legend.setMaximumContentWidth(700);
        QStringList texts = legend.texts();
        QCOMPARE(rolesShown(texts) + rolesCounted(texts), 40);
        const int marksAndRoles = legend.sizeHint().height();
        legend.setContent(everyMark(), {});
        // The marks take more than one band at this width: the roles share
        // the last one, no band of their own.
        QCOMPARE(legend.sizeHint().height(), marksAndRoles);
        QVERIFY(marksAndRoles > 2 * 7 + 5 * 15 + 6);
    }

    void rolesTakeOneBandOfTheirOwn()
    {
        CanvasLegend legend;
        legend.setContent({LegendMark::Crossing}, roles(200));
        legend.setMaximumContentWidth(900);
        const int oneBandOfRoles = rolesShown(legend.texts());
        QVERIFY(oneBandOfRoles > 4);
        // A narrower view shows fewer and counts the rest.
        legend.setMaximumContentWidth(600);
        QVERIFY(rolesShown(legend.texts()) < oneBandOfRoles);
        QCOMPARE(rolesShown(legend.texts()) + rolesCounted(legend.texts()), 200);
        // Two bands at most: the marks' and the roles' own.
        QVERIFY(legend.sizeHint().height() <= 2 * 7 + 2 * 5 * 15 + 6);
    }
};

QTEST_MAIN(TestCanvasLegend)
#include "tst_canvas_legend.moc"
