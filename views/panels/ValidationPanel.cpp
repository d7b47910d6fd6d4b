#include "views/panels/ValidationPanel.h"

#include "views/panels/FindingsModel.h"

#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace pp::views {

ValidationPanel::ValidationPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new FindingsModel(this))
    , m_view(new QListView(this))
    , m_summary(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_view);
    m_view->setModel(m_model);
    m_view->setWordWrap(true);
    m_view->setUniformItemSizes(false);
    m_view->setAlternatingRowColors(true);
    auto activate = [this](const QModelIndex &index) {
        const QStringList hosts = index.data(FindingsModel::HostsRole).toStringList();
        if (!hosts.isEmpty())
            emit hostsRequested(hosts);
        else if (!index.data(FindingsModel::SitesRole).toStringList().isEmpty())
            emit siteRequested(index.data(FindingsModel::SitesRole).toStringList().constFirst());
    };
    connect(m_view, &QListView::activated, this, activate);
    connect(m_view, &QListView::clicked, this, activate);
    retranslate();
}

void ValidationPanel::retranslate()
{
    m_view->setAccessibleName(tr("Validation findings"));
    m_view->setAccessibleDescription(tr("Errors and warnings; activate one to select the hosts it names"));
    setAnalysis(m_analysis);
}

void ValidationPanel::setAnalysis(const AnalysisPtr &analysis)
{
    m_analysis = analysis;
    m_model->setAnalysis(analysis);
    const int errors = analysis ? analysis->analysis.errorCount() : 0;
    const int warnings = analysis ? analysis->analysis.warningCount() : 0;
    // Singular and plural as whole phrases: no English plural rules needed.
    m_summary->setText(errors + warnings == 0
                           ? tr("No errors or warnings.")
                           : (errors == 1 ? tr("1 error") : tr("%1 errors").arg(errors)) + QStringLiteral(", ")
                               + (warnings == 1 ? tr("1 warning") : tr("%1 warnings").arg(warnings)));
}

} // namespace pp::views
