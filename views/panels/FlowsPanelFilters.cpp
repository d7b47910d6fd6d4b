// FlowsPanel's filter choices: the zones, review states, policy states
// (issue 15) and firewalls the combos offer, and their widths. The panel's
// tables and selection are in FlowsPanel.cpp.
#include "views/panels/FlowsPanel.h"

#include "model/review/ReviewSheet.h"
#include "views/panels/FlowFilterProxy.h"

#include <QComboBox>
#include <QTabWidget>
#include <QTableView>

#include <algorithm>

namespace pp::views {

void FlowsPanel::updateReviewChoices()
{
    const int current = std::max(0, m_review->currentIndex());
    QSignalBlocker block(m_review);
    m_review->clear();
    auto statuses = [](std::initializer_list<ReviewStatus> list) {
        QVariantList out;
        for (ReviewStatus s : list)
            out << int(s);
        return out;
    };
    m_review->addItem(tr("Any review state"), QVariantList());
    m_review->addItem(tr("Undecided (pending or needs re-review)"), statuses({ReviewStatus::Pending, ReviewStatus::Stale}));
    for (ReviewStatus s : {ReviewStatus::Pending, ReviewStatus::Approved, ReviewStatus::Rejected, ReviewStatus::Questioned,
                           ReviewStatus::Stale})
        m_review->addItem(reviewStatusText(s), statuses({s}));
    m_review->setCurrentIndex(current);
}

void FlowsPanel::setReviewStates(const QHash<QString, OpeningTableModel::ReviewState> &states)
{
    m_openingModel->setReviewStates(states);
    if (!m_review->currentData().toList().isEmpty()) {
        m_openingProxy->invalidate(); // decisions moved rows in or out of the filter
        updateCount();
    }
}

void FlowsPanel::fitFilters()
{
    // A combo's minimum contents length counts "x" widths: Chinese
    // characters take about two each, so measure the words themselves.
    const QFontMetrics fm(font());
    const int x = std::max(1, fm.horizontalAdvance(QLatin1Char('x')));
    for (QComboBox *box : {m_fromZone, m_toZone, m_protocol, m_review, m_policy, m_device})
        if (box->count() > 0) {
            // The policy (Qt 6 has only the "with icon" one) keeps room for
            // an icon these choices do not have: count it in.
            const int text = std::max(x, fm.horizontalAdvance(box->itemText(0)) - box->iconSize().width() - 4);
            box->setMinimumContentsLength((text + x - 1) / x);
        }
}

void FlowsPanel::updateZoneChoices()
{
    for (QComboBox *box : {m_fromZone, m_toZone}) {
        const QString current = box->currentData().toString();
        QSignalBlocker block(box);
        box->clear();
        box->addItem(box == m_fromZone ? tr("From any zone") : tr("To any zone"), QString());
        if (m_analysis)
            for (const Zone &z : m_analysis->design.zones)
                box->addItem(z.name.isEmpty() ? z.id : z.name, z.id);
        const int index = box->findData(current);
        box->setCurrentIndex(index < 0 ? 0 : index);
    }
}

void FlowsPanel::showDevice(const QString &firewallId)
{
    const int index = m_device->findData(firewallId);
    if (index >= 0)
        m_device->setCurrentIndex(index);
    m_tabs->setCurrentWidget(m_openingsView);
}

void FlowsPanel::updateDeviceChoices()
{
    const bool devices = m_analysis && !m_analysis->design.firewalls.empty();
    m_openingsView->setColumnHidden(OpeningTableModel::Device, !devices);
    const QString current = m_device->currentData().toString();
    {
        QSignalBlocker block(m_device);
        m_device->clear();
        m_device->addItem(tr("Any firewall"), QString());
        if (devices)
            for (const Firewall &fw : m_analysis->design.firewalls)
                m_device->addItem(fw.name.isEmpty() ? fw.id : fw.name, fw.id);
        const int index = m_device->findData(current);
        m_device->setCurrentIndex(index < 0 ? 0 : index);
    }
    m_device->setVisible(devices);
    if (m_device->currentData().toString() != current) // the firewall is gone: show every row again
        for (FlowFilterProxy *p : {m_flowProxy, m_openingProxy})
            p->setDevice(QString());
}


void FlowsPanel::updatePolicyChoices()
{
    const int current = std::max(0, m_policy->currentIndex());
    QSignalBlocker block(m_policy);
    m_policy->clear();
    auto statuses = [](std::initializer_list<AuditStatus> list) {
        QVariantList out;
        for (AuditStatus s : list)
            out << int(s);
        return out;
    };
    m_policy->addItem(tr("Any policy state"), QVariantList());
    // What a team files: the openings the policy does not allow yet.
    m_policy->addItem(tr("Not allowed yet (missing or partial)"), statuses({AuditStatus::Missing, AuditStatus::Partial}));
    m_policy->addItem(tr("Allowed by the policy"), statuses({AuditStatus::Allowed}));
    m_policy->addItem(tr("Partly allowed"), statuses({AuditStatus::Partial}));
    m_policy->addItem(tr("Missing from the policy"), statuses({AuditStatus::Missing}));
    m_policy->setCurrentIndex(current);
}

void FlowsPanel::setAudit(const AuditReport &report)
{
    m_openingModel->setAudit(report);
    updatePolicyVisibility();
    if (!m_policy->currentData().toList().isEmpty()) {
        m_openingProxy->invalidate(); // statuses moved rows in or out of the filter
        updateCount();
    }
}

void FlowsPanel::setPolicyFilter(AuditStatusFilter filter)
{
    m_policy->setCurrentIndex(int(filter));
}

void FlowsPanel::updatePolicyVisibility()
{
    // Once an audit has run, and for the openings (flows have no policy state).
    m_policy->setVisible(m_openingModel->hasAudit() && m_tabs->currentWidget() == m_openingsView);
}

} // namespace pp::views
