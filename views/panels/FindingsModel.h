#pragma once

#include <QAbstractListModel>

#include "model/engine/AnalysisSnapshot.h"

namespace pp::views {

/// The validation findings: errors first, then warnings.
class FindingsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { SeverityRole = Qt::UserRole + 1, HostsRole, SitesRole, RefRole, CodeRole };

    explicit FindingsModel(QObject *parent = nullptr);
    void setAnalysis(const AnalysisPtr &analysis);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    AnalysisPtr m_analysis;
    std::vector<int> m_order; ///< errors before warnings, stable
};

} // namespace pp::views
