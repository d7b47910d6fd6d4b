#include "model/audit/PortSet.h"

#include <QStringList>

#include <algorithm>

namespace pp {

PortSet::PortSet(int first, int last)
{
    add(first, last);
}

bool PortSet::isAll() const
{
    return m_runs.size() == 1 && m_runs.front().first <= 1 && m_runs.front().second >= 65535;
}

void PortSet::add(int first, int last)
{
    if (first > last)
        return;
    m_runs.emplace_back(first, last);
    std::sort(m_runs.begin(), m_runs.end());
    std::vector<std::pair<int, int>> merged;
    for (const auto &r : m_runs) {
        if (!merged.empty() && r.first <= merged.back().second + 1)
            merged.back().second = std::max(merged.back().second, r.second);
        else
            merged.push_back(r);
    }
    m_runs = std::move(merged);
}

void PortSet::add(const PortSet &other)
{
    for (const auto &r : other.m_runs)
        add(r.first, r.second);
}

PortSet PortSet::intersected(const PortSet &other) const
{
    PortSet out;
    for (const auto &a : m_runs)
        for (const auto &b : other.m_runs)
            if (std::max(a.first, b.first) <= std::min(a.second, b.second))
                out.m_runs.emplace_back(std::max(a.first, b.first), std::min(a.second, b.second));
    std::sort(out.m_runs.begin(), out.m_runs.end());
    return out;
}

PortSet PortSet::subtracted(const PortSet &other) const
{
    PortSet out;
    for (auto [first, last] : m_runs) {
        int from = first;
        for (const auto &b : other.m_runs) {
            if (b.second < from || b.first > last)
                continue;
            if (b.first > from)
                out.m_runs.emplace_back(from, b.first - 1);
            from = std::max(from, b.second + 1);
        }
        if (from <= last)
            out.m_runs.emplace_back(from, last);
    }
    return out;
}

QString PortSet::toString() const
{
    QStringList parts;
    for (const auto &[a, b] : m_runs)
        parts << (a == b ? QString::number(a) : QStringLiteral("%1-%2").arg(a).arg(b));
    return parts.join(QStringLiteral(", "));
}

} // namespace pp
