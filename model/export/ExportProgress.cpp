#include "model/export/ExportProgress.h"

#include <algorithm>

namespace pp {

ExportProgress::ExportProgress(Report report)
    : m_report(std::move(report))
{
}

void ExportProgress::addTotal(qint64 units)
{
    m_total += units;
}

bool ExportProgress::advance(qint64 units)
{
    m_done += units;
    if (m_report && m_total > 0) {
        const int percent = int(std::clamp<qint64>(m_done * 100 / m_total, 0, 100));
        if (percent != m_percent) {
            m_percent = percent;
            m_report(percent);
        }
    }
    return !isCancelled();
}

void ExportProgress::cancel()
{
    m_cancelled.store(true);
}

bool ExportProgress::isCancelled() const
{
    return m_cancelled.load();
}

} // namespace pp
