#pragma once

#include <QAbstractTableModel>
#include <QHash>

#include <memory>
#include <vector>

#include "model/audit/PolicyAudit.h"
#include "model/design/Verification.h"
#include "model/engine/AnalysisSnapshot.h"
#include "views/panels/ItemRoles.h"

namespace pp {
class Catalog;
class VerificationStatus;
}

namespace pp::views {

/// Every opening (firewall rule) of the current analysis, with what an
/// audit against an existing policy and the imported verification results
/// say of it (issue 15).
class OpeningTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { FromZone, ToZone, Protocol, Port, Sources, Destinations, Flows, Refs, Phase, Traffic, Device, Review, Policy, Verification,
                  ColumnCount };

    /// Where the security review stands on one opening.
    struct ReviewState
    {
        int status = 0;     ///< ReviewStatus
        QString detail;     ///< who decided what, when, and the comment
    };

    explicit OpeningTableModel(const Catalog &catalog, QObject *parent = nullptr);
    ~OpeningTableModel() override;

    void setAnalysis(const AnalysisPtr &analysis);
    /// The review's state by opening key (FlowText::openingKey); openings
    /// without an entry are pending.
    void setReviewStates(const QHash<QString, ReviewState> &states);
    /// The latest audit against a policy (an empty report clears the column).
    void setAudit(const AuditReport &report);
    /// True once an audit has said something of the openings.
    bool hasAudit() const { return !m_audit.isEmpty(); }
    /// The document's verification records (they change without a recompute).
    void setVerifications(const std::vector<VerificationRecord> &records);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ReviewState reviewState(int row) const;
    void updateVerification();
    QVariant policyData(const QString &key, int role) const;
    QVariant verificationData(int row, int role) const;

    const Catalog &m_catalog;
    AnalysisPtr m_analysis;
    QStringList m_keys; ///< opening keys by row
    QHash<QString, ReviewState> m_review;
    QHash<QString, AuditItem> m_audit; ///< by opening key
    std::vector<VerificationRecord> m_records;
    std::unique_ptr<VerificationStatus> m_verification;
};

} // namespace pp::views
