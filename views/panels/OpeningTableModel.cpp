#include "views/panels/OpeningTableModel.h"

#include "model/catalog/Catalog.h"
#include "model/engine/FlowText.h"
#include "model/review/ReviewSheet.h"
#include "model/verify/VerificationStatus.h"

#include <QBrush>
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

OpeningTableModel::~OpeningTableModel() = default;

void OpeningTableModel::setAnalysis(const AnalysisPtr &analysis)
{
    beginResetModel();
    m_analysis = analysis;
    m_keys.clear();
    if (analysis) {
        const FlowText text(analysis->design, analysis->catalogOr(m_catalog));
        for (const Opening &o : analysis->analysis.openings)
            m_keys << text.openingKey(o);
    }
    updateVerification();
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

void OpeningTableModel::setAudit(const AuditReport &report)
{
    m_audit.clear();
    for (const AuditItem &i : report.items)
        m_audit.insert(i.key, i);
    if (rowCount() > 0)
        emit dataChanged(index(0, Policy), index(rowCount() - 1, Policy));
}

void OpeningTableModel::setVerifications(const std::vector<VerificationRecord> &records)
{
    m_records = records;
    updateVerification();
    if (rowCount() > 0)
        emit dataChanged(index(0, Verification), index(rowCount() - 1, Verification));
}

void OpeningTableModel::updateVerification()
{
    m_verification.reset();
    if (m_analysis)
        m_verification = std::make_unique<VerificationStatus>(m_analysis->design, m_analysis->catalogOr(m_catalog),
                                                              m_analysis->analysis, m_records);
}

QVariant OpeningTableModel::policyData(const QString &key, int role) const
{
    const auto it = m_audit.constFind(key);
    if (it == m_audit.constEnd())
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        return it->status == AuditStatus::Allowed ? tr("allowed") : it->status == AuditStatus::Partial ? tr("partial")
                                                                                                          : tr("missing");
    case Qt::ForegroundRole:
        return QBrush(it->status == AuditStatus::Allowed ? QColor(0x1b, 0x7f, 0x3b)
                      : it->status == AuditStatus::Partial ? QColor(0xa6, 0x5f, 0x00)
                                                           : QColor(0xb0, 0x20, 0x20));
    case Qt::ToolTipRole: {
        QStringList lines;
        if (!it->rules.isEmpty())
            lines << tr("Allowed by: %1").arg(it->rules.join(QStringLiteral(", ")));
        if (!it->missing.isEmpty())
            lines << tr("Still missing: %1").arg(it->missing.mid(0, 10).join(QStringLiteral("; ")));
        if (!it->deniedBy.isEmpty())
            lines << tr("Blocked by: %1").arg(it->deniedBy.join(QStringLiteral(", ")));
        return lines.join(QLatin1Char('\n'));
    }
    }
    return {};
}

QVariant OpeningTableModel::verificationData(int row, int role) const
{
    if (!m_verification)
        return {};
    const VerificationState s = m_verification->state(row);
    const VerificationRecord *r = m_verification->record(row);
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (s) {
        case VerificationState::Verified: return tr("verified");
        case VerificationState::Failed: return tr("failed");
        case VerificationState::Stale: return tr("check again");
        case VerificationState::Untested: return r ? tr("untested") : QString();
        }
        return {};
    case Qt::ForegroundRole:
        if (s == VerificationState::Verified)
            return QBrush(QColor(0x1b, 0x7f, 0x3b));
        if (s == VerificationState::Failed)
            return QBrush(QColor(0xb0, 0x20, 0x20));
        return {};
    case Qt::ToolTipRole:
        if (!r)
            return tr("No verification result yet");
        return tr("%1 passed, %2 failed, %3 untested; %4 from %5").arg(r->passed).arg(r->failed).arg(r->untested)
                   .arg(r->time, r->source)
            + (r->failures.isEmpty() ? QString() : QLatin1Char('\n') + r->failures.mid(0, 10).join(QLatin1Char('\n')))
            + (s == VerificationState::Stale ? QLatin1Char('\n') + tr("The opening changed since it was checked.") : QString());
    }
    return {};
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
    case Policy: return tr("Policy");
    case Verification: return tr("Verified");
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
    const bool statusRole = role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole
        || role == Qt::ForegroundRole;
    if (statusRole && index.column() == Policy)
        return policyData(m_keys.value(index.row()), role);
    if (statusRole && index.column() == Verification)
        return verificationData(index.row(), role);
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
    case PolicyStatusRole: {
        const auto it = m_audit.constFind(m_keys.value(index.row()));
        return it == m_audit.constEnd() ? QVariant() : QVariant(int(it->status));
    }
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
