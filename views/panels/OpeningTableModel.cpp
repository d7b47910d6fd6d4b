#include "views/panels/OpeningTableModel.h"

#include "model/catalog/Catalog.h"
#include "model/engine/FlowText.h"

namespace pp::views {

namespace {

QStringList hostNames(const Design &d, const std::vector<int> &hosts, int limit)
{
    QStringList out;
    for (int h : hosts) {
        if (out.size() == limit) {
            out << QObject::tr("+%1 more").arg(int(hosts.size()) - limit);
            break;
        }
        out << d.hosts[size_t(h)].id;
    }
    return out;
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
    endResetModel();
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
        case Flows: return int(o.flows.size());
        case Refs: return o.refs.join(QStringLiteral(", "));
        case Phase:
            return o.runtime && o.install ? tr("runtime, install") : o.install ? tr("install") : tr("runtime");
        case Traffic: return o.fallbackOnly ? tr("boundary fallback") : o.localAndFallback ? tr("rule and fallback") : tr("catalog rule");
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList lines;
        for (size_t i = 0; i < o.flows.size() && i < 12; ++i)
            lines << text.justification(m_analysis->analysis.flows[size_t(o.flows[i])]);
        if (o.flows.size() > 12)
            lines << tr("… %1 flows in all").arg(o.flows.size());
        return lines.join(QLatin1Char('\n'));
    }
    case HostIdsRole: {
        QStringList ids = hostNames(d, o.fromHosts, int(o.fromHosts.size()));
        ids += hostNames(d, o.toHosts, int(o.toHosts.size()));
        return ids;
    }
    case CrossingRole: return true;
    case ZonePairRole:
        return (o.fromZone >= 0 ? d.zones[size_t(o.fromZone)].id : QString()) + QLatin1Char('>')
            + (o.toZone >= 0 ? d.zones[size_t(o.toZone)].id : QString());
    case ProtocolRole: return protocolName(o.protocol);
    case PortRole: return o.portText;
    case RefRole: return o.refs.join(QLatin1Char(' '));
    case OpeningKeyRole: return text.openingKey(o);
    }
    return {};
}

} // namespace pp::views
