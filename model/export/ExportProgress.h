#pragma once

#include <QtGlobal>

#include <atomic>
#include <functional>

namespace pp {

/// How far a long export is, and the way to stop it. A writer counts its
/// units of work (lines, rows, pages) and stops when advance() returns
/// false; the caller may cancel from another thread. Percent changes are
/// reported through the callback (on the writer's thread), at most 101 times.
class ExportProgress
{
public:
    using Report = std::function<void(int percent)>;

    ExportProgress() = default;
    explicit ExportProgress(Report report);

    /// Units the whole export takes; a writer adds its own with addTotal().
    void addTotal(qint64 units);
    /// Counts `units` as done; false once the export is cancelled.
    bool advance(qint64 units = 1);
    void cancel();
    bool isCancelled() const;

private:
    Report m_report;
    qint64 m_total = 0;
    qint64 m_done = 0;
    int m_percent = -1;
    std::atomic_bool m_cancelled{false};
};

} // namespace pp
