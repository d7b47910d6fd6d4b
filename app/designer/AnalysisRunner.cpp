#include "app/designer/AnalysisRunner.h"

#include "model/catalog/Catalog.h"
#include "model/document/DesignDocument.h"
#include "model/engine/RulesEngine.h"
#include "model/review/ReviewSheet.h"

#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace pp::app {

AnalysisRunner::AnalysisRunner(const DesignDocument *document, const Catalog &catalog, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_catalog(catalog)
{
    connect(document, &DesignDocument::changed, this, &AnalysisRunner::onChanged);
    connect(&m_watcher, &QFutureWatcher<AnalysisPtr>::finished, this, &AnalysisRunner::finished);
    // One command may notify several times (a deletion: references, then
    // hosts, then zones): start once they are all in, not on the first.
    m_kick.setSingleShot(true);
    m_kick.setInterval(0);
    connect(&m_kick, &QTimer::timeout, this, [this] {
        if (!m_watcher.isRunning())
            start();
    });
    m_pending = true;
    m_pendingStructural = true;
    start();
}

AnalysisRunner::~AnalysisRunner()
{
    m_watcher.waitForFinished();
}

void AnalysisRunner::onChanged(const DesignChange &change)
{
    if (!change.structural && change.hosts.isEmpty())
        return; // review decisions and metadata do not change flows
    m_pending = true;
    m_pendingStructural = m_pendingStructural || change.structural;
    m_pendingHosts += change.hosts;
    if (!m_watcher.isRunning())
        m_kick.start();
}

void AnalysisRunner::recompute()
{
    m_pending = true;
    m_pendingStructural = true;
    if (!m_watcher.isRunning())
        m_kick.start();
}

void AnalysisRunner::start()
{
    m_kick.stop();
    if (!m_pending)
        return;
    auto snapshot = std::make_shared<AnalysisSnapshot>();
    snapshot->design = m_document->design();
    snapshot->generation = ++m_generation;
    AnalysisPtr base = m_pendingStructural ? AnalysisPtr() : m_current;
    QStringList hosts = m_pendingHosts;
    hosts.removeDuplicates();
    m_pending = false;
    m_pendingStructural = false;
    m_pendingHosts.clear();
    // The design names its catalog; one this program lacks cannot have
    // loaded, but a fallback keeps the runner total.
    const Catalog *catalog = Catalog::forDesign(snapshot->design.catalog);
    if (!catalog)
        catalog = &m_catalog;
    snapshot->catalog = catalog;
    if (base && base->catalog != catalog)
        base.reset(); // flows of another catalog cannot be reused
    emit busyChanged(true);
    m_watcher.setFuture(QtConcurrent::run([snapshot, base, hosts, catalog, this]() -> AnalysisPtr {
        QElapsedTimer timer;
        timer.start();
        const RulesEngine engine(*catalog);
        if (base)
            snapshot->analysis = engine.update(base->analysis, base->design, snapshot->design, hosts);
        else
            snapshot->analysis = engine.analyze(snapshot->design);
        snapshot->pairs = HostPairs::of(snapshot->analysis);
        m_lastMs.store(timer.elapsed());
        // For the review panel and the openings' review column. Its items
        // point into snapshot->design's decisions: the snapshot keeps both.
        snapshot->reviewSheet = std::make_shared<const ReviewSheet>(snapshot->design, *catalog, snapshot->analysis);
        return snapshot;
    }));
}

void AnalysisRunner::finished()
{
    if (!m_watcher.isFinished() || m_watcher.future().resultCount() == 0)
        return;
    const AnalysisPtr result = m_watcher.result();
    // waitForIdle() may deliver a result before the queued signal does.
    if (m_current && result->generation <= m_current->generation)
        return;
    m_current = result;
    emit analysisReady(m_current);
    if (m_pending)
        start();
    else
        emit busyChanged(false);
}

void AnalysisRunner::waitForIdle()
{
    for (;;) {
        m_watcher.waitForFinished();
        finished(); // delivers the result, and starts what is pending, without an event loop
        if (!m_watcher.isRunning() && !m_pending)
            return;
        if (!m_watcher.isRunning())
            start();
    }
}

} // namespace pp::app
