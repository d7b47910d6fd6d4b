#pragma once

#include <QAbstractTableModel>

#include "model/engine/AnalysisSnapshot.h"
#include "views/panels/ItemRoles.h"

namespace pp {
class Catalog;
}

namespace pp::views {

/// Every flow of the current analysis, one row each.
class FlowTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { From, To, FromZone, ToZone, Protocol, Port, Ref, Crossing, Phase, Traffic, Description, ColumnCount };

    explicit FlowTableModel(const Catalog &catalog, QObject *parent = nullptr);

    void setAnalysis(const AnalysisPtr &analysis);
    const AnalysisPtr &analysis() const { return m_analysis; }
    /// The flow behind a row, for filters that must not go through data().
    const Flow *flowAt(int row) const
    {
        return m_analysis && row >= 0 && size_t(row) < m_analysis->analysis.flows.size()
            ? &m_analysis->analysis.flows[size_t(row)]
            : nullptr;
    }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Catalog &m_catalog;
    AnalysisPtr m_analysis;
};

} // namespace pp::views
