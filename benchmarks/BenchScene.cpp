// Canvas benchmark on the XL design: scene build, repaint at fit-to-view,
// and the time an edit spends on the UI thread (the engine runs on a worker;
// what the window feels is the command itself and applying the result).
// Targets: build < 1 s, repaint < 50 ms, no edit freezes the window > 100 ms.
// Run with QT_QPA_PLATFORM=offscreen when there is no display.
#include "app/commands/Commands.h"
#include "app/designer/AnalysisRunner.h"
#include "app/designer/DocumentFiles.h"
#include "app/designer/MainWindow.h"
#include "benchmarks/XlDesign.h"
#include "model/Catalog.h"
#include "model/DesignDocument.h"
#include "views/canvas/DesignScene.h"
#include "views/canvas/DesignView.h"
#include "views/panels/FlowsPanel.h"
#include "views/panels/ValidationPanel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

double medianMs(int runs, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times.push_back(t.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    const int scale = argc > 1 ? std::max(1, atoi(argv[1])) : 1;
    const pp::Catalog &catalog = pp::Catalog::builtin();
    const pp::Design design = pp::bench::makeXlDesign(scale, true);

    // Scene build alone.
    pp::DesignDocument document;
    document.reset(design);
    double buildMs = 0;
    {
        QElapsedTimer t;
        t.start();
        pp::views::DesignScene scene(&document, catalog);
        buildMs = t.nsecsElapsed() / 1e6;
    }

    pp::app::MainWindow window(catalog);
    window.resize(1400, 900);
    window.show();
    window.files()->newDesign(design);
    window.analysis()->waitForIdle();
    const pp::AnalysisPtr analysis = window.analysis()->current();

    const double applyMs = medianMs(3, [&] {
        window.scene()->setAnalysis(analysis);
        window.flowsPanel()->setAnalysis(analysis);
        window.validation()->setAnalysis(analysis);
    });

    const double sceneMs = medianMs(3, [&] { window.scene()->setAnalysis(analysis); });
    const double tablesMs = medianMs(3, [&] { window.flowsPanel()->setAnalysis(analysis); });
    const double findingsMs = medianMs(3, [&] { window.validation()->setAnalysis(analysis); });
    window.view()->fitAll();
    QImage image(window.view()->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    const double repaintMs = medianMs(5, [&] {
        QPainter painter(&image);
        window.view()->render(&painter);
    });

    // One host moved to another zone: the command and the document's
    // notifications run on the UI thread; then the result is applied.
    const pp::Host host = design.hosts[design.hosts.size() / 2];
    bool away = false;
    const double editMs = medianMs(5, [&] {
        window.edits()->placeHosts({{host.id, host.pos + QPointF(0, away ? 0 : 10), host.zone}}, QStringLiteral("bench"));
        away = !away;
    });
    QElapsedTimer compute;
    compute.start();
    window.analysis()->waitForIdle();
    const double workerMs = compute.nsecsElapsed() / 1e6;

    std::printf("PortPlanner canvas benchmark (scale %d)\n", scale);
    std::printf("  design             %zu hosts, %zu zones, %zu flows\n", design.hosts.size(), design.zones.size(),
                analysis->analysis.flows.size());
    std::printf("  scene build        %8.1f ms   target < 1000 ms\n", buildMs);
    std::printf("  repaint (fit)      %8.1f ms   target < 50 ms\n", repaintMs);
    std::printf("  edit, UI thread    %8.1f ms   (command + notifications)\n", editMs);
    std::printf("  apply result       %8.1f ms   (canvas, tables, findings; UI thread)\n", applyMs);
    std::printf("    of which canvas  %8.1f ms, tables %.1f ms, findings %.1f ms\n", sceneMs, tablesMs, findingsMs);
    std::printf("  worst UI freeze    %8.1f ms   target < 100 ms\n", std::max(editMs, applyMs));
    std::printf("  engine (worker)    %8.1f ms   off the UI thread\n", workerMs);
    return 0;
}
