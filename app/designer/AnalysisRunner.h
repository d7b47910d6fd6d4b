#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include "model/engine/AnalysisSnapshot.h"

#include <atomic>

namespace pp {
class Catalog;
class DesignDocument;
struct DesignChange;
} // namespace pp

namespace pp::app {

/// Keeps an analysis of the document current. Computations run on a worker
/// thread so that edits on a large design never freeze the window; edits
/// that only move hosts or change their ports use the engine's incremental
/// update. Edits arriving during a computation are coalesced into one more.
class AnalysisRunner : public QObject
{
    Q_OBJECT

public:
    AnalysisRunner(const DesignDocument *document, const Catalog &catalog, QObject *parent = nullptr);
    ~AnalysisRunner() override;

    const AnalysisPtr &current() const { return m_current; }
    bool isBusy() const { return m_watcher.isRunning() || m_pending; }
    /// Computes again although the design did not change: the engine's
    /// messages follow the language the user just chose.
    void recompute();
    /// Blocks until no computation is running or pending (tests, export).
    void waitForIdle();
    /// Milliseconds the last computation took.
    qint64 lastDurationMs() const { return m_lastMs; }

signals:
    void analysisReady(const pp::AnalysisPtr &analysis);
    void busyChanged(bool busy);

private:
    void onChanged(const DesignChange &change);
    void start();
    void finished();

    const DesignDocument *m_document;
    const Catalog &m_catalog;
    AnalysisPtr m_current;
    QFutureWatcher<AnalysisPtr> m_watcher;
    QTimer m_kick;
    bool m_pending = false;
    bool m_pendingStructural = false;
    QStringList m_pendingHosts;
    quint64 m_generation = 0;
    std::atomic<qint64> m_lastMs{0};
};

} // namespace pp::app
