#pragma once

#include <QAbstractTableModel>

#include "model/engine/AnalysisSnapshot.h"
#include "views/panels/ItemRoles.h"

namespace pp {
class Catalog;
}

namespace pp::views {

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
