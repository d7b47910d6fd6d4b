#pragma once

#include <QObject>
#include <QStringList>

#include "model/audit/Policy.h"
#include "model/audit/PolicyAudit.h"
#include "model/engine/AnalysisSnapshot.h"

#include <optional>

class QMainWindow;

namespace pp {
class Catalog;
class DesignDocument;
} // namespace pp

namespace pp::commands {
class Edits;
}

namespace pp::app {

class AnalysisRunner;

/// The reality checks of issue 15 in the designer: File > Audit Against
/// Policy holds every opening against an existing firewall policy (and
/// again after every change of the design, until another policy is read);
/// File > Import Verification Results reads what verify-script's checks
/// said into the design as one undoable step.
class CheckController : public QObject
{
    Q_OBJECT

public:
    CheckController(QMainWindow *window, commands::Edits *edits, const DesignDocument *document,
                    AnalysisRunner *runner, const Catalog &catalog);

    /// Reads a policy and audits the openings; `report` says what it found
    /// or why the file could not be read (then false).
    bool auditPolicyFile(const QString &path, QString *report);
    /// Imports results files as one undoable step; `report` as above.
    bool importResultsFiles(const QStringList &paths, QString *report);
    const AuditReport &audit() const { return m_audit; }
    /// True once a policy has been read: audit() is then the current design's.
    bool hasAudit() const { return m_policy.has_value(); }

    void auditAgainstPolicy();
    void importVerificationResults();
    /// Re-runs the audit on a new analysis.
    void onAnalysis(const AnalysisPtr &analysis);

signals:
    void auditChanged(const pp::AuditReport &report);

private:
    QString auditSummary() const;

    QMainWindow *m_window;
    commands::Edits *m_edits;
    const DesignDocument *m_document;
    AnalysisRunner *m_runner;
    const Catalog &m_catalog;
    std::optional<Policy> m_policy;
    QString m_policyName;
    AuditReport m_audit;
};

} // namespace pp::app
