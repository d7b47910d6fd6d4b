#include "views/panels/FlowsPanel.h"

#include "model/catalog/Catalog.h"
#include "model/engine/FlowText.h"
#include "model/review/ReviewSheet.h"
#include "views/panels/FlowFilterProxy.h"
#include "views/panels/FlowTableModel.h"
#include "views/panels/OpeningTableModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>

#include <algorithm>
#include <functional>

namespace pp::views {

namespace {

/// The tab of rule 8's notes, after Openings and Flows.
constexpr int notesTab = 2;

QTableView *makeTable(QWidget *parent, QAbstractItemModel *model)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setSortingEnabled(true);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    // One Tab stop: arrows move between cells, Tab leaves the table.
    view->setTabKeyNavigation(false);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setDefaultSectionSize(22);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionsMovable(true);
    // Rows come in the engine's order (zone pair, then port) until the user sorts.
    view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    return view;
}

} // namespace

FlowsPanel::FlowsPanel(const Catalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_flowModel(new FlowTableModel(catalog, this))
    , m_openingModel(new OpeningTableModel(catalog, this))
    , m_flowProxy(new FlowFilterProxy(this))
    , m_openingProxy(new FlowFilterProxy(this))
    , m_tabs(new QTabWidget(this))
    , m_crossing(new QCheckBox(this))
    , m_fromZone(new QComboBox(this))
    , m_toZone(new QComboBox(this))
    , m_host(new QLineEdit(this))
    , m_protocol(new QComboBox(this))
    , m_port(new QLineEdit(this))
    , m_ref(new QLineEdit(this))
    , m_review(new QComboBox(this))
    , m_policy(new QComboBox(this))
    , m_device(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_notes(new QLabel(this))
    , m_notesArea(new QScrollArea(this))
{
    m_flowProxy->setSourceModel(m_flowModel);
    m_openingProxy->setSourceModel(m_openingModel);
    m_flowsView = makeTable(this, m_flowProxy);
    m_openingsView = makeTable(this, m_openingProxy);
    m_tabs->addTab(m_openingsView, QString());
    m_tabs->addTab(m_flowsView, QString());
    // The row count sits beside the tabs it counts.
    m_tabs->setCornerWidget(m_count, Qt::TopRightCorner);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filterRow());
    layout->addWidget(m_tabs);
    addNotesTab();
    connectFilters();
    m_device->setVisible(false);
    m_flowProxy->setCrossingOnly(true);
    m_openingProxy->setCrossingOnly(true);
    for (QTableView *view : {m_flowsView, m_openingsView})
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this, view] { emitSelection(view); });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        // Flows have no review of their own: the filter is the openings'.
        m_review->setVisible(m_tabs->currentWidget() == m_openingsView);
        updatePolicyVisibility();
        updateCount();
    });
    // The review's verdict is what a reader looks for first after the ports.
    m_openingsView->horizontalHeader()->moveSection(OpeningTableModel::Review, OpeningTableModel::Port + 1);
    // The device that opens it, beside the zones it joins (rule 10).
    m_openingsView->horizontalHeader()->moveSection(OpeningTableModel::Device, OpeningTableModel::ToZone + 1);
    retranslate();
}

QLayout *FlowsPanel::filterRow()
{
    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    m_crossing->setChecked(true);
    m_protocol->addItems({QString(), QStringLiteral("TCP"), QStringLiteral("UDP"), QStringLiteral("ICMP")});
    m_host->setClearButtonEnabled(true);
    m_port->setClearButtonEnabled(true);
    m_ref->setClearButtonEnabled(true);
    m_port->setMaximumWidth(80);
    // The filter row must not hold the side docks' splitters: every field
    // gives way down to a few characters. Where there is room, each combo
    // is as wide as its "Any ..." choice (fitFilters) and the two text
    // fields take the rest, so no choice or hint is cut at the default size.
    for (QComboBox *box : {m_fromZone, m_toZone, m_protocol, m_review, m_policy, m_device}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumWidth(60);
    }
    for (QLineEdit *edit : {m_host, m_port, m_ref})
        edit->setMinimumWidth(60);
    const QList<QWidget *> row = {m_crossing, m_fromZone, m_toZone, m_host, m_protocol, m_port, m_ref, m_device, m_review, m_policy};
    for (QWidget *w : row)
        filters->addWidget(w, w == m_host || w == m_ref ? 1 : 0);
    return filters;
}

/// Rule 8's notes run to many lines: a tab of their own beside the
/// tables (shown only when there are any), not rows taken from them.
void FlowsPanel::addNotesTab()
{
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notes->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_notesArea->setWidget(m_notes);
    m_notesArea->setWidgetResizable(true);
    m_notesArea->setFrameShape(QFrame::NoFrame);
    m_notesArea->setFocusPolicy(Qt::NoFocus);
    m_tabs->addTab(m_notesArea, QString());
    m_tabs->setTabVisible(notesTab, false);
}

/// Each filter field sets its filter on both tables.
void FlowsPanel::connectFilters()
{
    auto apply = [this](auto setter) {
        for (FlowFilterProxy *p : {m_flowProxy, m_openingProxy})
            setter(p);
        updateCount();
    };
    connect(m_crossing, &QCheckBox::toggled, this, [apply](bool on) { apply([on](FlowFilterProxy *p) { p->setCrossingOnly(on); }); });
    connect(m_fromZone, &QComboBox::currentIndexChanged, this, [this, apply] {
        const QString z = m_fromZone->currentData().toString();
        apply([z](FlowFilterProxy *p) { p->setFromZone(z); });
    });
    connect(m_toZone, &QComboBox::currentIndexChanged, this, [this, apply] {
        const QString z = m_toZone->currentData().toString();
        apply([z](FlowFilterProxy *p) { p->setToZone(z); });
    });
    connect(m_host, &QLineEdit::textChanged, this, [apply](const QString &t) { apply([t](FlowFilterProxy *p) { p->setHost(t); }); });
    connect(m_protocol, &QComboBox::currentIndexChanged, this, [this, apply](int index) {
        const QString t = index > 0 ? m_protocol->currentText() : QString(); // 0: any protocol
        apply([t](FlowFilterProxy *p) { p->setProtocol(t); });
    });
    connect(m_port, &QLineEdit::textChanged, this, [apply](const QString &t) { apply([t](FlowFilterProxy *p) { p->setPort(t); }); });
    connect(m_ref, &QLineEdit::textChanged, this, [apply](const QString &t) { apply([t](FlowFilterProxy *p) { p->setRef(t); }); });
    connect(m_review, &QComboBox::currentIndexChanged, this, [this] {
        QList<int> statuses;
        for (const QVariant &v : m_review->currentData().toList())
            statuses << v.toInt();
        m_openingProxy->setReviewStatuses(statuses);
        updateCount();
    });
    connect(m_policy, &QComboBox::currentIndexChanged, this, [this] {
        QList<int> statuses;
        for (const QVariant &v : m_policy->currentData().toList())
            statuses << v.toInt();
        m_openingProxy->setPolicyStatuses(statuses);
        updateCount();
    });
    m_policy->setVisible(false); // until an audit has run (setAudit)
    connect(m_device, &QComboBox::currentIndexChanged, this, [this, apply] {
        const QString id = m_device->currentData().toString();
        apply([id](FlowFilterProxy *p) { p->setDevice(id); });
    });
}

void FlowsPanel::retranslate()
{
    m_flowModel->forgetSortKeys();
    m_tabs->setTabText(0, tr("Openings"));
    m_tabs->setTabText(1, tr("Flows"));
    m_notesArea->setAccessibleName(tr("Connections left out"));
    m_crossing->setText(tr("Crossing only"));
    m_crossing->setToolTip(tr("Show only flows that cross a zone boundary"));
    m_host->setPlaceholderText(tr("Host"));
    m_port->setPlaceholderText(tr("Port"));
    m_ref->setPlaceholderText(tr("Seed ref (BKMK_…)"));
    m_protocol->setItemText(0, tr("Any protocol"));
    m_fromZone->setToolTip(tr("Source zone"));
    m_toZone->setToolTip(tr("Destination zone"));
    m_protocol->setToolTip(tr("Protocol"));
    m_review->setToolTip(tr("Review state"));
    m_policy->setToolTip(tr("What the audited policy allows"));
    m_device->setToolTip(tr("Firewall"));
    updateDeviceChoices();
    updateReviewChoices();
    updatePolicyChoices();
    const struct
    {
        QWidget *widget;
        QString name;
        QString description;
    } a11y[] = {
        {m_crossing, tr("Crossing only"), tr("Hide flows that stay inside one zone")},
        {m_fromZone, tr("Source zone filter"), tr("Show only rows starting in this zone")},
        {m_toZone, tr("Destination zone filter"), tr("Show only rows ending in this zone")},
        {m_host, tr("Host filter"), tr("Show only rows naming a host whose name or id contains this text")},
        {m_protocol, tr("Protocol filter"), tr("TCP, UDP or ICMP")},
        {m_port, tr("Port filter"), tr("Show only rows whose port or range includes this port")},
        {m_ref, tr("Seed section filter"), tr("Show only rows whose seed anchor contains this text")},
        {m_flowsView, tr("Flows table"), tr("Every connection the design needs; selecting rows selects them on the canvas")},
        {m_openingsView, tr("Openings table"), tr("Firewall openings grouped by zone pair and port")},
        {m_review, tr("Review filter"), tr("Show only openings in this state of the security review")},
        {m_device, tr("Firewall filter"), tr("Show only rows that pass this firewall")},
        {m_policy, tr("Policy filter"), tr("Show only openings the audited policy allows, partly allows or does not allow yet")},
        {m_count, tr("Row count"), tr("How many rows the filters show")},
        {m_notes, tr("Connections left out"),
         tr("Connections internet-based clients cannot use, and why")},
        {m_tabs, tr("Flows and openings"), tr("Openings (firewall rules) or the individual flows behind them")},
    };
    for (const auto &w : a11y) {
        w.widget->setAccessibleName(w.name);
        w.widget->setAccessibleDescription(w.description);
    }
    updateZoneChoices();
    updateCount();
    updateNotes();
    fitFilters();
}

void FlowsPanel::setAnalysis(const AnalysisPtr &analysis)
{
    m_analysis = analysis;
    m_flowModel->setAnalysis(analysis);
    m_openingModel->setAnalysis(analysis);
    updateZoneChoices();
    updateDeviceChoices();
    updateCount();
    updateNotes();
    if (!m_columnsSized && m_flowModel->rowCount() > 0) {
        // Once, from the first rows: afterwards the widths are the user's.
        m_columnsSized = true;
        for (QTableView *view : {m_openingsView, m_flowsView}) {
            view->horizontalHeader()->setResizeContentsPrecision(200);
            view->resizeColumnsToContents();
            for (int c = 0; c < view->model()->columnCount() - 1; ++c)
                view->setColumnWidth(c, std::min(view->columnWidth(c), 240));
        }
    }
}

void FlowsPanel::setCrossingOnly(bool on)
{
    m_crossing->setChecked(on);
}

void FlowsPanel::updateNotes()
{
    if (!m_analysis || m_analysis->analysis.notes.empty()) {
        m_notes->clear();
        m_tabs->setTabVisible(notesTab, false);
        return;
    }
    const FlowText text(m_analysis->design, m_analysis->catalogOr(m_catalog));
    QStringList lines;
    for (const FlowNote &n : m_analysis->analysis.notes)
        lines << QStringLiteral("<li><b>%1</b>: %2</li>")
                     .arg(m_analysis->design.hosts[size_t(n.client)].id.toHtmlEscaped(), text.noteText(n).toHtmlEscaped());
    m_notes->setText(QStringLiteral("<b>%1</b><ul style=\"margin:0\">%2</ul>")
                         .arg(tr("Left out for internet-based clients").toHtmlEscaped(), lines.join(QString())));
    m_tabs->setTabText(notesTab, tr("Left out (%1)").arg(m_analysis->analysis.notes.size()));
    m_tabs->setTabVisible(notesTab, true);
}

void FlowsPanel::updateCount()
{
    const bool flows = m_tabs->currentWidget() == m_flowsView;
    const int shown = flows ? m_flowProxy->rowCount() : m_openingProxy->rowCount();
    const int all = flows ? m_flowModel->rowCount() : m_openingModel->rowCount();
    m_count->setText(flows ? tr("%1 of %2 flows").arg(shown).arg(all) : tr("%1 of %2 openings").arg(shown).arg(all));
}

void FlowsPanel::emitSelection(QTableView *view)
{
    if (m_syncing || !m_analysis)
        return;
    QSet<QString> pairs;
    QStringList hosts;
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        if (view == m_flowsView) {
            pairs.insert(row.data(PairKeyRole).toString());
        } else {
            // An opening names all its flows' pairs.
            const int source = m_openingProxy->mapToSource(row).row();
            const Opening &o = m_analysis->analysis.openings[size_t(source)];
            for (int fi : o.flows) {
                const Flow &f = m_analysis->analysis.flows[size_t(fi)];
                const QString &a = m_analysis->design.hosts[size_t(f.from)].id;
                const QString &b = m_analysis->design.hosts[size_t(f.to)].id;
                pairs.insert(a < b ? a + QLatin1Char('|') + b : b + QLatin1Char('|') + a);
            }
        }
        hosts += row.data(HostIdsRole).toStringList();
    }
    hosts.removeDuplicates();
    emit pairsSelected(pairs, hosts);
}

namespace {

/// Proxy rows whose source row matches, as contiguous ranges: a selection of
/// thousands of one-row ranges would make the view crawl.
QItemSelection rowsWhere(const QSortFilterProxyModel *proxy, const std::function<bool(int)> &match)
{
    QItemSelection selection;
    const int columns = proxy->columnCount();
    int start = -1;
    const int rows = proxy->rowCount();
    for (int r = 0; r <= rows; ++r) {
        const bool hit = r < rows && match(proxy->mapToSource(proxy->index(r, 0)).row());
        if (hit && start < 0)
            start = r;
        if (!hit && start >= 0) {
            selection.select(proxy->index(start, 0), proxy->index(r - 1, columns - 1));
            start = -1;
        }
    }
    return selection;
}

quint64 pairOf(int a, int b)
{
    return (quint64(quint32(std::min(a, b))) << 32) | quint32(std::max(a, b));
}

} // namespace

std::vector<bool> FlowsPanel::hostMask(const QStringList &hostIds) const
{
    const Design &d = m_analysis->design;
    const QSet<QString> wanted(hostIds.begin(), hostIds.end());
    std::vector<bool> mask(d.hosts.size(), false);
    for (size_t i = 0; i < d.hosts.size(); ++i)
        mask[i] = wanted.contains(d.hosts[i].id);
    return mask;
}

void FlowsPanel::selectPairs(const QSet<QString> &pairKeys)
{
    if (!m_analysis)
        return;
    m_syncing = true;
    m_tabs->setCurrentWidget(m_flowsView);
    QHash<QString, int> index;
    const Design &d = m_analysis->design;
    for (size_t i = 0; i < d.hosts.size(); ++i)
        index.insert(d.hosts[i].id, int(i));
    QSet<quint64> pairs;
    for (const QString &key : pairKeys) {
        const QStringList ends = key.split(QLatin1Char('|'));
        if (ends.size() == 2 && index.contains(ends[0]) && index.contains(ends[1]))
            pairs.insert(pairOf(index.value(ends[0]), index.value(ends[1])));
    }
    const auto &flows = m_analysis->analysis.flows;
    const QItemSelection selection = rowsWhere(m_flowProxy, [&](int row) {
        const Flow &f = flows[size_t(m_flowModel->flowIndex(row))];
        return pairs.contains(pairOf(f.from, f.to));
    });
    m_flowsView->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!selection.isEmpty())
        m_flowsView->scrollTo(selection.first().topLeft());
    m_syncing = false;
}

void FlowsPanel::selectHosts(const QStringList &hostIds)
{
    if (!m_analysis)
        return;
    m_syncing = true;
    const std::vector<bool> wanted = hostMask(hostIds);
    const Analysis &a = m_analysis->analysis;
    QItemSelection flows;
    QItemSelection openings;
    if (!hostIds.isEmpty()) {
        flows = rowsWhere(m_flowProxy, [&](int row) {
            const Flow &f = a.flows[size_t(m_flowModel->flowIndex(row))];
            return wanted[size_t(f.from)] || wanted[size_t(f.to)];
        });
        openings = rowsWhere(m_openingProxy, [&](int row) {
            const Opening &o = a.openings[size_t(row)];
            auto any = [&](const std::vector<int> &hosts) {
                return std::any_of(hosts.begin(), hosts.end(), [&](int h) { return wanted[size_t(h)]; });
            };
            return any(o.fromHosts) || any(o.toHosts);
        });
    }
    m_flowsView->selectionModel()->select(flows, QItemSelectionModel::ClearAndSelect);
    m_openingsView->selectionModel()->select(openings, QItemSelectionModel::ClearAndSelect);
    for (auto [view, selection] : {std::pair{m_flowsView, &flows}, std::pair{m_openingsView, &openings}})
        if (!selection->isEmpty())
            view->scrollTo(selection->first().topLeft());
    m_syncing = false;
}

} // namespace pp::views
