// File > Audit Against Policy and File > Import Verification Results in the
// designer (issue 15): the Openings table shows what the policy allows and
// what the checks proved, and filters by it; the canvas marks each crossing
// line allowed / partial / missing and verified / failed / untested; the
// review walkthrough and its record list the policy's over-wide rules; the
// export can ask for only what the policy does not allow yet. Importing
// results is one undoable step.
#include "tests/support/TestPaths.h"
#include "app/commands/Edits.h"
#include "app/designer/CheckController.h"
#include "app/designer/ExportDialog.h"
#include "model/review/ReviewSheet.h"
#include "model/verify/VerifyPlan.h"
#include "model/verify/VerifyScript.h"
#include "render/diagram/DiagramShapes.h"
#include "render/diagram/DiagramText.h"
#include "tests/designer/DesignerFixture.h"
#include "views/canvas/CanvasLegend.h"
#include "views/canvas/ConnectionLayer.h"
#include "views/panels/FlowFilterProxy.h"
#include "views/panels/FlowsPanel.h"
#include "views/panels/OpeningTableModel.h"
#include "views/review/ReviewPanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QMenuBar>
#include <QPainter>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>

#include <set>

using namespace pp;
using pp::test::pixelsNear;
using pp::test::whenModal;
using views::OpeningTableModel;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QString cell(const OpeningTableModel *m, int row, int column)
{
    return m->data(m->index(row, column)).toString();
}

QString cell(const QAbstractItemModel *m, int row, int column)
{
    return m->data(m->index(row, column)).toString();
}

/// Every TCP connection allowed, nothing else: UDP openings are missing, and
/// "any source, any port" to the site systems is an over-wide rule.
constexpr const char *tcpOnlyPolicy = "source,destination,protocol,port,action\nany,any,tcp,any,allow\n";

void audit(app::MainWindow &w, const QTemporaryDir &dir)
{
    QString report;
    if (!w.checkController()->auditPolicyFile(writeFile(dir, QStringLiteral("rules.csv"), tcpOnlyPolicy), &report))
        qFatal("audit failed: %s", qPrintable(report));
    w.analysis()->waitForIdle();
    QCoreApplication::processEvents(); // the scene rebuilds its lines at the next pass
}

/// What every check would print: TCP open (but `closed` refused), the rest untested.
QByteArray results(const AnalysisPtr &a, const QString &closed = {})
{
    QByteArray out = VerifyScript::header().toUtf8() + '\n';
    for (const VerifyHostPlan &plan : VerifyPlan::build(a->design, a->analysis))
        for (const VerifyCheck &c : plan.checks) {
            const QString from = a->design.hosts[size_t(plan.host)].id;
            const QString result = c.protocol != Protocol::Tcp ? QStringLiteral("untested")
                : from + QLatin1Char('|') + c.target == closed  ? QStringLiteral("closed")
                                                                : QStringLiteral("open");
            out += QStringLiteral("%1,%2,%3,%4,%5,%6,2026-11-30T01:00:00Z\n")
                       .arg(from, c.target, c.address, protocolName(c.protocol))
                       .arg(c.port)
                       .arg(result)
                       .toUtf8();
        }
    return out;
}

/// What the audit says of a host line, from the openings its flows are in:
/// the marks the canvas must show.
diagram::PolicyMark expectedPolicy(const Analysis &a, const std::vector<int> &flows)
{
    bool tcp = false, other = false;
    for (const Opening &o : a.openings)
        for (int f : o.flows)
            if (std::find(flows.begin(), flows.end(), f) != flows.end())
                (o.protocol == Protocol::Tcp ? tcp : other) = true;
    return tcp && other ? diagram::PolicyMark::Partial : tcp ? diagram::PolicyMark::Allowed : diagram::PolicyMark::Missing;
}

/// The canvas around a scene point, as drawn.
QImage around(app::MainWindow &w, const QPointF &centre)
{
    QImage image(120, 80, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    w.scene()->render(&p, QRectF(0, 0, 120, 80), QRectF(centre - QPointF(60, 40), QSizeF(120, 80)));
    return image;
}

QString readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TestRealityChecks : public QObject
{
    Q_OBJECT

private slots:
    void actionsInTheFileMenu()
    {
        auto w = test::openWindow(QStringLiteral("standalone-dmz.portplan"));
        QStringList texts;
        for (QAction *a : w->menuBar()->actions().constFirst()->menu()->actions())
            texts << a->text();
        QVERIFY2(texts.contains(QStringLiteral("Audi&t Against Policy…")), qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY(texts.contains(QStringLiteral("Import &Verification Results…")));
        QVERIFY(w->actions()->auditPolicy->isEnabled());
    }

    void auditShowsInTheOpeningsTable()
    {
        auto w = test::openWindow(QStringLiteral("standalone-dmz.portplan"));
        QTemporaryDir dir;
        // Every TCP connection is allowed, nothing else: UDP openings are missing.
        const QString policy = writeFile(dir, QStringLiteral("rules.csv"),
                                         "source,destination,protocol,port,action\nany,any,tcp,any,allow\n");
        QString report;
        QVERIFY2(w->checkController()->auditPolicyFile(policy, &report), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("allowed")), qPrintable(report));
        const OpeningTableModel *m = w->flowsPanel()->openingModel();
        QVERIFY(m->rowCount() > 0);
        int tcp = 0, udp = 0;
        for (int r = 0; r < m->rowCount(); ++r) {
            const QString protocol = cell(m, r, OpeningTableModel::Protocol);
            const QString status = cell(m, r, OpeningTableModel::Policy);
            if (protocol == QLatin1String("TCP")) {
                QCOMPARE(status, QStringLiteral("allowed"));
                ++tcp;
            } else {
                QCOMPARE(status, QStringLiteral("missing"));
                ++udp;
            }
        }
        QVERIFY(tcp > 0);
        // The rule "any source, any port" to site systems is a finding.
        QVERIFY2(report.contains(QStringLiteral("wider than the design needs")), qPrintable(report));
        QCOMPARE(m->headerData(OpeningTableModel::Policy, Qt::Horizontal).toString(), QStringLiteral("Policy"));

        // A file that is not a policy changes nothing and says where it broke.
        const QString broken = writeFile(dir, QStringLiteral("broken.csv"), "source,destination\n1,2\n");
        QVERIFY(!w->checkController()->auditPolicyFile(broken, &report));
        QVERIFY2(report.contains(QStringLiteral("line 1")), qPrintable(report));
        Q_UNUSED(udp);
    }

    void canvasMarksPolicyAndVerification();
    void reviewListsWideRules();
    void exportOnlyWhatIsNotAllowed();
    void openingsFilterByPolicy();

    void importedResultsAreOneUndoableStep()
    {
        auto w = test::openWindow(QStringLiteral("standalone-dmz.portplan"));
        const QByteArray original = test::saved(*w);
        const int steps = w->undoStack()->count();
        const AnalysisPtr a = w->analysis()->current();
        // What the scripts would print if every TCP check connected.
        QByteArray results = VerifyScript::header().toUtf8() + '\n';
        for (const VerifyHostPlan &plan : VerifyPlan::build(a->design, a->analysis))
            for (const VerifyCheck &c : plan.checks)
                results += QStringLiteral("%1,%2,%3,%4,%5,%6,2026-11-30T01:00:00Z\n")
                               .arg(a->design.hosts[size_t(plan.host)].id, c.target, c.address, protocolName(c.protocol))
                               .arg(c.port)
                               .arg(c.protocol == Protocol::Tcp ? QStringLiteral("open") : QStringLiteral("untested"))
                               .toUtf8();
        QTemporaryDir dir;
        QString report;
        QVERIFY2(w->checkController()->importResultsFiles({writeFile(dir, QStringLiteral("all.csv"), results)}, &report),
                 qPrintable(report));
        QCOMPARE(w->undoStack()->count(), steps + 1);
        QVERIFY(!w->document()->design().verifications.empty());

        const OpeningTableModel *m = w->flowsPanel()->openingModel();
        int verified = 0;
        for (int r = 0; r < m->rowCount(); ++r) {
            const QString status = cell(m, r, OpeningTableModel::Verification);
            QVERIFY2(status != QLatin1String("failed"), qPrintable(QString::number(r)));
            verified += status == QLatin1String("verified") ? 1 : 0;
        }
        QVERIFY(verified > 0);

        const QByteArray imported = test::saved(*w);
        QVERIFY(imported.contains("\"verifications\""));
        w->undoStack()->undo();
        QCOMPARE(test::saved(*w), original);
        for (int r = 0; r < m->rowCount(); ++r)
            QCOMPARE(cell(m, r, OpeningTableModel::Verification), QString());
        w->undoStack()->redo();
        QCOMPARE(test::saved(*w), imported);
    }
};

void TestRealityChecks::canvasMarksPolicyAndVerification()
{
    auto w = test::openWindow(QStringLiteral("standalone-dmz.portplan"));
    views::ConnectionLayer *lines = w->scene()->connections();
    QVERIFY(lines->pairCount() > 0);
    for (int p = 0; p < lines->pairCount(); ++p) {
        QCOMPARE(lines->edge(p).policy, diagram::PolicyMark::None); // no audit yet: no mark
        QCOMPARE(lines->edge(p).check, diagram::CheckMark::None);
    }
    const QStringList before = w->view()->legend()->texts();
    QVERIFY(!before.contains(diagram::legendHeading(3)));

    QTemporaryDir dir;
    audit(*w, dir);
    const AnalysisPtr a = w->analysis()->current();
    std::set<diagram::PolicyMark> seen;
    for (int p = 0; p < lines->pairCount(); ++p) {
        const diagram::DiagramEdge e = lines->edge(p);
        if (!e.crossing) {
            QCOMPARE(e.policy, diagram::PolicyMark::None);
            continue;
        }
        QCOMPARE(e.policy, expectedPolicy(a->analysis, e.flows));
        seen.insert(e.policy);
        // The tooltip says it in words.
        const QString tip = w->scene()->describePair(lines->key(p));
        QVERIFY2(tip.contains(diagram::policyText(e.policy)), qPrintable(tip));
        // Drawn on the line, in its colour, beside the review badge's place.
        const QPointF at = diagram::markPlaces(e.route, 7 * 2.8).policy;
        QVERIFY2(pixelsNear(around(*w, at), diagram::policyColor(e.policy)) > 10, qPrintable(lines->key(p)));
    }
    QVERIFY(seen.count(diagram::PolicyMark::Allowed));
    // Host pairs with UDP and TCP flows are partial (this example has no UDP-only pair).
    QVERIFY(seen.count(diagram::PolicyMark::Missing) || seen.count(diagram::PolicyMark::Partial));
    // The legend explains each mark in use, under its own heading.
    QStringList legend = w->view()->legend()->texts();
    QVERIFY2(legend.contains(diagram::legendHeading(3)), qPrintable(legend.join(QLatin1Char('|'))));
    for (diagram::PolicyMark m : std::as_const(seen))
        QVERIFY2(legend.contains(diagram::legendText(diagram::legendMark(m))), qPrintable(legend.join(QLatin1Char('|'))));
    QVERIFY(w->view()->legend()->accessibleDescription().contains(diagram::legendText(diagram::LegendMark::PolicyAllowed)));
    // The trunks too, with their counts in words.
    QVERIFY(lines->trunkCount() > 0);
    QVERIFY(lines->trunk(0).policy != diagram::PolicyMark::None);
    QVERIFY2(w->scene()->describeTrunk(0).contains(QStringLiteral("openings allowed")), qPrintable(w->scene()->describeTrunk(0)));

    // Verification: one TCP check refused, the others connected.
    QString closed;
    for (const VerifyHostPlan &plan : VerifyPlan::build(a->design, a->analysis))
        for (const VerifyCheck &c : plan.checks)
            if (closed.isEmpty() && c.protocol == Protocol::Tcp)
                closed = a->design.hosts[size_t(plan.host)].id + QLatin1Char('|') + c.target;
    QVERIFY(!closed.isEmpty());
    const QStringList ends = closed.split(QLatin1Char('|'));
    const int failedPair = lines->pairOf(ends[0] < ends[1] ? closed : ends[1] + QLatin1Char('|') + ends[0]);
    QVERIFY(failedPair >= 0);
    QString report;
    QVERIFY2(w->checkController()->importResultsFiles({writeFile(dir, QStringLiteral("r.csv"), results(a, closed))}, &report),
             qPrintable(report));
    w->analysis()->waitForIdle();
    QCoreApplication::processEvents();
    std::set<diagram::CheckMark> checks;
    for (int p = 0; p < lines->pairCount(); ++p) {
        const diagram::DiagramEdge e = lines->edge(p);
        if (!e.crossing)
            continue;
        checks.insert(e.check);
        QVERIFY(e.check != diagram::CheckMark::None);
        QVERIFY(w->scene()->describePair(lines->key(p)).contains(diagram::checkText(e.check)));
    }
    QCOMPARE(lines->edge(failedPair).check, diagram::CheckMark::Failed);
    const QPointF at = diagram::markPlaces(lines->edge(failedPair).route, 7 * 2.8).check;
    QVERIFY(pixelsNear(around(*w, at), diagram::checkColor(diagram::CheckMark::Failed)) > 10);
    QVERIFY(checks.count(diagram::CheckMark::Verified));
    QVERIFY(checks.count(diagram::CheckMark::Untested)); // the UDP ones
    legend = w->view()->legend()->texts();
    QVERIFY2(legend.contains(diagram::legendHeading(4)), qPrintable(legend.join(QLatin1Char('|'))));
    // With both marks on, the cards are still explained, inside the view.
    QVERIFY2(legend.contains(diagram::legendHeading(2)), qPrintable(legend.join(QLatin1Char('|'))));
    QVERIFY(w->view()->legend()->width() <= w->view()->viewport()->width());
    // Set PORTPLANNER_SCREENSHOTS to a folder to look at the marks: the
    // trunks at fit-to-view, then the host lines.
    if (const QString shots = qEnvironmentVariable("PORTPLANNER_SCREENSHOTS"); !shots.isEmpty()) {
        w->actions()->fit->trigger();
        QCoreApplication::processEvents();
        w->grab().save(shots + QStringLiteral("/marks-trunks.png"));
        w->view()->zoomBy(2.2);
        w->view()->centerOn(diagram::midpoint(lines->edge(failedPair).route));
        QCoreApplication::processEvents();
        w->grab().save(shots + QStringLiteral("/marks-hosts.png"));
    }
    QVERIFY(legend.contains(diagram::legendText(diagram::LegendMark::CheckFailed)));
    // Undone, the marks go with the results.
    w->undoStack()->undo();
    QCoreApplication::processEvents();
    QCOMPARE(lines->edge(failedPair).check, diagram::CheckMark::None);
}

void TestRealityChecks::reviewListsWideRules()
{
    auto w = test::openWindow(QStringLiteral("standalone-dmz.portplan"));
    w->actions()->startReview->trigger();
    QCoreApplication::processEvents();
    views::ReviewPanel *review = w->review();
    QVERIFY(review->itemCount() > 1);
    QVERIFY(!review->detailsText().contains(QStringLiteral("wider than the design needs")));
    QTemporaryDir dir;
    audit(*w, dir);
    const AuditReport &report = w->checkController()->audit();
    QVERIFY(!report.findings.empty());
    const AnalysisPtr a = w->analysis()->current();
    int listed = 0;
    for (int i = 0; i < review->itemCount(); ++i, review->next()) {
        const Opening &o = a->analysis.openings[size_t(review->sheet()->items()[size_t(review->currentIndex())].opening)];
        const auto touching = report.findingsTouching(a->design, o);
        const QString text = review->detailsText();
        if (touching.empty()) {
            QVERIFY2(text.contains(QStringLiteral("No rule of the audited policy")), qPrintable(text));
            continue;
        }
        ++listed;
        QVERIFY2(text.contains(QStringLiteral("Existing rules wider than the design needs (%1)").arg(touching.size())),
                 qPrintable(text));
        QVERIFY2(text.contains(touching.front()->rule) && text.contains(QStringLiteral("any port")), qPrintable(text));
    }
    QVERIFY(listed > 0);

    // The record the designer exports lists them too.
    const QString target = dir.filePath(QStringLiteral("review.html"));
    whenModal<QFileDialog>([&](QFileDialog *files) {
        files->selectFile(target);
        static_cast<QDialog *>(files)->accept();
    });
    w->actions()->reviewRecord->trigger();
    const QString html = readAll(target);
    QVERIFY2(html.contains(QStringLiteral("Existing rules wider than the design needs")), qPrintable(target));
    QVERIFY(html.contains(report.findings.front().rule.toHtmlEscaped()));
}

void TestRealityChecks::exportOnlyWhatIsNotAllowed()
{
    auto w = test::openWindow(QStringLiteral("standalone-dmz.portplan"));
    const AnalysisPtr a = w->analysis()->current();
    {
        app::ExportDialog before(Catalog::builtin(), a, QString());
        QVERIFY(!before.notAllowedOption()->isVisibleTo(&before)); // no audit, no such choice
    }
    QTemporaryDir dir;
    audit(*w, dir);
    const AuditReport &report = w->checkController()->audit();
    const int notAllowed = report.count(AuditStatus::Missing) + report.count(AuditStatus::Partial);
    QVERIFY(notAllowed > 0 && notAllowed < int(a->analysis.openings.size()));

    // Through File > Export Change Request, as a user gets there.
    bool offered = false;
    int lines = -1, all = -1;
    QStringList failures;
    whenModal<app::ExportDialog>([&](app::ExportDialog *dialog) {
        offered = dialog->notAllowedOption()->isVisibleTo(dialog) && dialog->notAllowedOption()->isEnabled();
        all = int(dialog->request().lines.size());
        QTest::mouseClick(dialog->notAllowedOption(), Qt::LeftButton, {}, QPoint(8, dialog->notAllowedOption()->height() / 2));
        const ChangeRequest &request = dialog->request();
        lines = int(request.lines.size());
        for (const RequestLine &l : request.lines)
            if (l.protocol == Protocol::Tcp)
                failures << QStringLiteral("request line %1 is TCP, which the policy allows").arg(l.id);
        // Every format writes only those openings.
        for (const QString &format : {QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("html"),
                                      QStringLiteral("pdf"), QStringLiteral("ps1"), QStringLiteral("nft"),
                                      QStringLiteral("svg"), QStringLiteral("png")}) {
            dialog->setFormat(format);
            const QString path = dir.filePath(QStringLiteral("missing.") + format);
            QString error;
            if (!dialog->saveTo(path, &error))
                failures << format + QStringLiteral(": ") + error;
            else if (QFileInfo(path).size() == 0)
                failures << format + QStringLiteral(": empty");
        }
        dialog->close();
    });
    w->actions()->exportRequest->trigger();
    QVERIFY(offered);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    QVERIFY(lines > 0 && lines < all);
    // The text formats: UDP openings only (the policy allows every TCP one).
    const QString nft = readAll(dir.filePath(QStringLiteral("missing.nft")));
    QVERIFY2(nft.contains(QStringLiteral("udp dport")) && !nft.contains(QStringLiteral("tcp dport")), qPrintable(nft));
    const QString ps1 = readAll(dir.filePath(QStringLiteral("missing.ps1")));
    QVERIFY2(ps1.contains(QStringLiteral("UDP")) && !ps1.contains(QStringLiteral("-Protocol TCP")), qPrintable(ps1.left(2000)));
}

void TestRealityChecks::openingsFilterByPolicy()
{
    auto w = test::openWindow(QStringLiteral("standalone-dmz.portplan"));
    views::FlowsPanel *panel = w->flowsPanel();
    panel->findChild<QTabWidget *>()->setCurrentWidget(panel->openingsView());
    QVERIFY(!panel->policyFilter()->isVisibleTo(panel)); // nothing to filter on before an audit
    QTemporaryDir dir;
    audit(*w, dir);
    QVERIFY(panel->policyFilter()->isVisibleTo(panel));
    QCOMPARE(panel->policyFilter()->accessibleName(), QStringLiteral("Policy filter"));
    const AuditReport &report = w->checkController()->audit();
    const QAbstractItemModel *shown = panel->openingsView()->model();
    const int total = shown->rowCount();
    const struct
    {
        int choice;
        int rows;
        QStringList statuses;
    } cases[] = {
        {1, report.count(AuditStatus::Missing) + report.count(AuditStatus::Partial), {QStringLiteral("missing"), QStringLiteral("partial")}},
        {2, report.count(AuditStatus::Allowed), {QStringLiteral("allowed")}},
        {4, report.count(AuditStatus::Missing), {QStringLiteral("missing")}},
    };
    for (const auto &c : cases) {
        // Chosen as a user chooses: the combo, by keyboard.
        panel->policyFilter()->setFocus();
        panel->policyFilter()->setCurrentIndex(0);
        for (int i = 0; i < c.choice; ++i)
            QTest::keyClick(panel->policyFilter(), Qt::Key_Down);
        QCOMPARE(shown->rowCount(), c.rows);
        for (int r = 0; r < shown->rowCount(); ++r)
            QVERIFY2(c.statuses.contains(cell(shown, r, OpeningTableModel::Policy)), qPrintable(cell(shown, r, OpeningTableModel::Policy)));
    }
    panel->setPolicyFilter(views::FlowsPanel::AuditStatusFilter::Any);
    QCOMPARE(shown->rowCount(), total);
    // Flows have no policy state of their own: the choice is the Openings tab's.
    panel->findChild<QTabWidget *>()->setCurrentWidget(panel->flowsView());
    QVERIFY(!panel->policyFilter()->isVisibleTo(panel));
}

QTEST_MAIN(TestRealityChecks)
#include "tst_reality_checks.moc"
