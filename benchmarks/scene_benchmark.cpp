// Canvas benchmark on the XL design (a CAS, 25 primaries, 1,000 secondaries,
// ~10,000 hosts in 60 zones): scene build, repaint at fit-to-view, and what
// each kind of edit costs the UI thread. The engine runs on a worker; what
// the window feels is the command with its notifications, the event-loop
// pass that hands the design to the worker, and applying the result.
// Targets: build < 1 s, repaint < 50 ms, no edit freezes the window > 100 ms.
// Run with QT_QPA_PLATFORM=offscreen when there is no display:
//   portplanner-bench-scene [scale] [--cpu]
#include "app/commands/Edits.h"
#include "app/designer/AnalysisRunner.h"
#include "app/designer/DocumentFiles.h"
#include "app/designer/FileController.h"
#include "app/designer/MainWindow.h"
#include "benchmarks/XlDesign.h"
#include "model/catalog/Catalog.h"
#include "model/file/DesignFile.h"
#include "model/document/DesignDocument.h"
#include "views/canvas/DesignScene.h"
#include "views/canvas/DesignView.h"
#include "views/panels/FlowsPanel.h"
#include "views/panels/ValidationPanel.h"

#include <QTableView>

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>

#include <algorithm>
#include <cstring>
#include <ctime>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

/// --cpu: CPU time instead of wall time, for a shared machine where other
/// processes stretch the wall clock. Most rows are the UI thread's own work
/// (its thread's CPU time); opening a file and the engine's update span the
/// worker too (the process's).
bool g_cpuClock = false;
/// The slowest pass of the whole window taking a new analysis after an edit.
double g_applyWorstMs = 0;

enum class Span { UiThread, Process };

double cpuNow(Span span)
{
    timespec t{};
    clock_gettime(span == Span::UiThread ? CLOCK_THREAD_CPUTIME_ID : CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double elapsedMs(const std::function<void()> &work, Span span = Span::UiThread)
{
    if (g_cpuClock) {
        const double start = cpuNow(span);
        work();
        return cpuNow(span) - start;
    }
    QElapsedTimer t;
    t.start();
    work();
    return double(t.nsecsElapsed()) / 1e6;
}

double medianMs(int runs, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i)
        times.push_back(elapsedMs(work));
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

struct Row
{
    const char *what;
    double ms;
    const char *note;
};

/// The canvas, tables and findings taking a new analysis, and repaints.
struct Rendering
{
    double sceneMs = 0;
    double tablesMs = 0;
    double findingsMs = 0;
    double repaintFitMs = 0;
    double repaint100Ms = 0;

    double applyMs() const { return sceneMs + tablesMs + findingsMs; }
};

Rendering measureRendering(pp::app::MainWindow &window, const pp::AnalysisPtr &analysis, const pp::Design &design)
{
    Rendering r;
    r.sceneMs = medianMs(3, [&] { window.scene()->setAnalysis(analysis); });
    r.tablesMs = medianMs(3, [&] { window.flowsPanel()->setAnalysis(analysis); });
    r.findingsMs = medianMs(3, [&] { window.validation()->setAnalysis(analysis); });
    window.view()->fitAll();
    QImage image(window.view()->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    auto repaint = [&] {
        QPainter painter(&image);
        window.view()->render(&painter);
    };
    r.repaintFitMs = medianMs(5, repaint);
    window.view()->setZoom(1.0);
    window.view()->centerOn(QPointF(design.hosts.front().pos));
    r.repaint100Ms = medianMs(5, repaint);
    window.view()->fitAll();
    return r;
}

/// The zone with the most hosts: deleting it is the biggest single removal.
QString biggestZone(const pp::Design &design)
{
    QString bigZone;
    QHash<QString, int> count;
    for (const pp::Host &h : design.hosts)
        ++count[h.zone];
    for (auto it = count.constBegin(); it != count.constEnd(); ++it)
        if (bigZone.isEmpty() || it.value() > count.value(bigZone))
            bigZone = it.key();
    return bigZone;
}

/// Each kind of edit's UI-thread share: the command and its notifications,
/// then the event-loop pass that snapshots the design for the worker.
std::vector<Row> measureEdits(pp::app::MainWindow &window, const pp::Design &design)
{
    pp::app::AnalysisRunner *runner = window.analysis();
    auto edit = [&](const std::function<void()> &command) {
        // PP_BENCH_TRACE: each edit's command and event-loop shares, and its
        // span on CLOCK_MONOTONIC, to pick its samples out of a profile
        // recorded with `perf record -k CLOCK_MONOTONIC`.
        double commandMs = 0;
        timespec from{};
        clock_gettime(CLOCK_MONOTONIC, &from);
        const double ms = elapsedMs([&] {
            commandMs = elapsedMs(command);
            QCoreApplication::processEvents();
        });
        if (qEnvironmentVariableIsSet("PP_BENCH_TRACE")) {
            timespec to{};
            clock_gettime(CLOCK_MONOTONIC, &to);
            std::fprintf(stderr, "  edit: command %.1f ms, events %.1f ms, span %ld.%09ld %ld.%09ld\n", commandMs,
                         ms - commandMs, long(from.tv_sec), from.tv_nsec, long(to.tv_sec), to.tv_nsec);
        }
        // The worker's time is not the UI thread's; the window taking its
        // result (every panel, then the repaint) is, and is kept apart so
        // that the next edit's row holds only that edit's own work.
        {
            const QSignalBlocker quiet(runner); // delivered below, on the clock
            runner->waitForIdle();
        }
        g_applyWorstMs = std::max(g_applyWorstMs, elapsedMs([&] {
            emit runner->analysisReady(runner->current());
            QCoreApplication::processEvents();
        }));
        emit runner->busyChanged(false);
        return ms;
    };
    const pp::Host host = design.hosts[design.hosts.size() / 2];
    pp::commands::Edits &edits = *window.edits();
    std::vector<Row> rows;
    std::vector<double> moves;
    for (int i = 0; i < 5; ++i)
        moves.push_back(edit([&] {
            edits.placeHosts({{host.id, host.pos + QPointF(0, i % 2 ? 0 : 10), host.zone}}, QStringLiteral("bench"));
        }));
    std::sort(moves.begin(), moves.end());
    rows.push_back({"move a host", moves[moves.size() / 2], "command, notifications, snapshot"});
    const QString bigZone = biggestZone(design);
    pp::Host renamed = *window.document()->host(host.id);
    renamed.name += QStringLiteral("-x");
    rows.push_back({"edit a host's properties",
                    edit([&] { edits.editHost(*window.document()->host(host.id), renamed); }),
                    "one property, incremental engine update"});
    // The biggest removal and its undo, three times each (the median): one
    // pass is at the mercy of whatever else the machine does in those 50 ms.
    std::vector<double> deletions;
    std::vector<double> undos;
    deletions.push_back(edit([&] { edits.remove({}, {bigZone}); }));
    undos.push_back(edit([&] { window.undoStack()->undo(); }));
    for (int i = 0; i < 2; ++i) {
        deletions.push_back(edit([&] { window.undoStack()->redo(); }));
        undos.push_back(edit([&] { window.undoStack()->undo(); }));
    }
    for (std::vector<double> *times : {&deletions, &undos})
        std::sort(times->begin(), times->end());
    rows.push_back({"delete the biggest zone", deletions[1], "with its hosts, one step (median of 3)"});
    rows.push_back({"undo that deletion", undos[1], "zone and hosts back from the fragment (median of 3)"});
    rows.push_back({"paste 50 hosts", edit([&] {
                        QStringList ids;
                        for (int i = 0; i < 50; ++i)
                            ids << design.hosts[size_t(i) * 7].id;
                        QString error;
                        edits.paste(edits.copy(ids, {}), QPointF(30, 30), QString(), &error);
                    }),
                    "copy as JSON, parse, insert"});
    rows.push_back({"select a host", medianMs(3, [&] {
                        window.scene()->selectHosts({host.id});
                        window.scene()->selectHosts({});
                    }) / 2,
                    "canvas -> properties, flows and openings tables"});
    window.edits()->setName(QStringLiteral("bench")); // something to autosave
    rows.push_back({"autosave (timer)", elapsedMs([&] { window.files()->autosaveInBackground(); }),
                    "copy here, write on a worker"});
    return rows;
}

} // namespace

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    int scale = 1;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--cpu") == 0)
            g_cpuClock = true;
        else
            scale = std::max(1, atoi(argv[i]));
    }
    const pp::Catalog &catalog = pp::Catalog::builtin();
    const pp::Design design = pp::bench::makeXlDesign(scale, true);

    // Scene build alone: zone and host items for the whole design.
    pp::DesignDocument document;
    document.reset(design);
    const double buildMs = medianMs(3, [&] { pp::views::DesignScene scene(&document, catalog); });

    pp::app::MainWindow window(catalog);
    window.resize(1400, 900);
    window.show();
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
    // Open the design from its file as a user does, to a drawn canvas with
    // the engine's analysis applied: read, scene, analysis, first paint.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("xl.portplan"));
    QString error;
    if (!pp::DesignFile::save(design, path, &error))
        qFatal("%s", qPrintable(error));
    pp::app::AnalysisRunner *runner = window.analysis();
    const double openMs = elapsedMs([&] {
        if (!window.fileController()->openFile(path, true))
            qFatal("cannot open %s", qPrintable(path));
        runner->waitForIdle();
        QCoreApplication::processEvents();
        window.view()->viewport()->repaint();
    }, Span::Process);
    const pp::AnalysisPtr analysis = runner->current();
    const Rendering rendering = measureRendering(window, analysis, design);

    // Let the first show, layout and paint pass be over before timing edits.
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
    std::vector<Row> rows = measureEdits(window, design);
    const double autosaveWorkerMs = elapsedMs([&] { window.files()->autosaveNow(); });
    rows.push_back({"design snapshot copy", elapsedMs([&] { const pp::Design copy = window.document()->design(); }),
                    "what an edit hands the worker"});
    rows.push_back({"apply a new analysis", rendering.applyMs(), "canvas, tables, findings"});
    // Not edits, but the window stalls as long: sorting and filtering the tables.
    pp::views::FlowsPanel *flows = window.flowsPanel();
    const double sortMs = elapsedMs([&] { flows->flowsView()->sortByColumn(5, Qt::DescendingOrder); });
    const double sortTextMs = elapsedMs([&] { flows->flowsView()->sortByColumn(0, Qt::AscendingOrder); });
    double sortWorst = 0;
    QString sortWorstColumn;
    for (int column = 0; column < flows->flowsView()->model()->columnCount(); ++column)
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const double ms = elapsedMs([&] { flows->flowsView()->sortByColumn(column, order); });
            if (ms > sortWorst) {
                sortWorst = ms;
                sortWorstColumn = flows->flowsView()->model()->headerData(column, Qt::Horizontal).toString();
            }
        }
    const double unfilterMs = elapsedMs([&] { flows->setCrossingOnly(false); });
    const double refilterMs = elapsedMs([&] { flows->setCrossingOnly(true); });

    double worst = 0;
    for (const Row &r : rows)
        worst = std::max(worst, r.ms);
    const pp::Host host = design.hosts[design.hosts.size() / 2];
    const double workerMs = elapsedMs([&] {
        window.edits()->placeHosts({{host.id, host.pos + QPointF(20, 0), host.zone}}, QStringLiteral("bench"));
        runner->waitForIdle();
    }, Span::Process);

    std::printf("PortPlanner canvas benchmark (scale %d, %s)\n", scale,
                g_cpuClock ? "CPU time: the UI thread's, the process's where marked" : "wall time");
    std::printf("  design               %zu hosts, %zu zones, %zu flows, %zu openings\n", design.hosts.size(),
                design.zones.size(), analysis->analysis.flows.size(), analysis->analysis.openings.size());
    std::printf("  open the file        %8.1f ms   target < 1500 ms (read, scene, analysis, first paint)\n", openMs);
    std::printf("  scene build          %8.1f ms   target < 1000 ms\n", buildMs);
    std::printf("  repaint, fit-to-view %8.1f ms   target < 50 ms\n", rendering.repaintFitMs);
    std::printf("  repaint, 100%% zoom   %8.1f ms\n", rendering.repaint100Ms);
    std::printf("  UI thread per action (target < 100 ms each):\n");
    for (const Row &r : rows)
        std::printf("    %-24s %8.1f ms   %s\n", r.what, r.ms, r.note);
    std::printf("      of which canvas %.1f ms, tables %.1f ms, findings %.1f ms\n", rendering.sceneMs,
                rendering.tablesMs, rendering.findingsMs);
    std::printf("    %-24s %8.1f ms   %s\n", "window takes an analysis", g_applyWorstMs,
                "slowest after an edit: every panel, the review, then the repaint");
    std::printf("  flows table: sort by port %.1f ms, by host %.1f ms, show all %.1f ms, crossing only %.1f ms\n",
                sortMs, sortTextMs, unfilterMs, refilterMs);
    std::printf("  flows table: sort by any column, slowest %.1f ms (%s)   target < 100 ms\n", sortWorst,
                qPrintable(sortWorstColumn));
    std::printf("  worst UI freeze      %8.1f ms   target < 100 ms\n", worst);
    std::printf("  engine on the worker %8.1f ms   (incremental update after a move; off the UI thread)\n", workerMs);
    std::printf("  autosave written     %8.1f ms   (serialize and save, as the worker does it)\n", autosaveWorkerMs);
    return worst < 100 && rendering.repaintFitMs < 50 && buildMs < 1000 && openMs < 1500 && sortWorst < 100 ? 0 : 1;
}
