#include "views/properties/HostOptionsEditor.h"

#include "model/document/DesignDocument.h"
#include "views/properties/CatalogUse.h"
#include "views/properties/FormHelpers.h"

#include <QListWidget>

namespace pp::views {

namespace {

const QString Dp = QStringLiteral("distribution_point");
const QString Cmg = QStringLiteral("cloud_management_gateway");
const QString Warehouse = QStringLiteral("data_warehouse_service_point");
const QString ScaleSet = QStringLiteral("scaleSet");
const QString Classic = QStringLiteral("classic");

QString label(const Host &h)
{
    return h.name.isEmpty() ? h.id : h.name;
}

bool sqlHost(const Host &h)
{
    return h.hasRole(QStringLiteral("site_database")) || h.hasRole(QStringLiteral("wsus_database"));
}

} // namespace

HostOptionsEditor::HostOptionsEditor(const DesignDocument *document, QWidget *parent)
    : QGroupBox(tr("Current branch"), parent)
    , m_document(document)
    , m_form(new QFormLayout(this))
{
    // The anchors are the current-branch page's own, as in its catalog.
    m_cmgInstances = form::row(m_form, tr("CMG VM instances:"), new QSpinBox,
                               tr("bkmk_cmgcp-cmg2 and bkmk_cmgcp-cmg: with one VM instance the CMG connection point "
                                  "reaches the CMG on HTTPS 443, with two or more on 10124-10139"));
    m_cmgInstances->setRange(1, 16); // the file format's bounds
    m_cmgInstances->setKeyboardTracking(false);
    m_cmgDeployment = form::row(m_form, tr("CMG deployment:"), new QComboBox,
                                tr("bkmk_cmgcp-cmg2 (virtual machine scale set) or bkmk_cmgcp-cmg (classic cloud "
                                   "service: TCP-TLS 10140-10155 first, HTTPS as the fallback)"));
    m_cmgDeployment->addItem(tr("Virtual machine scale set"), ScaleSet);
    m_cmgDeployment->addItem(tr("Classic cloud service"), Classic);
    m_pullSources = form::row(m_form, tr("Pull sources:"), new QListWidget,
                              tr("BKMK_PortsPullDP-DPSource: this pull distribution point downloads content from each "
                                 "checked distribution point (HTTP 80, HTTPS 443, and 8005 with express updates); "
                                 "none checked: a standard distribution point"));
    m_pullSources->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_warehouse = form::row(m_form, tr("Warehouse database:"), new QComboBox,
                            tr("BKMK_PortsDWSPSQL: the SQL Server the data warehouse service point reaches on 1433; "
                               "the site database when none is chosen"));

    connect(m_cmgInstances, &QSpinBox::valueChanged, this, &HostOptionsEditor::commitCmgInstances);
    connect(m_cmgDeployment, &QComboBox::activated, this, &HostOptionsEditor::commitCmgDeployment);
    connect(m_pullSources, &QListWidget::itemChanged, this, &HostOptionsEditor::commitPullSources);
    connect(m_warehouse, &QComboBox::activated, this, &HostOptionsEditor::commitWarehouse);
}

void HostOptionsEditor::setHost(const QString &id)
{
    m_id = id;
    refresh();
}

void HostOptionsEditor::refresh()
{
    const Host *host = m_document->host(m_id);
    if (!host)
        return;
    m_loading = true;
    const HostOptions &opt = host->options;
    m_cmgInstances->setValue(opt.cmgInstanceCount());
    m_cmgDeployment->setCurrentIndex(opt.cmgClassic() ? 1 : 0);
    fillPullSources(*host);
    fillWarehouse(*host);
    updateVisibility(*host);
    m_loading = false;
}

void HostOptionsEditor::fillPullSources(const Host &host)
{
    // The design's other distribution points, and any host the option
    // names that is not one (checked, so it can be taken off). The row the
    // keyboard is on stays where it was: Space, then Down, then Space.
    const int current = m_pullSources->currentRow();
    m_pullSources->clear();
    for (const Host &h : m_document->design().hosts) {
        const bool named = host.options.pullSources.contains(h.id);
        if (h.id == host.id || !(named || h.hasRole(Dp)))
            continue;
        auto *item = new QListWidgetItem(label(h), m_pullSources);
        item->setData(Qt::UserRole, h.id);
        item->setToolTip(h.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(named ? Qt::Checked : Qt::Unchecked);
    }
    if (m_pullSources->count() == 0) {
        auto *none = new QListWidgetItem(tr("(no other distribution point in the design)"), m_pullSources);
        none->setFlags(Qt::ItemIsEnabled);
    }
    if (current >= 0 && current < m_pullSources->count())
        m_pullSources->setCurrentRow(current, QItemSelectionModel::NoUpdate);
    // As tall as its rows, up to six; then it scrolls.
    const int rows = std::min(m_pullSources->count(), 6);
    m_pullSources->setFixedHeight(rows * m_pullSources->sizeHintForRow(0) + 2 * m_pullSources->frameWidth() + 2);
}

void HostOptionsEditor::fillWarehouse(const Host &host)
{
    m_warehouse->clear();
    m_warehouse->addItem(tr("(the site database)"), QString());
    for (const Host &h : m_document->design().hosts)
        if (h.id != host.id && (sqlHost(h) || h.id == host.options.warehouseDatabase))
            m_warehouse->addItem(label(h), h.id);
    m_warehouse->setCurrentIndex(std::max(0, m_warehouse->findData(host.options.warehouseDatabase)));
}

void HostOptionsEditor::updateVisibility(const Host &host)
{
    const HostOptions &opt = host.options;
    const Catalog *catalog = Catalog::forDesign(m_document->design().catalog);
    const bool cmg = host.hasRole(Cmg) || opt.cmgInstances || !opt.cmgDeployment.isEmpty();
    const bool pull = (host.hasRole(Dp) && catalogUse::readsHostOption(catalog, QStringLiteral("pullSources")))
        || !opt.pullSources.isEmpty();
    const bool warehouse = host.hasRole(Warehouse) || !opt.warehouseDatabase.isEmpty();
    const std::pair<QWidget *, bool> rows[]
        = {{m_cmgInstances, cmg}, {m_cmgDeployment, cmg}, {m_pullSources, pull}, {m_warehouse, warehouse}};
    bool any = false;
    for (const auto &[widget, visible] : rows) {
        m_form->setRowVisible(widget, visible);
        any = any || visible;
    }
    setVisible(any);
}

const Host *HostOptionsEditor::editedHost() const
{
    return m_loading ? nullptr : m_document->host(m_id);
}

void HostOptionsEditor::offer(const Host &host, const HostOptions &options, const QString &text)
{
    if (!(options == host.options))
        emit optionsEdited(host.id, options, text);
}

void HostOptionsEditor::commitCmgInstances()
{
    const Host *host = editedHost();
    if (!host)
        return;
    HostOptions opt = host->options;
    const int value = m_cmgInstances->value();
    opt.cmgInstances = value == 1 && !opt.cmgInstances ? std::nullopt : std::optional<int>(value);
    offer(*host, opt, tr("Set CMG instances of %1 to %2").arg(label(*host)).arg(value));
}

void HostOptionsEditor::commitCmgDeployment()
{
    const Host *host = editedHost();
    if (!host)
        return;
    HostOptions opt = host->options;
    const QString chosen = m_cmgDeployment->currentData().toString();
    // The default stays implicit unless the file already spelled it out.
    opt.cmgDeployment = chosen == ScaleSet && opt.cmgDeployment.isEmpty() ? QString() : chosen;
    offer(*host, opt, tr("Set CMG deployment of %1 to %2").arg(label(*host), m_cmgDeployment->currentText()));
}

void HostOptionsEditor::commitPullSources()
{
    const Host *host = editedHost();
    if (!host)
        return;
    HostOptions opt = host->options;
    QStringList checked;
    for (int i = 0; i < m_pullSources->count(); ++i)
        if (m_pullSources->item(i)->checkState() == Qt::Checked)
            checked << m_pullSources->item(i)->data(Qt::UserRole).toString();
    // Sources already named keep their order; new ones follow.
    QStringList ordered;
    for (const QString &id : opt.pullSources)
        if (checked.contains(id))
            ordered << id;
    for (const QString &id : checked)
        if (!ordered.contains(id))
            ordered << id;
    opt.pullSources = ordered;
    offer(*host, opt, tr("Set pull sources of %1").arg(label(*host)));
}

void HostOptionsEditor::commitWarehouse()
{
    const Host *host = editedHost();
    if (!host)
        return;
    HostOptions opt = host->options;
    opt.warehouseDatabase = m_warehouse->currentData().toString();
    offer(*host, opt, tr("Set data warehouse database of %1").arg(label(*host)));
}

} // namespace pp::views
