#include "views/panels/FlowTableModel.h"

#include "model/catalog/Catalog.h"
#include "model/engine/FlowText.h"
#include "views/panels/FlowSortKeys.h"

#include <QColor>

#include <algorithm>
#include <numeric>

namespace pp::views {

namespace {

QString pairKey(const QString &a, const QString &b)
{
    return a < b ? a + QLatin1Char('|') + b : b + QLatin1Char('|') + a;
}

QString phaseText(Phase p)
{
    return p == Phase::Install ? QObject::tr("install") : QObject::tr("runtime");
}

} // namespace

FlowTableModel::FlowTableModel(const Catalog &catalog, QObject *parent)
    : QAbstractTableModel(parent)
    , m_catalog(catalog)
{
}

void FlowTableModel::setAnalysis(const AnalysisPtr &analysis)
{
    beginResetModel();
    m_analysis = analysis;
    m_crossing.clear();
    m_keys.clear();
    if (analysis) {
        m_crossing.reserve(analysis->analysis.flows.size());
        for (const Flow &f : analysis->analysis.flows)
            m_crossing.push_back(f.crossing() ? 1 : 0);
    }
    m_order = sortedOrder(m_sortColumn, m_sortOrder);
    endResetModel();
}

std::vector<int> FlowTableModel::sortedOrder(int column, Qt::SortOrder order) const
{
    if (!m_analysis || column < 0 || column >= ColumnCount)
        return {};
    // The table's own words for its few fixed values, so they sort as shown.
    const auto words = [](const char *w) {
        const QLatin1String word(w);
        if (word == QLatin1String("yes"))
            return tr("yes");
        if (word == QLatin1String("no"))
            return tr("no");
        if (word == QLatin1String("install"))
            return phaseText(Phase::Install);
        if (word == QLatin1String("runtime"))
            return phaseText(Phase::Runtime);
        if (word == QLatin1String("boundary fallback"))
            return tr("boundary fallback");
        if (word == QLatin1String("manual link"))
            return tr("manual link");
        return tr("catalog rule");
    };
    auto cached = m_keys.find(column);
    if (cached == m_keys.end())
        cached = m_keys.emplace(column, FlowSortKeys::keys(*m_analysis, m_analysis->catalogOr(m_catalog), column, words)).first;
    const std::vector<quint32> &keys = cached->second;
    // Keys are ranks (or ports): a counting sort, stable, in linear time.
    const quint32 buckets = keys.empty() ? 0 : *std::max_element(keys.begin(), keys.end()) + 1;
    std::vector<int> start(size_t(buckets) + 1, 0);
    for (quint32 k : keys)
        ++start[size_t(order == Qt::AscendingOrder ? k : buckets - 1 - k) + 1];
    std::partial_sum(start.begin(), start.end(), start.begin());
    std::vector<int> rows(keys.size());
    for (size_t i = 0; i < keys.size(); ++i)
        rows[size_t(start[size_t(order == Qt::AscendingOrder ? keys[i] : buckets - 1 - keys[i])]++)] = int(i);
    return rows;
}

void FlowTableModel::sortFlows(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    applyOrder(sortedOrder(column, order));
}

void FlowTableModel::applyOrder(std::vector<int> order)
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // Each persistent index keeps its flow: old row -> flow -> new row.
    const QModelIndexList before = persistentIndexList();
    std::vector<int> flows;
    flows.reserve(size_t(before.size()));
    for (const QModelIndex &i : before)
        flows.push_back(flowIndex(i.row()));
    m_order = std::move(order);
    std::vector<int> rowOf(m_order.size());
    for (size_t r = 0; r < m_order.size(); ++r)
        rowOf[size_t(m_order[r])] = int(r);
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int flow = flows[size_t(i)];
        after << index(m_order.empty() ? flow : rowOf[size_t(flow)], before[i].column());
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

int FlowTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_analysis ? 0 : int(m_analysis->analysis.flows.size());
}

int FlowTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FlowTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case From: return tr("From");
    case To: return tr("To");
    case FromZone: return tr("From zone");
    case ToZone: return tr("To zone");
    case Protocol: return tr("Protocol");
    case Port: return tr("Port");
    case Ref: return tr("Seed section");
    case Crossing: return tr("Crossing");
    case Phase: return tr("Phase");
    case Traffic: return tr("Origin");
    case Description: return tr("Description");
    }
    return {};
}

QVariant FlowTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_analysis)
        return {};
    const Design &d = m_analysis->design;
    const Flow &f = m_analysis->analysis.flows[size_t(flowIndex(index.row()))];
    const FlowText text(d, m_analysis->catalogOr(m_catalog));
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        // Names, as a person reads them; ids are in the tooltips.
        case From: return text.hostName(f.from);
        case To: return text.hostName(f.to);
        case FromZone: return text.zoneName(f.fromZone);
        case ToZone: return text.zoneName(f.toZone);
        case Protocol: return protocolName(f.protocol);
        case Port:
            if (role == SortRole)
                return int(f.range.first);
            return text.port(f);
        case Ref: return text.ref(f);
        case Crossing: return f.crossing() ? tr("yes") : tr("no");
        case Phase: return phaseText(f.phase);
        case Traffic: return f.has(FlowFallback) ? tr("boundary fallback") : f.has(FlowManual) ? tr("manual link") : tr("catalog rule");
        case Description: return text.description(f);
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case From: return tr("Host id: %1").arg(text.fromId(f));
        case To: return tr("Host id: %1").arg(text.toId(f));
        case FromZone: return tr("Zone id: %1").arg(text.fromZoneId(f));
        case ToZone: return tr("Zone id: %1").arg(text.toZoneId(f));
        default: return text.justification(f);
        }
    case Qt::ForegroundRole:
        if (f.crossing())
            return QColor(0xa0, 0x40, 0x00);
        return {};
    case FlowIndexRole: return flowIndex(index.row());
    case PairKeyRole: return pairKey(text.fromId(f), text.toId(f));
    case HostIdsRole: return QStringList{text.fromId(f), text.toId(f)};
    case HostNamesRole: return QStringList{text.hostName(f.from), text.hostName(f.to)};
    case CrossingRole: return f.crossing();
    case ZonePairRole: return text.fromZoneId(f) + QLatin1Char('>') + text.toZoneId(f);
    case DevicesRole: {
        QStringList ids;
        for (const PathHop &hop : m_analysis->analysis.pathOf(f))
            ids << text.firewallId(hop.firewall);
        return ids;
    }
    case ProtocolRole: return protocolName(f.protocol);
    case PortRole: return text.port(f);
    case RefRole: return text.ref(f);
    }
    return {};
}

} // namespace pp::views
