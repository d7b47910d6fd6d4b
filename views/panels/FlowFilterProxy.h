#pragma once

#include <QSortFilterProxyModel>

namespace pp::views {

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

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void changed();

    bool m_crossingOnly = false;
    QString m_fromZone;
    QString m_toZone;
    QString m_host;
    QString m_protocol;
    QString m_port;
    QString m_ref;
};

} // namespace pp::views
