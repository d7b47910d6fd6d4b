#include "app/designer/CheckController.h"

#include "app/commands/Edits.h"
#include "app/designer/AnalysisRunner.h"
#include "model/audit/PolicyReader.h"
#include "model/catalog/Catalog.h"
#include "model/document/DesignDocument.h"
#include "model/verify/VerificationImport.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>

namespace pp::app {

CheckController::CheckController(QMainWindow *window, commands::Edits *edits, const DesignDocument *document,
                                 AnalysisRunner *runner, const Catalog &catalog)
    : QObject(window)
    , m_window(window)
    , m_edits(edits)
    , m_document(document)
    , m_runner(runner)
    , m_catalog(catalog)
{
}

QString CheckController::auditSummary() const
{
    QStringList lines;
    lines << tr("%1 opening(s) against %2: %3 allowed, %4 partly allowed, %5 missing.")
                 .arg(m_audit.items.size())
                 .arg(m_policyName)
                 .arg(m_audit.count(AuditStatus::Allowed))
                 .arg(m_audit.count(AuditStatus::Partial))
                 .arg(m_audit.count(AuditStatus::Missing));
    if (!m_audit.findings.empty())
        lines << tr("%n rule(s) reach ConfigMgr hosts wider than the design needs:", nullptr, int(m_audit.findings.size()));
    for (const AuditFinding &f : m_audit.findings)
        lines << QStringLiteral("  ") + f.message;
    for (const QString &n : m_audit.notes)
        lines << tr("Note: %1").arg(n);
    return lines.join(QLatin1Char('\n'));
}

void CheckController::onAnalysis(const AnalysisPtr &analysis)
{
    if (!m_policy || !analysis)
        return;
    m_audit = PolicyAudit::run(analysis->design, analysis->catalogOr(m_catalog), analysis->analysis, *m_policy);
    emit auditChanged(m_audit);
}

bool CheckController::auditPolicyFile(const QString &path, QString *report)
{
    const PolicyReadResult read = PolicyReader::load(path);
    if (!read.ok()) {
        *report = tr("The policy could not be read: %1").arg(read.error);
        return false;
    }
    m_policy = read.policy;
    m_policyName = QFileInfo(path).fileName();
    m_runner->waitForIdle();
    onAnalysis(m_runner->current());
    *report = auditSummary();
    return true;
}

bool CheckController::importResultsFiles(const QStringList &paths, QString *report)
{
    m_runner->waitForIdle();
    const AnalysisPtr analysis = m_runner->current();
    if (!analysis || paths.isEmpty())
        return false;
    Design design = analysis->design;
    design.verifications = m_document->design().verifications;
    const Catalog &catalog = analysis->catalogOr(m_catalog);
    QStringList lines;
    int openings = 0, matched = 0;
    for (const QString &path : paths) {
        QFile file(path);
        const QString name = QFileInfo(path).fileName();
        if (!file.open(QIODevice::ReadOnly)) {
            *report = tr("%1 could not be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
            return false;
        }
        const VerifyResults results = VerifyResults::parse(file.readAll());
        if (!results.ok()) {
            *report = tr("Nothing was imported: %1: %2").arg(name, results.error);
            return false;
        }
        const auto outcome = VerificationImport::apply(design, catalog, analysis->analysis, results, name);
        design.verifications = outcome.records;
        openings += outcome.openings;
        matched += outcome.matched;
        for (const QString &n : outcome.notes)
            lines << QStringLiteral("%1: %2").arg(name, n);
    }
    const QString text = paths.size() == 1 ? tr("Import verification results %1").arg(QFileInfo(paths.front()).fileName())
                                           : tr("Import %n verification result file(s)", nullptr, int(paths.size()));
    m_edits->setVerifications(design.verifications, text);
    lines.prepend(tr("%1 result line(s) matched, %2 opening(s) updated.").arg(matched).arg(openings));
    *report = lines.join(QLatin1Char('\n'));
    return true;
}

void CheckController::auditAgainstPolicy()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Audit against policy"), QString(),
        tr("Firewall policies (*.json *.rules *.txt *.pol *.xml *.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QString report;
    const bool ok = auditPolicyFile(path, &report);
    QMessageBox box(ok ? QMessageBox::Information : QMessageBox::Warning, tr("Audit against policy"),
                    report.section(QLatin1Char('\n'), 0, 1), QMessageBox::Ok, m_window);
    if (report.contains(QLatin1Char('\n')))
        box.setDetailedText(report);
    box.exec();
}

void CheckController::importVerificationResults()
{
    const QStringList paths = QFileDialog::getOpenFileNames(m_window, tr("Import verification results"), QString(),
                                                            tr("Verification results (*.csv *.json);;All files (*)"));
    if (paths.isEmpty())
        return;
    QString report;
    const bool ok = importResultsFiles(paths, &report);
    QMessageBox box(ok ? QMessageBox::Information : QMessageBox::Warning, tr("Import verification results"),
                    report.section(QLatin1Char('\n'), 0, 0), QMessageBox::Ok, m_window);
    if (report.contains(QLatin1Char('\n')))
        box.setDetailedText(report);
    box.exec();
}

} // namespace pp::app
