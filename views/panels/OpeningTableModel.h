#pragma once

#include <QAbstractTableModel>
#include <QHash>

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
    enum Column { FromZone, ToZone, Protocol, Port, Sources, Destinations, Flows, Refs, Phase, Traffic, Review, Device, ColumnCount };

    /// Where the security review stands on one opening.
    struct ReviewState
    {
        int status = 0;     ///< ReviewStatus
        QString detail;     ///< who decided what, when, and the comment
    };

    explicit OpeningTableModel(const Catalog &catalog, QObject *parent = nullptr);

    void setAnalysis(const AnalysisPtr &analysis);
    /// The review's state by opening key (FlowText::openingKey); openings
    /// without an entry are pending.
    void setReviewStates(const QHash<QString, ReviewState> &states);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ReviewState reviewState(int row) const;

    const Catalog &m_catalog;
    AnalysisPtr m_analysis;
    QStringList m_keys; ///< opening keys by row
    QHash<QString, ReviewState> m_review;
};

} // namespace pp::views
