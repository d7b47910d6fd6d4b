#include "views/panels/OpeningTableModel.h"

#include "model/catalog/Catalog.h"
#include "model/engine/FlowText.h"
#include "model/review/ReviewSheet.h"

#include <QColor>

namespace pp::views {

namespace {

QStringList hostIds(const Design &d, const std::vector<int> &hosts)
{
    QStringList out;
    for (int h : hosts)
        out << d.hosts[size_t(h)].id;
    return out;
}

/// The hosts' names as a person reads them, the first `limit` of them.
QStringList hostNames(const Design &d, const std::vector<int> &hosts, int limit)
{
    QStringList out;
    for (int h : hosts) {
        if (out.size() == limit) {
            out << QObject::tr("+%1 more").arg(int(hosts.size()) - limit);
            break;
        }
        const Host &host = d.hosts[size_t(h)];
        out << (host.name.isEmpty() ? host.id : host.name);
    }
    return out;
}

/// "Datacenter core (trust → untrust)": the device that opens it, with the
/// sides as the device names them; empty without firewalls (rule 10).
QString deviceText(const Design &d, const Opening &o)
{
    if (o.firewall < 0)
        return {};
    const Firewall &fw = d.firewalls[size_t(o.firewall)];
    auto side = [&fw](int i) { return i >= 0 ? fw.interfaces[size_t(i)].ruleName() : QString(); };
    return QStringLiteral("%1 (%2 \u2192 %3)").arg(fw.name.isEmpty() ? fw.id : fw.name, side(o.ingress), side(o.egress));
}

QColor statusColor(ReviewStatus s)
{
    switch (s) {
    case ReviewStatus::Approved: return QColor(0x1e, 0x84, 0x49);
    case ReviewStatus::Rejected: return QColor(0xa9, 0x32, 0x26);
    case ReviewStatus::Questioned:
    case ReviewStatus::Stale: return QColor(0xb9, 0x77, 0x0e);
    case ReviewStatus::Pending: break;
    }
    return {};
}

} // namespace

OpeningTableModel::OpeningTableModel(const Catalog &catalog, QObject *parent)
    : QAbstractTableModel(parent)
    , m_catalog(catalog)
{
}

void OpeningTableModel::setAnalysis(const AnalysisPtr &analysis)
{
    beginResetModel();
    m_analysis = analysis;
    m_keys.clear();
    if (analysis) {
        const FlowText text(analysis->design, m_catalog);
        for (const Opening &o : analysis->analysis.openings)
            m_keys << text.openingKey(o);
    }
    endResetModel();
}

void OpeningTableModel::setReviewStates(const QHash<QString, ReviewState> &states)
{
    m_review = states;
    if (rowCount() > 0)
        emit dataChanged(index(0, Review), index(rowCount() - 1, Review));
}

OpeningTableModel::ReviewState OpeningTableModel::reviewState(int row) const
{
    return m_review.value(m_keys.value(row));
}

int OpeningTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_analysis ? 0 : int(m_analysis->analysis.openings.size());
}

int OpeningTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OpeningTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FromZone: return tr("From zone");
    case ToZone: return tr("To zone");
    case Protocol: return tr("Protocol");
    case Port: return tr("Port");
    case Sources: return tr("Sources");
    case Destinations: return tr("Destinations");
    case Flows: return tr("Flows");
    case Refs: return tr("Seed sections");
    case Phase: return tr("Phase");
    case Traffic: return tr("Origin");
    case Review: return tr("Review");
    case Device: return tr("Device");
    }
    return {};
}

QVariant OpeningTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_analysis)
        return {};
    const Design &d = m_analysis->design;
    const Opening &o = m_analysis->analysis.openings[size_t(index.row())];
    const FlowText text(d, m_analysis->catalogOr(m_catalog));
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case FromZone: return text.zoneName(o.fromZone);
        case ToZone: return text.zoneName(o.toZone);
        case Protocol: return protocolName(o.protocol);
        case Port: return role == SortRole ? QVariant(int(o.range.first)) : QVariant(o.portText);
        case Sources:
            return role == SortRole ? QVariant(int(o.fromHosts.size()))
                                    : QVariant(hostNames(d, o.fromHosts, 4).join(QStringLiteral(", ")));
        case Destinations:
            return role == SortRole ? QVariant(int(o.toHosts.size()))
                                    : QVariant(hostNames(d, o.toHosts, 4).join(QStringLiteral(", ")));
        case Device: return deviceText(d, o);
        case Flows: return int(o.flows.size());
        case Refs: return o.refs.join(QStringLiteral(", "));
        case Phase:
            return o.runtime && o.install ? tr("runtime, install") : o.install ? tr("install") : tr("runtime");
        case Traffic: return o.fallbackOnly ? tr("boundary fallback") : o.localAndFallback ? tr("rule and fallback") : tr("catalog rule");
        case Review: {
            const auto status = ReviewStatus(reviewState(index.row()).status);
            return role == SortRole ? QVariant(int(status)) : QVariant(reviewStatusText(status));
        }
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Review)
            return statusColor(ReviewStatus(reviewState(index.row()).status));
        return {};
    case ReviewStatusRole: return reviewState(index.row()).status;
    case DevicesRole: return o.firewall >= 0 ? QStringList{d.firewalls[size_t(o.firewall)].id} : QStringList();
    case Qt::ToolTipRole: {
        switch (index.column()) {
        case FromZone: return tr("Zone id: %1").arg(o.fromZone >= 0 ? d.zones[size_t(o.fromZone)].id : QString());
        case ToZone: return tr("Zone id: %1").arg(o.toZone >= 0 ? d.zones[size_t(o.toZone)].id : QString());
        case Sources: return hostNames(d, o.fromHosts, 40).join(QLatin1Char('\n'));
        case Destinations: return hostNames(d, o.toHosts, 40).join(QLatin1Char('\n'));
        case Review: {
            const ReviewState state = reviewState(index.row());
            return state.detail.isEmpty() ? reviewStatusText(ReviewStatus(state.status)) : state.detail;
        }
        default: break;
        }
        QStringList lines;
        for (size_t i = 0; i < o.flows.size() && i < 12; ++i)
            lines << text.justification(m_analysis->analysis.flows[size_t(o.flows[i])]);
        if (o.flows.size() > 12)
            lines << tr("… %1 flows in all").arg(o.flows.size());
        return lines.join(QLatin1Char('\n'));
    }
    case HostIdsRole: return hostIds(d, o.fromHosts) + hostIds(d, o.toHosts);
    case HostNamesRole:
        return hostNames(d, o.fromHosts, int(o.fromHosts.size())) + hostNames(d, o.toHosts, int(o.toHosts.size()));
    case CrossingRole: return true;
    case ZonePairRole:
        return (o.fromZone >= 0 ? d.zones[size_t(o.fromZone)].id : QString()) + QLatin1Char('>')
            + (o.toZone >= 0 ? d.zones[size_t(o.toZone)].id : QString());
    case ProtocolRole: return protocolName(o.protocol);
    case PortRole: return o.portText;
    case RefRole: return o.refs.join(QLatin1Char(' '));
    case OpeningKeyRole: return m_keys.value(index.row());
    }
    return {};
}

} // namespace pp::views
