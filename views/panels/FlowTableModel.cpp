#include "views/panels/FlowTableModel.h"

#include "model/catalog/Catalog.h"
#include "model/engine/FlowText.h"

#include <QColor>

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
    endResetModel();
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
    const Flow &f = m_analysis->analysis.flows[size_t(index.row())];
    const FlowText text(d, m_analysis->catalogOr(m_catalog));
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case From: return text.fromId(f);
        case To: return text.toId(f);
        case FromZone: return text.fromZoneId(f);
        case ToZone: return text.toZoneId(f);
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
    case Qt::ToolTipRole: return text.justification(f);
    case Qt::ForegroundRole:
        if (f.crossing())
            return QColor(0xa0, 0x40, 0x00);
        return {};
    case FlowIndexRole: return index.row();
    case PairKeyRole: return pairKey(text.fromId(f), text.toId(f));
    case HostIdsRole: return QStringList{text.fromId(f), text.toId(f)};
    case CrossingRole: return f.crossing();
    case ZonePairRole: return text.fromZoneId(f) + QLatin1Char('>') + text.toZoneId(f);
    case ProtocolRole: return protocolName(f.protocol);
    case PortRole: return text.port(f);
    case RefRole: return text.ref(f);
    }
    return {};
}

} // namespace pp::views
