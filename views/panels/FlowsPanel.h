#pragma once

#include <QWidget>

#include "model/engine/AnalysisSnapshot.h"
#include "views/panels/OpeningTableModel.h"

#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLayout;
class QLineEdit;
class QScrollArea;
class QTabWidget;
class QTableView;

namespace pp {
class Catalog;
}

namespace pp::views {

class FlowFilterProxy;
class FlowTableModel;

/// The flows and openings tables with their filter bar. Selecting rows
/// announces the hosts and connections they name; the canvas answers with
/// selectPairs() so both stay in step.
class FlowsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FlowsPanel(const Catalog &catalog, QWidget *parent = nullptr);

    void setAnalysis(const AnalysisPtr &analysis);
    /// Selects the flows of these host pairs (from the canvas).
    void selectPairs(const QSet<QString> &pairKeys);
    /// Selects the flows that touch these hosts (from the canvas).
    void selectHosts(const QStringList &hostIds);
    QTableView *flowsView() const { return m_flowsView; }
    QTableView *openingsView() const { return m_openingsView; }
    FlowFilterProxy *flowFilter() const { return m_flowProxy; }
    FlowTableModel *flowModel() const { return m_flowModel; }
    OpeningTableModel *openingModel() const { return m_openingModel; }
    void setCrossingOnly(bool on);
    /// The review's state of each opening, by opening key.
    void setReviewStates(const QHash<QString, OpeningTableModel::ReviewState> &states);
    QComboBox *reviewFilter() const { return m_review; }
    /// Issue 15: the latest audit against a policy, for the Policy column
    /// and its filter (shown once an audit has run).
    void setAudit(const AuditReport &report);
    QComboBox *policyFilter() const { return m_policy; }
    /// The Policy filter's choices, in order.
    enum class AuditStatusFilter { Any, NotAllowedYet, Allowed, Partial, Missing };
    void setPolicyFilter(AuditStatusFilter filter);
    /// Rule 10: rows through one firewall; shown only when the design has firewalls.
    QComboBox *deviceFilter() const { return m_device; }
    /// The Openings tab, filtered to the rules of one firewall.
    void showDevice(const QString &firewallId);
    void retranslate();

signals:
    /// Rows were selected: the host pairs and hosts they name.
    void pairsSelected(const QSet<QString> &pairKeys, const QStringList &hostIds);

private:
    // The constructor's parts.
    QLayout *filterRow();
    void addNotesTab();
    void connectFilters();

    void emitSelection(QTableView *view);
    /// Each filter combo as wide as its "Any ..." choice where there is room.
    void fitFilters();
    void updateZoneChoices();
    void updateCount();
    /// Rule 8: why connections of internet-based clients are missing.
    void updateNotes();
    void updateReviewChoices();
    void updatePolicyChoices();
    void updatePolicyVisibility();
    void updateDeviceChoices();
    /// Per snapshot host index: is it one of these?
    std::vector<bool> hostMask(const QStringList &hostIds) const;

    const Catalog &m_catalog;
    AnalysisPtr m_analysis;
    FlowTableModel *m_flowModel;
    OpeningTableModel *m_openingModel;
    FlowFilterProxy *m_flowProxy;
    FlowFilterProxy *m_openingProxy;
    QTabWidget *m_tabs;
    QTableView *m_flowsView;
    QTableView *m_openingsView;
    QCheckBox *m_crossing;
    QComboBox *m_fromZone;
    QComboBox *m_toZone;
    QLineEdit *m_host;
    QComboBox *m_protocol;
    QLineEdit *m_port;
    QLineEdit *m_ref;
    QComboBox *m_review;
    QComboBox *m_policy;
    QComboBox *m_device;
    QLabel *m_count;
    QLabel *m_notes;
    QScrollArea *m_notesArea; ///< a few lines high: the tables keep the room
    bool m_syncing = false;
    bool m_columnsSized = false;
};

} // namespace pp::views
