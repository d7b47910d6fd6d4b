#include "views/panels/FlowFilterProxy.h"

#include "model/design/PortRange.h"
#include "views/panels/FlowTableModel.h"

namespace pp::views {

FlowFilterProxy::FlowFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setDynamicSortFilter(false); // sorting 200,000 rows on every analysis would stall the UI
}

void FlowFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_flows = qobject_cast<FlowTableModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void FlowFilterProxy::changed()
{
    // The flow table: its rows again in one pass. invalidateFilter() removes
    // and inserts each run of rows that changed on its own, and every run
    // costs Qt a pass over all rows: turning "crossing only" off on the XL
    // design's 300,000 flows (40,000 runs) froze the window for seconds.
    // The sort stays the model's (FlowTableModel::sortFlows); persistent
    // indexes (the selection) keep the rows that still pass.
    if (m_flows) {
        invalidate();
        return;
    }
    // Qt 6.4 has no begin/endFilterChange; invalidateFilter is the API.
    invalidateFilter();
}

void FlowFilterProxy::setCrossingOnly(bool on)
{
    m_crossingOnly = on;
    changed();
}

void FlowFilterProxy::setFromZone(const QString &zoneId)
{
    m_fromZone = zoneId;
    changed();
}

void FlowFilterProxy::setToZone(const QString &zoneId)
{
    m_toZone = zoneId;
    changed();
}

void FlowFilterProxy::setHost(const QString &text)
{
    m_host = text.trimmed();
    changed();
}

void FlowFilterProxy::setProtocol(const QString &protocol)
{
    m_protocol = protocol;
    changed();
}

void FlowFilterProxy::setPort(const QString &port)
{
    m_port = port.trimmed();
    changed();
}

void FlowFilterProxy::setRef(const QString &text)
{
    m_ref = text.trimmed();
    changed();
}

void FlowFilterProxy::setDevice(const QString &firewallId)
{
    m_device = firewallId;
    changed();
}

void FlowFilterProxy::setReviewStatuses(const QList<int> &statuses)
{
    m_review = statuses;
    changed();
}

void FlowFilterProxy::setPolicyStatuses(const QList<int> &statuses)
{
    m_policy = statuses;
    changed();
}

void FlowFilterProxy::sort(int column, Qt::SortOrder order)
{
    // The flow table sorts itself on keys ranked once per distinct text
    // (FlowSortKeys): this proxy then only filters, in the model's order.
    if (m_flows) {
        m_flows->sortFlows(column, order);
        return;
    }
    QAbstractItemModel *source = sourceModel();
    const int rows = source && column >= 0 ? source->rowCount() : 0;
    bool numbers = rows > 0;
    std::vector<QVariant> keys;
    keys.reserve(size_t(rows));
    for (int r = 0; r < rows; ++r) {
        keys.push_back(source->index(r, column).data(sortRole()));
        numbers = numbers && keys.back().typeId() == QMetaType::Int;
    }
    for (const QVariant &key : keys) {
        if (numbers)
            m_numberKeys.push_back(key.toInt());
        else
            m_textKeys.push_back(key.toString());
    }
    QSortFilterProxyModel::sort(column, order);
    m_numberKeys.clear();
    m_textKeys.clear();
}

bool FlowFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto l = size_t(left.row());
    const auto r = size_t(right.row());
    if (!m_numberKeys.empty())
        return m_numberKeys[l] < m_numberKeys[r];
    if (!m_textKeys.empty())
        return isSortLocaleAware() ? QString::localeAwareCompare(m_textKeys[l], m_textKeys[r]) < 0
                                   : QString::compare(m_textKeys[l], m_textKeys[r], sortCaseSensitivity()) < 0;
    return QSortFilterProxyModel::lessThan(left, right);
}

bool FlowFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    // The flow table has hundreds of thousands of rows: test the common
    // criterion on the flow itself before building any QVariant.
    if (m_flows) {
        if (m_crossingOnly && !m_flows->crossingAt(sourceRow))
            return false;
        if (m_fromZone.isEmpty() && m_toZone.isEmpty() && m_host.isEmpty() && m_protocol.isEmpty() && m_port.isEmpty()
            && m_ref.isEmpty() && m_device.isEmpty() && m_policy.isEmpty())
            return true; // (flows carry no review status)
    }
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_crossingOnly && !index.data(CrossingRole).toBool())
        return false;
    if (!m_fromZone.isEmpty() || !m_toZone.isEmpty()) {
        const QStringList zones = index.data(ZonePairRole).toString().split(QLatin1Char('>'));
        if (!m_fromZone.isEmpty() && zones.value(0) != m_fromZone)
            return false;
        if (!m_toZone.isEmpty() && zones.value(1) != m_toZone)
            return false;
    }
    if (!m_host.isEmpty()) {
        // A host by its id or its name, as the table shows it.
        bool hit = false;
        for (const int role : {int(HostIdsRole), int(HostNamesRole)})
            for (const QString &id : index.data(role).toStringList())
                hit = hit || id.contains(m_host, Qt::CaseInsensitive);
        if (!hit)
            return false;
    }
    if (!m_device.isEmpty() && !index.data(DevicesRole).toStringList().contains(m_device))
        return false;
    if (!m_review.isEmpty()) {
        const QVariant status = index.data(ReviewStatusRole);
        if (status.isValid() && !m_review.contains(status.toInt()))
            return false;
    }
    if (!m_policy.isEmpty()) {
        const QVariant status = index.data(PolicyStatusRole);
        if (!status.isValid() || !m_policy.contains(status.toInt()))
            return false;
    }
    if (!m_protocol.isEmpty() && index.data(ProtocolRole).toString() != m_protocol)
        return false;
    if (!m_port.isEmpty()) {
        const QString text = index.data(PortRole).toString();
        const auto wanted = PortRange::parse(m_port);
        const auto have = PortRange::parse(text);
        if (wanted && have) {
            if (!(have->contains(wanted->first) && have->contains(wanted->last)))
                return false;
        } else if (!text.contains(m_port, Qt::CaseInsensitive)) {
            return false;
        }
    }
    if (!m_ref.isEmpty() && !index.data(RefRole).toString().contains(m_ref, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace pp::views
