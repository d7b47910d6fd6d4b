// What the export dialog exports: the whole design, only what changed since
// a baseline design (File > Compare With), or only what an audited policy
// does not allow yet (issue 15); the request is built off the UI thread.
#include "app/designer/ExportDialog.h"

#include "model/audit/AuditSubset.h"
#include "model/audit/PolicyAudit.h"
#include "model/catalog/Catalog.h"
#include "model/engine/RulesEngine.h"
#include "model/export/ChangeRequestBuilder.h"
#include "model/export/OpeningDelta.h"
#include "model/file/DesignFile.h"
#include "model/review/RiskRules.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QtConcurrent/QtConcurrentRun>

namespace pp::app {

void ExportDialog::setAudit(const AuditReport &report)
{
    m_audit = std::make_shared<const AuditReport>(report);
    m_notAllowed->show();
    if (m_notAllowed->isChecked())
        rebuild();
}

void ExportDialog::setOnlyNotAllowed(bool on)
{
    if (on && !m_audit)
        return;
    if (m_notAllowed->isChecked() != on) {
        m_notAllowed->setChecked(on); // comes back here through toggled
        return;
    }
    // A delta against a baseline and a delta against the policy do not mix:
    // the one chosen last counts.
    if (on && m_baseline) {
        m_baseline.reset();
        m_baselinePath.clear();
        m_baselineEdit->clear();
        setWindowTitle(tr("Export change request"));
    }
    rebuild();
}

bool ExportDialog::onlyNotAllowed() const
{
    return m_audit && m_notAllowed->isChecked();
}

bool ExportDialog::setBaseline(const QString &path, QString *error)
{
    LoadResult loaded = DesignFile::load(path, m_catalog);
    if (!loaded.ok()) {
        if (error)
            *error = loaded.errorText();
        return false;
    }
    auto baseline = std::make_shared<AnalysisSnapshot>();
    baseline->design = std::move(*loaded.design);
    // The baseline follows its own catalog (loading refused unknown ones).
    baseline->catalog = Catalog::forDesign(baseline->design.catalog);
    m_baseline = std::move(baseline); // analysed with the request, off this thread
    m_baselinePath = path;
    m_baselineEdit->setText(QFileInfo(path).fileName());
    {
        const QSignalBlocker block(m_notAllowed); // the baseline chosen last counts
        m_notAllowed->setChecked(false);
    }
    setWindowTitle(tr("Changes since %1").arg(QFileInfo(path).fileName()));
    rebuild();
    return true;
}

bool ExportDialog::chooseBaseline()
{
    // Parented to the main window when the dialog is not on screen yet
    // (File > Compare With asks for the file first).
    QWidget *parent = isVisible() ? this : parentWidget();
    const QString path = QFileDialog::getOpenFileName(parent, tr("Compare with an earlier design"),
                                                      QFileInfo(m_currentPath).absolutePath(),
                                                      tr("PortPlanner designs (*.portplan)"));
    if (path.isEmpty())
        return false;
    QString error;
    if (setBaseline(path, &error))
        return true;
    QMessageBox::critical(parent, tr("Compare with"), tr("%1 could not be read:\n%2").arg(path, error));
    return false;
}

void ExportDialog::rebuild()
{
    // A request being built finishes first (it cannot be stopped halfway);
    // its result is then thrown away for this one.
    m_building.waitForFinished();
    m_request.reset();
    m_summary->setText(tr("Preparing the change request…"));
    const AnalysisPtr current = m_current;
    const std::shared_ptr<const AnalysisSnapshot> baseline = m_baseline;
    const std::shared_ptr<const AuditReport> audit = onlyNotAllowed() ? m_audit : nullptr;
    const Catalog &catalog = currentCatalog();
    const Catalog &baselineCatalog = baseline ? baseline->catalogOr(m_catalog) : m_catalog;
    m_building.setFuture(QtConcurrent::run([current, baseline, audit, &catalog, &baselineCatalog] {
        ChangeRequestOptions options;
        options.risk = riskRulesProvider(RiskRules::builtin());
        Built built;
        built.source = current;
        if (audit) {
            // Issue 15: only what the policy does not allow yet, as the CLI's
            // audit --request; every writer then reads this subset.
            auto subset = std::make_shared<AnalysisSnapshot>();
            subset->design = current->design;
            subset->analysis = notYetAllowed(current->design, catalog, current->analysis, *audit);
            subset->pairs = current->pairs;
            subset->generation = current->generation;
            subset->catalog = current->catalog;
            built.source = subset;
            built.request = std::make_shared<ChangeRequest>(
                ChangeRequestBuilder::build(subset->design, catalog, subset->analysis, options));
            return built;
        }
        if (!baseline) {
            built.request = std::make_shared<ChangeRequest>(
                ChangeRequestBuilder::build(current->design, catalog, current->analysis, options));
            return built;
        }
        auto analysed = std::make_shared<AnalysisSnapshot>();
        analysed->design = baseline->design;
        analysed->catalog = baseline->catalog;
        analysed->analysis = RulesEngine(baselineCatalog).analyze(analysed->design);
        const OpeningDelta delta = OpeningDelta::compare(analysed->design, analysed->analysis, current->design,
                                                         current->analysis, catalog);
        built.request = std::make_shared<ChangeRequest>(
            ChangeRequestBuilder::build(delta, analysed->design, analysed->analysis, baselineCatalog, current->design,
                                        current->analysis, catalog, options));
        built.baseline = analysed;
        built.added = delta.count(DeltaKind::Added);
        built.changed = delta.count(DeltaKind::Changed);
        built.removed = delta.count(DeltaKind::Removed);
        built.unchanged = delta.unchanged;
        return built;
    }));
}

void ExportDialog::applyRequest()
{
    if (m_request || !m_building.future().isValid() || !m_building.isFinished())
        return;
    const Built built = m_building.result();
    m_request = built.request;
    m_source = built.source;
    if (m_source != m_current) {
        const int total = int(m_current->analysis.openings.size());
        const int shown = int(m_source->analysis.openings.size());
        m_summary->setText(tr("Only what the policy does not allow yet: %1 of %2 opening(s); %3 request line(s) in "
                              "%4 firewall rule(s).")
                               .arg(shown)
                               .arg(total)
                               .arg(m_request->lines.size())
                               .arg(m_request->rules.size()));
    } else if (built.baseline) {
        m_summary->setText(tr("Since %1: %2 opening(s) to add, %3 to modify, %4 to remove; %5 unchanged.")
                               .arg(m_baselineEdit->text())
                               .arg(built.added)
                               .arg(built.changed)
                               .arg(built.removed)
                               .arg(built.unchanged));
    } else {
        m_summary->setText(tr("%1 request line(s) in %2 firewall rule(s).").arg(m_request->lines.size()).arg(m_request->rules.size()));
    }
    if (!m_request->warnings.isEmpty()) {
        const QStringList first = m_request->warnings.mid(0, 3);
        QString text = tr("Warnings: %1").arg(first.join(QStringLiteral("; ")));
        if (m_request->warnings.size() > first.size())
            text += QLatin1Char(' ') + tr("and %1 more").arg(m_request->warnings.size() - first.size());
        m_summary->setText(m_summary->text() + QLatin1Char('\n') + text);
    }
    updatePreview();
}

const Catalog &ExportDialog::currentCatalog() const
{
    return m_current->catalogOr(m_catalog);
}

const ChangeRequest &ExportDialog::request()
{
    m_building.waitForFinished();
    applyRequest();
    return *m_request;
}

} // namespace pp::app
