#pragma once

#include <QAbstractTableModel>

#include <map>
#include <vector>

#include "model/engine/AnalysisSnapshot.h"
#include "views/panels/ItemRoles.h"

namespace pp {
class Catalog;
}

namespace pp::views {

/// Every flow of the current analysis, one row each. It sorts itself
/// (sortFlows): rows are then a permutation of the flows, and flowIndex()
/// says which flow a row shows.
class FlowTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { From, To, FromZone, ToZone, Protocol, Port, Ref, Crossing, Phase, Traffic, Description, ColumnCount };

    explicit FlowTableModel(const Catalog &catalog, QObject *parent = nullptr);

    /// A new analysis keeps the sort the user chose.
    void setAnalysis(const AnalysisPtr &analysis);
    const AnalysisPtr &analysis() const { return m_analysis; }
    /// The index in the analysis' flows of the flow a row shows.
    int flowIndex(int row) const { return m_order.empty() ? row : m_order[size_t(row)]; }
    /// Whether the flow a row shows crosses a zone boundary: read from a
    /// byte per flow made once per analysis, not from the flow itself (the
    /// filter asks for every row after each sort; sorted rows would visit
    /// 300,000 flows in random order, a cache miss each).
    bool crossingAt(int row) const { return m_crossing[size_t(flowIndex(row))] != 0; }
    /// The flow behind a row, for filters that must not go through data().
    const Flow *flowAt(int row) const
    {
        return m_analysis && row >= 0 && size_t(row) < m_analysis->analysis.flows.size()
            ? &m_analysis->analysis.flows[size_t(flowIndex(row))]
            : nullptr;
    }
    /// Orders the rows by a column's text (stable: equal rows keep their
    /// order); -1 goes back to the engine's order. Persistent indexes
    /// (selections) follow their flows.
    void sortFlows(int column, Qt::SortOrder order);
    /// The language changed: the text columns' keys are made again at the
    /// next sort (they rank translated words).
    void forgetSortKeys() { m_keys.clear(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<int> sortedOrder(int column, Qt::SortOrder order) const;
    void applyOrder(std::vector<int> order);

    const Catalog &m_catalog;
    AnalysisPtr m_analysis;
    std::vector<int> m_order;     ///< row -> flow index; empty: the engine's order
    std::vector<quint8> m_crossing; ///< per flow of the analysis: 1 when it crosses
    /// Sort keys of the columns sorted by since the analysis came: the
    /// other direction, or coming back to a column, sorts without them.
    mutable std::map<int, std::vector<quint32>> m_keys;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace pp::views
