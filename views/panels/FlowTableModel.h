#pragma once

#include <QAbstractTableModel>

#include "model/engine/AnalysisSnapshot.h"

namespace pp {
class Catalog;
}

namespace pp::views {

/// Roles the flow and opening models expose beyond display text.
enum ItemRole {
    SortRole = Qt::UserRole + 1,
    FlowIndexRole,      ///< index into the snapshot's flows
    PairKeyRole,        ///< "a|b" host pair of a flow
    HostIdsRole,        ///< QStringList of the hosts a row names
    CrossingRole,       ///< bool
    ZonePairRole,       ///< "from>to" zone ids
    ProtocolRole,       ///< "TCP", "UDP", "ICMP"
    PortRole,           ///< port text
    RefRole,            ///< seed anchors, space separated
    OpeningKeyRole,     ///< FlowText::openingKey
};

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

/// Every opening (firewall rule) of the current analysis.
class OpeningTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { FromZone, ToZone, Protocol, Port, Sources, Destinations, Flows, Refs, Phase, Traffic, ColumnCount };

    explicit OpeningTableModel(const Catalog &catalog, QObject *parent = nullptr);

    void setAnalysis(const AnalysisPtr &analysis);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Catalog &m_catalog;
    AnalysisPtr m_analysis;
};

} // namespace pp::views
