#include "views/panels/FindingsModel.h"

#include <QApplication>
#include <QStyle>

namespace pp::views {

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void FindingsModel::setAnalysis(const AnalysisPtr &analysis)
{
    beginResetModel();
    m_analysis = analysis;
    m_order.clear();
    if (analysis) {
        const auto &findings = analysis->analysis.findings;
        for (Severity s : {Severity::Error, Severity::Warning})
            for (size_t i = 0; i < findings.size(); ++i)
                if (findings[i].severity == s)
                    m_order.push_back(int(i));
    }
    endResetModel();
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_analysis)
        return {};
    const Finding &f = m_analysis->analysis.findings[size_t(m_order[size_t(index.row())])];
    switch (role) {
    case Qt::DisplayRole:
        return f.ref.isEmpty() ? f.message : QStringLiteral("%1  [%2]").arg(f.message, f.ref);
    case Qt::ToolTipRole: return f.message;
    case Qt::DecorationRole:
        return QApplication::style()->standardIcon(f.severity == Severity::Error ? QStyle::SP_MessageBoxCritical
                                                                                 : QStyle::SP_MessageBoxWarning);
    case Qt::AccessibleTextRole:
        return (f.severity == Severity::Error ? tr("Error: ") : tr("Warning: ")) + f.message;
    case SeverityRole: return f.severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
    case HostsRole: return f.hosts;
    case SitesRole: return f.sites;
    case RefRole: return f.ref;
    case CodeRole: return f.code;
    }
    return {};
}

} // namespace pp::views
