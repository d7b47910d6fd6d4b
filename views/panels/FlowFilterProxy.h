#pragma once

#include <QSortFilterProxyModel>

#include <vector>

namespace pp::views {

class FlowTableModel;

/// Filters the flow and opening tables: crossing only, zone pair, host,
/// protocol, port and seed anchor. Empty criteria match everything.
class FlowFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit FlowFilterProxy(QObject *parent = nullptr);

    void setCrossingOnly(bool on);
    void setFromZone(const QString &zoneId);
    void setToZone(const QString &zoneId);
    void setHost(const QString &text);     ///< substring of either host id
    void setProtocol(const QString &protocol);
    void setPort(const QString &port);     ///< a number inside the row's port or range
    void setRef(const QString &text);      ///< substring of the seed anchor
    /// Rows whose review status (ReviewStatusRole) is one of these; empty =
    /// any. Rows without a review status (flows) always pass.
    void setReviewStatuses(const QList<int> &statuses);
    /// Issue 15: rows whose audit status (PolicyStatusRole) is one of these;
    /// empty = any. Rows the audit did not hold do not pass.
    void setPolicyStatuses(const QList<int> &statuses);
    /// Rows that pass this firewall (DevicesRole); empty = any.
    void setDevice(const QString &firewallId);

    /// The flow table sorts itself (FlowTableModel::sortFlows); other
    /// models: reads each row's sort key once, then sorts on the keys.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void changed();

    /// The source when it is the flow table: filtered on its flows directly.
    FlowTableModel *m_flows = nullptr;
    bool m_crossingOnly = false;
    QString m_fromZone;
    QString m_toZone;
    QString m_host;
    QString m_protocol;
    QString m_port;
    QString m_ref;
    QList<int> m_review;
    QList<int> m_policy;
    QString m_device;
    // Sort keys by source row while sort() runs: numbers, or else texts.
    std::vector<qint64> m_numberKeys;
    std::vector<QString> m_textKeys;
};

} // namespace pp::views
