// The diagram's layout (render/diagram) and its SVG: trunks carry exactly the
// openings between their zones with their ports, routes keep off every box
// they do not join, review state reaches the lines, and the SVG draws what
// the layout says. Set PORTPLANNER_DIAGRAM_DUMP to a folder to keep the
// drawings for a look.
#include "tests/support/RouteCheck.h"
#include "tests/support/TestPaths.h"

#include "model/catalog/Catalog.h"
#include "model/engine/FlowText.h"
#include "model/engine/RulesEngine.h"
#include "model/file/DesignFile.h"
#include "model/review/ReviewSheet.h"
#include "render/DiagramSvg.h"
#include "render/diagram/Diagram.h"
#include "render/diagram/DrawioWriter.h"
#include "render/diagram/EdgeSummary.h"
#include "render/diagram/LabelPlacer.h"

#include <QDir>
#include <algorithm>
#include <QLineF>
#include <QRandomGenerator>
#include <QFile>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using namespace pp;
using namespace pp::diagram;

namespace {

struct Subject
{
    Design design;
    Analysis analysis;
};

Subject load(const QString &name)
{
    LoadResult r = DesignFile::load(test::examplePath(name), Catalog::builtin());
    if (!r.ok())
        qFatal("cannot load %s: %s", qPrintable(name), qPrintable(r.errorText()));
    Subject s{*r.design, {}};
    s.analysis = RulesEngine(Catalog::builtin()).analyze(s.design);
    return s;
}

void dump(const QString &name, const QByteArray &bytes)
{
    const QString dir = qEnvironmentVariable("PORTPLANNER_DIAGRAM_DUMP");
    if (dir.isEmpty())
        return;
    QFile f(QDir(dir).filePath(name));
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
}

void examplesByLevel()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("detail");
    for (const QString &e : test::bundledExamples()) {
        QTest::newRow(qPrintable(e + QStringLiteral(" zones"))) << e << int(Detail::Zones);
        QTest::newRow(qPrintable(e + QStringLiteral(" hosts"))) << e << int(Detail::Hosts);
    }
}

} // namespace

class TestDiagram : public QObject
{
    Q_OBJECT

private slots:
    void labelsPlacedAsAgainstEveryBox()
    {
        // The placer looks only at the boxes in a candidate's grid cells; it
        // must choose what testing every box (the plain rule) chooses, boxes
        // of every size (cards, zone-wide titles, empty ones) included.
        QRandomGenerator random(19);
        std::vector<QRectF> boxes;
        for (int i = 0; i < 400; ++i)
            boxes.emplace_back(random.bounded(4000) - 500, random.bounded(3000) - 500, random.bounded(3) == 0 ? 0 : 40 + random.bounded(160),
                               random.bounded(20) == 0 ? 2500 : 30 + random.bounded(60));
        diagram::LabelPlacer placer(boxes);
        std::vector<QRectF> taken = boxes;
        auto plainPlace = [&taken](const std::vector<QPointF> &route, const QSizeF &size) {
            std::vector<size_t> segments(route.size() - 1);
            for (size_t i = 0; i < segments.size(); ++i)
                segments[i] = i;
            auto length = [&](size_t i) { return QLineF(route[i], route[i + 1]).length(); };
            std::stable_sort(segments.begin(), segments.end(), [&](size_t a, size_t b) { return length(a) > length(b); });
            auto at = [&](size_t i, qreal t) {
                QRectF r(QPointF(), size);
                r.moveCenter(route[i] + (route[i + 1] - route[i]) * t);
                return r;
            };
            for (qreal t : {0.5, 0.3, 0.7, 0.15, 0.85})
                for (size_t i : segments)
                    if (length(i) > 4 && std::none_of(taken.begin(), taken.end(), [&](const QRectF &b) { return b.intersects(at(i, t)); })) {
                        taken.push_back(at(i, t));
                        return taken.back();
                    }
            taken.push_back(at(segments.front(), 0.5));
            return taken.back();
        };
        int free = 0;
        for (int i = 0; i < 300; ++i) {
            std::vector<QPointF> route{QPointF(random.bounded(4000), random.bounded(3000))};
            for (int k = 0; k < 3; ++k)
                route.push_back(k % 2 ? QPointF(route.back().x(), random.bounded(3000)) : QPointF(random.bounded(4000), route.back().y()));
            const QSizeF size(60 + random.bounded(120), 14 + random.bounded(10));
            const QRectF expected = plainPlace(route, size);
            QCOMPARE(placer.place(route, size), expected);
            free += std::none_of(boxes.begin(), boxes.end(), [&](const QRectF &b) { return b.intersects(expected); });
        }
        QVERIFY(free > 50); // the case of a free place is exercised, not only the fallback
    }

    void portSummary()
    {
        QCOMPARE(EdgeSummary::portSummary({QStringLiteral("443"), QStringLiteral("445"), QStringLiteral("1433"),
                                           QStringLiteral("80"), QStringLiteral("135")}),
                 QStringLiteral("443, 445, 1433 +2"));
        QCOMPARE(EdgeSummary::portSummary({QStringLiteral("443")}), QStringLiteral("443"));
        QCOMPARE(EdgeSummary::portToken(Protocol::Udp, QStringLiteral("69")), QStringLiteral("69/udp"));
        QCOMPARE(EdgeSummary::portToken(Protocol::Icmp, QStringLiteral("echo-request")), QStringLiteral("icmp"));
    }

    void trunksFollowTheOpenings_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &e : test::bundledExamples())
            QTest::newRow(qPrintable(e)) << e;
    }

    void trunksFollowTheOpenings()
    {
        QFETCH(QString, file);
        const Subject s = load(file);
        if (!s.design.firewalls.empty())
            QSKIP("trunks run per device with firewalls: trunksRunPerDevice");
        const Diagram d = Diagram::build(s.design, Catalog::builtin(), s.analysis, {Detail::Zones, false, nullptr});
        QCOMPARE(d.detail, Detail::Zones);
        // One trunk per unordered pair of zones the openings join, carrying
        // exactly those openings and every port among them, the most used first.
        QHash<QPair<int, int>, QList<int>> expected;
        for (size_t i = 0; i < s.analysis.openings.size(); ++i) {
            const Opening &o = s.analysis.openings[i];
            expected[qMakePair(std::min(o.fromZone, o.toZone), std::max(o.fromZone, o.toZone))] << int(i);
        }
        QCOMPARE(d.edges.size(), size_t(expected.size()));
        for (size_t t = 0; t < d.edges.size(); ++t) {
            const DiagramEdge &e = d.edges[t];
            QVERIFY(e.isTrunk());
            const QList<int> openings = expected.value(qMakePair(e.a, e.b));
            QCOMPARE(QList<int>(e.openings.begin(), e.openings.end()), openings);
            QSet<QString> ports;
            QHash<QString, int> uses;
            for (int o : openings) {
                const Opening &op = s.analysis.openings[size_t(o)];
                const QString token = EdgeSummary::portToken(op.protocol, op.portText);
                ports.insert(token);
                uses[token] += int(op.flows.size());
            }
            QCOMPARE(QSet<QString>(e.ports.begin(), e.ports.end()), ports);
            for (int i = 1; i < e.ports.size(); ++i)
                QVERIFY(uses.value(e.ports[i - 1]) >= uses.value(e.ports[i]));
            const QString label = trunkLabel(e);
            QVERIFY2(label.startsWith(QString::number(openings.size()) + QStringLiteral(" · ")), qPrintable(label));
            QVERIFY2(label.contains(e.ports.first()), qPrintable(label));
            QVERIFY(!d.labels[t].isNull());
        }
    }

    void routesKeepOffOtherBoxes_data() { examplesByLevel(); }
    void routesKeepOffOtherBoxes()
    {
        QFETCH(QString, file);
        QFETCH(int, detail);
        const Subject s = load(file);
        const Diagram d = Diagram::build(s.design, Catalog::builtin(), s.analysis, {Detail(detail), true, nullptr});
        QCOMPARE(d.unrouted, 0);
        QVERIFY(!d.edges.empty());
        for (const DiagramEdge &e : d.edges) {
            QVERIFY(e.route.size() >= 2);
            // Orthogonal: every segment runs along one axis.
            for (size_t i = 1; i < e.route.size(); ++i)
                QVERIFY(qFuzzyCompare(e.route[i].x() + 1, e.route[i - 1].x() + 1)
                        || qFuzzyCompare(e.route[i].y() + 1, e.route[i - 1].y() + 1));
            const std::vector<QRectF> &boxes = e.isTrunk() ? d.geometry.zones : d.geometry.cards;
            // A trunk of a firewall (rule 10) runs from a zone to the device.
            const bool device = e.bKind == EndKind::Firewall;
            const std::vector<int> crossed = test::boxesCrossed(e.route, boxes, {e.a, device ? -1 : e.b});
            QVERIFY2(crossed.empty(), qPrintable(QStringLiteral("%1-%2 crosses box %3").arg(e.a).arg(e.b).arg(crossed.empty() ? -1 : crossed.front())));
            QVERIFY(test::boxesCrossed(e.route, d.geometry.devices, {device ? e.b : -1}).empty());
            // Ends on their own boxes' borders.
            const QRectF &end = device ? d.geometry.devices[size_t(e.b)] : boxes[size_t(e.b)];
            QVERIFY(boxes[size_t(e.a)].adjusted(-0.5, -0.5, 0.5, 0.5).contains(e.route.front()));
            QVERIFY(end.adjusted(-0.5, -0.5, 0.5, 0.5).contains(e.route.back()));
            if (!e.isTrunk())
                for (const QRectF &title : d.titles)
                    QVERIFY(test::boxesCrossed(e.route, {title}, {}).empty());
        }
    }

    void trunksRunPerDevice()
    {
        // Rule 10: an opening on a device is drawn on the device's two legs,
        // the zone the flows enter from and the zone they leave to.
        const Subject s = load(QStringLiteral("branch-firewalls.portplan"));
        const Diagram d = Diagram::build(s.design, Catalog::builtin(), s.analysis);
        QHash<int, int> legsOf;
        for (const DiagramEdge &e : d.edges) {
            QCOMPARE(e.aKind, EndKind::Zone);
            QCOMPARE(e.bKind, EndKind::Firewall);
            for (int o : e.openings) {
                const Opening &opening = s.analysis.openings[size_t(o)];
                QCOMPARE(opening.firewall, e.b);
                QVERIFY(opening.fromZone == e.a || opening.toZone == e.a);
                ++legsOf[o];
            }
        }
        for (size_t o = 0; o < s.analysis.openings.size(); ++o)
            if (s.analysis.openings[o].firewall >= 0)
                QCOMPARE(legsOf.value(int(o)), 2);
        QVERIFY(std::count(d.marks.begin(), d.marks.end(), LegendMark::Firewall) == 1);
        // The devices are drawn in the SVG, each with its name.
        const QString svg = QString::fromUtf8(diagramSvg(s.design, Catalog::builtin(), s.analysis, d));
        for (const Firewall &f : s.design.firewalls)
            QVERIFY2(svg.contains(QStringLiteral(">%1</text>").arg(f.name.toHtmlEscaped())), qPrintable(f.name));
    }

    void reviewStateReachesTheLines()
    {
        Subject s = load(QStringLiteral("standalone-dmz.portplan"));
        const ReviewSheet sheet(s.design, Catalog::builtin(), s.analysis);
        QVERIFY(sheet.items().size() >= 3);
        const QDateTime when = QDateTime::fromString(QStringLiteral("2026-11-01T10:00:00Z"), Qt::ISODate);
        // Approve every opening of one trunk, reject one of another.
        const Diagram before = Diagram::build(s.design, Catalog::builtin(), s.analysis);
        QVERIFY(before.edges.size() >= 2);
        QVERIFY(std::none_of(before.marks.begin(), before.marks.end(), [](LegendMark m) { return m == LegendMark::Approved; }));
        const DiagramEdge &approve = before.edges[0];
        const DiagramEdge &reject = before.edges[1];
        for (const ReviewItem &item : sheet.items()) {
            if (std::count(approve.openings.begin(), approve.openings.end(), item.opening))
                s.design.reviews.push_back(ReviewSheet::decide(item, Verdict::Approve, {}, QStringLiteral("r"), when));
            if (item.opening == reject.openings.front())
                s.design.reviews.push_back(ReviewSheet::decide(item, Verdict::Reject, {}, QStringLiteral("r"), when));
        }
        const Diagram after = Diagram::build(s.design, Catalog::builtin(), s.analysis);
        QCOMPARE(after.edges[0].review, ReviewMark::Approved);
        QCOMPARE(after.edges[1].review, ReviewMark::Rejected);
        for (size_t i = 2; i < after.edges.size(); ++i)
            QCOMPARE(after.edges[i].review, ReviewMark::NotReviewed);
        for (LegendMark m : {LegendMark::Approved, LegendMark::Rejected, LegendMark::NotReviewed})
            QVERIFY(std::count(after.marks.begin(), after.marks.end(), m) == 1);

        // An opening that changed since it was approved needs a new look.
        const Opening &first = s.analysis.openings[size_t(approve.openings.front())];
        Host &h = s.design.hosts[size_t(first.fromHosts.front())];
        h.addresses << QStringLiteral("10.99.99.99");
        s.analysis = RulesEngine(Catalog::builtin()).analyze(s.design);
        const Diagram changed = Diagram::build(s.design, Catalog::builtin(), s.analysis);
        QCOMPARE(changed.edges[0].review, ReviewMark::Stale);
    }

    void statusMarksReachTheSvg()
    {
        // Issue 15: the audit's policy marks (given, as the canvas passes
        // them) and the verification (from the design's own records).
        Subject s = load(QStringLiteral("standalone-dmz.portplan"));
        const FlowText text(s.design, Catalog::builtin());
        const QString when = QStringLiteral("2026-11-01T10:00:00Z");
        const Diagram before = Diagram::build(s.design, Catalog::builtin(), s.analysis);
        QVERIFY(before.edges.size() >= 3);
        auto record = [&](int opening, VerificationResult result) {
            const Opening &o = s.analysis.openings[size_t(opening)];
            const bool passed = result == VerificationResult::Verified;
            s.design.verifications.push_back({text.openingKey(o), result, when, QStringLiteral("r.csv"),
                                              ReviewSheet::fingerprint(s.design, o), passed ? 1 : 0, passed ? 0 : 1, 0,
                                              {}, {}});
        };
        // Every opening of the first trunk verified, one of the second failed.
        for (int o : before.edges[0].openings)
            record(o, VerificationResult::Verified);
        record(before.edges[1].openings.front(), VerificationResult::Failed);
        const Diagram byRecords = Diagram::build(s.design, Catalog::builtin(), s.analysis);
        QCOMPARE(byRecords.edges[0].check, CheckMark::Verified);
        QCOMPARE(byRecords.edges[1].check, CheckMark::Failed);
        QCOMPARE(byRecords.edges[2].check, CheckMark::Untested);
        for (LegendMark m : {LegendMark::Verified, LegendMark::CheckFailed, LegendMark::Untested})
            QVERIFY2(std::count(byRecords.marks.begin(), byRecords.marks.end(), m) == 1, qPrintable(legendText(m)));

        StatusMarks status;
        status.checks.assign(s.analysis.openings.size(), CheckMark::Untested);
        status.policy.assign(s.analysis.openings.size(), PolicyMark::Missing);
        status.policy[0] = PolicyMark::Allowed;
        status.policy[1] = PolicyMark::Partial;
        const DiagramOptions options{Detail::Hosts, false, nullptr, &status};
        const QByteArray svg = designDiagramSvg(s.design, Catalog::builtin(), s.analysis, options);
        dump(QStringLiteral("standalone-dmz-status.svg"), svg);
        QXmlStreamReader xml(svg);
        int pills = 0, halfPills = 0, hexagons = 0;
        QStringList texts;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            const QXmlStreamAttributes a = xml.attributes();
            const QString stroke = a.value(QLatin1String("stroke")).toString();
            if (xml.name() == QLatin1String("rect") && a.value(QLatin1String("fill")) == QLatin1String("none"))
                pills += stroke == hex(policyColor(PolicyMark::Allowed)) || stroke == hex(policyColor(PolicyMark::Partial))
                    || stroke == hex(policyColor(PolicyMark::Missing));
            halfPills += xml.name() == QLatin1String("path") && a.value(QLatin1String("d")).contains(QLatin1Char('A'));
            hexagons += xml.name() == QLatin1String("polygon") && stroke == hex(checkColor(CheckMark::Untested));
            if (xml.name() == QLatin1String("text"))
                texts << xml.readElementText();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        const Diagram d = Diagram::build(s.design, Catalog::builtin(), s.analysis, options);
        const auto withPolicy = std::count_if(d.edges.begin(), d.edges.end(),
                                              [](const DiagramEdge &e) { return e.crossing && e.policy != PolicyMark::None; });
        const auto withCheck = std::count_if(d.edges.begin(), d.edges.end(),
                                             [](const DiagramEdge &e) { return e.crossing && e.check != CheckMark::None; });
        QVERIFY(withPolicy > 2 && withCheck > 2);
        const auto inLegend = [&d](std::initializer_list<LegendMark> kinds) {
            return int(std::count_if(d.marks.begin(), d.marks.end(), [kinds](LegendMark m) {
                return std::find(kinds.begin(), kinds.end(), m) != kinds.end();
            }));
        };
        const int policyKinds = inLegend({LegendMark::PolicyAllowed, LegendMark::PolicyPartial, LegendMark::PolicyMissing});
        QVERIFY(policyKinds >= 2); // a line with the allowed opening and others is partial
        QCOMPARE(inLegend({LegendMark::Untested}), 1);
        // A pill and a hexagon on each line the layout marks, and a sample of each kind in the legend.
        QCOMPARE(pills, int(withPolicy) + policyKinds);
        QVERIFY(halfPills >= 2); // the partial line's and the legend's
        QCOMPARE(hexagons, int(withCheck) + 1);
        for (LegendMark m : d.marks)
            QVERIFY2(texts.contains(legendText(m)), qPrintable(legendText(m)));

        // draw.io keeps them as each line's properties, in words.
        const QByteArray drawio = diagramDrawio(s.design, Catalog::builtin(), d);
        const auto marked = std::find_if(d.edges.begin(), d.edges.end(), [](const DiagramEdge &e) { return e.policy != PolicyMark::None; });
        QVERIFY(drawio.contains(policyText(marked->policy).toHtmlEscaped().toUtf8()));
        QVERIFY(drawio.contains(checkText(CheckMark::Untested).toHtmlEscaped().toUtf8()));
    }

    void svgDrawsTheLayout_data() { examplesByLevel(); }
    void svgDrawsTheLayout()
    {
        QFETCH(QString, file);
        QFETCH(int, detail);
        const Subject s = load(file);
        const DiagramOptions options{Detail(detail), false, nullptr};
        const Diagram d = Diagram::build(s.design, Catalog::builtin(), s.analysis, options);
        const QByteArray svg = designDiagramSvg(s.design, Catalog::builtin(), s.analysis, options);
        dump(QFileInfo(file).completeBaseName() + QStringLiteral("-%1.svg").arg(detailName(Detail(detail))), svg);
        QXmlStreamReader xml(svg);
        int polylines = 0, rects = 0;
        QStringList texts;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            polylines += xml.name() == QLatin1String("polyline");
            rects += xml.name() == QLatin1String("rect");
            if (xml.name() == QLatin1String("text"))
                texts << xml.readElementText();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        const int labels = int(std::count_if(d.labels.begin(), d.labels.end(), [](const QRectF &r) { return !r.isNull(); }));
        // A polyline per line and per legend sample (the firewall's a rect);
        // a rect for the page, each zone, card, device and label.
        const int devices = int(s.design.firewalls.size());
        const int firewallSample = devices > 0 ? 1 : 0;
        QCOMPARE(polylines, int(d.edges.size() + d.marks.size()) - firewallSample);
        QCOMPARE(rects, int(1 + s.design.zones.size() + s.design.hosts.size()) + labels + devices + firewallSample);
        for (const DiagramEdge &e : d.edges)
            if (e.isTrunk())
                QVERIFY2(texts.contains(trunkLabel(e)), qPrintable(trunkLabel(e)));
        for (LegendMark m : d.marks)
            QVERIFY2(texts.contains(legendText(m)), qPrintable(legendText(m)));
    }

    void drawioHoldsEveryZoneHostAndLine_data() { examplesByLevel(); }
    void drawioHoldsEveryZoneHostAndLine()
    {
        QFETCH(QString, file);
        QFETCH(int, detail);
        const Subject s = load(file);
        const Diagram d = Diagram::build(s.design, Catalog::builtin(), s.analysis, {Detail(detail), false, nullptr});
        const QByteArray bytes = diagramDrawio(s.design, Catalog::builtin(), d);
        dump(QFileInfo(file).completeBaseName() + QStringLiteral("-%1.drawio").arg(detailName(Detail(detail))), bytes);

        // Every <object> with its properties and the attributes of its <mxCell>.
        struct Cell
        {
            QXmlStreamAttributes object, cell;
            int points = 0;
        };
        QHash<QString, Cell> cells;
        QString current;
        QXmlStreamReader xml(bytes);
        QCOMPARE(xml.readNextStartElement(), true);
        QCOMPARE(xml.name(), QLatin1String("mxfile"));
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("object")) {
                current = xml.attributes().value(QStringLiteral("id")).toString();
                QVERIFY2(!cells.contains(current), qPrintable(current)); // ids are unique
                cells[current].object = xml.attributes();
            } else if (xml.name() == QLatin1String("mxCell") && !current.isEmpty()) {
                cells[current].cell = xml.attributes();
            } else if (xml.name() == QLatin1String("mxPoint") && !current.isEmpty()) {
                ++cells[current].points;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(cells.size(), qsizetype(s.design.zones.size() + s.design.hosts.size() + s.design.firewalls.size() + d.edges.size()));

        for (const Zone &z : s.design.zones) {
            const Cell c = cells.value(QStringLiteral("zone:") + z.id);
            QCOMPARE(c.cell.value(QStringLiteral("vertex")), QLatin1String("1"));
            QVERIFY(c.cell.value(QStringLiteral("style")).contains(QLatin1String("container=1")));
            QCOMPARE(c.object.value(QStringLiteral("label")).toString(), z.name);
            QCOMPARE(c.object.value(QStringLiteral("kind")).toString(), zoneKindName(z.kind));
        }
        for (const Host &h : s.design.hosts) {
            const Cell c = cells.value(QStringLiteral("host:") + h.id);
            QCOMPARE(c.cell.value(QStringLiteral("vertex")), QLatin1String("1"));
            QCOMPARE(c.cell.value(QStringLiteral("parent")).toString(), QStringLiteral("zone:") + h.zone); // inside its zone
            QCOMPARE(c.object.value(QStringLiteral("roles")).toString(), h.roles.join(QStringLiteral(", ")));
            QVERIFY(c.object.value(QStringLiteral("label")).toString().contains(h.name.toHtmlEscaped()));
        }
        for (const Firewall &f : s.design.firewalls) {
            const Cell c = cells.value(QStringLiteral("firewall:") + f.id);
            QCOMPARE(c.cell.value(QStringLiteral("vertex")), QLatin1String("1"));
            QCOMPARE(c.object.value(QStringLiteral("platform")).toString(), platformName(f.platform));
        }
        for (const DiagramEdge &e : d.edges) {
            const bool device = e.bKind == EndKind::Firewall;
            const QString a = e.isTrunk() ? s.design.zones[size_t(e.a)].id : s.design.hosts[size_t(e.a)].id;
            const QString b = device ? s.design.firewalls[size_t(e.b)].id
                : e.isTrunk()        ? s.design.zones[size_t(e.b)].id
                                     : s.design.hosts[size_t(e.b)].id;
            const QString prefix = e.isTrunk() ? QStringLiteral("zone:") : QStringLiteral("host:");
            const Cell c = cells.value((e.isTrunk() ? QStringLiteral("trunk:") : QStringLiteral("line:")) + a + QLatin1Char(':') + b);
            QCOMPARE(c.cell.value(QStringLiteral("edge")), QLatin1String("1"));
            QCOMPARE(c.cell.value(QStringLiteral("source")).toString(), prefix + a);
            QCOMPARE(c.cell.value(QStringLiteral("target")).toString(), (device ? QStringLiteral("firewall:") : prefix) + b);
            QVERIFY(c.object.value(QStringLiteral("label")).toString().endsWith(e.isTrunk() ? trunkLabel(e) : portsLabel(e)));
            QCOMPARE(c.object.value(QStringLiteral("ports")).toString(), e.ports.join(QStringLiteral(", ")));
            QCOMPARE(c.points, int(e.route.size()) - 2); // the canvas's route, bend by bend
        }
    }
};

QTEST_MAIN(TestDiagram)
#include "tst_diagram.moc"
