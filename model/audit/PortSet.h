#pragma once

#include <QString>

#include "model/design/PortRange.h"

#include <vector>

namespace pp {

/// A set of ports as sorted, disjoint, non-adjacent inclusive intervals.
class PortSet
{
public:
    PortSet() = default;
    static PortSet all() { return PortSet(1, 65535); }
    static PortSet of(PortRange r) { return r.isEmpty() ? PortSet() : PortSet(r.first, r.last); }
    PortSet(int first, int last);

    bool isEmpty() const { return m_runs.empty(); }
    bool isAll() const;
    void add(int first, int last);
    void add(const PortSet &other);
    PortSet intersected(const PortSet &other) const;
    PortSet subtracted(const PortSet &other) const;
    /// "80, 443, 8530-8531"
    QString toString() const;
    const std::vector<std::pair<int, int>> &runs() const { return m_runs; }

    friend bool operator==(const PortSet &a, const PortSet &b) { return a.m_runs == b.m_runs; }

private:
    std::vector<std::pair<int, int>> m_runs;
};

} // namespace pp
