#include "views/properties/HostEditor.h"

#include "model/catalog/Catalog.h"
#include "model/design/DisplayText.h"
#include "model/document/DesignDocument.h"
#include "views/RoleIcons.h"
#include "views/properties/FormHelpers.h"
#include "views/properties/HostOptionsEditor.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHostAddress>
#include <QListWidget>
#include <QVBoxLayout>

namespace pp::views {

namespace {

struct PortField
{
    QLineEdit **edit;
    Setting setting;
};

} // namespace

HostEditor::HostEditor(const DesignDocument *document, const Catalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_catalog(catalog)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *general = new QFormLayout;
    layout->addLayout(general);
    m_idLabel = new QLabel;
    m_idLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    general->addRow(tr("Id:"), m_idLabel);
    m_name = form::row(general, tr("&Name:"), new QLineEdit, tr("Display name, usually the host's DNS name"));
    m_zone = form::row(general, tr("&Zone:"), new QComboBox, tr("The network zone the host sits in"));
    m_site = form::row(general, tr("&Site:"), new QComboBox, tr("The ConfigMgr site the host belongs to"));
    m_addresses = form::row(general, tr("&Addresses:"), new QLineEdit,
                            tr("IPv4 or IPv6 addresses, separated by commas; empty means the zone's subnets"));
    m_count = form::row(general, tr("&Machines:"), new QSpinBox,
                        tr("How many identical machines this host stands for (client groups)"));
    m_count->setRange(1, 10'000'000);
    m_count->setGroupSeparatorShown(true);

    m_roles = new QListWidget;
    m_roles->setAccessibleName(tr("Roles"));
    m_roles->setAccessibleDescription(tr("Check the roles this host carries"));
    m_roles->setIconSize(QSize(18, 18));
    m_roles->setMinimumHeight(160);
    m_roles->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *rolesBox = new QGroupBox(tr("Roles"));
    auto *rolesLayout = new QVBoxLayout(rolesBox);
    rolesLayout->addWidget(m_roles);
    layout->addWidget(rolesBox);

    m_options = new QGroupBox(tr("Options"));
    m_optionsForm = new QFormLayout(m_options);
    layout->addWidget(m_options);
    QFormLayout *o = m_optionsForm;
    m_clientConnections = form::row(o, tr("Client connections:"), new QComboBox,
                                    tr("Whether this site system serves intranet clients, internet clients or both (rule 8)"));
    for (const ClientConnections c : {ClientConnections::Intranet, ClientConnections::Internet, ClientConnections::Both})
        m_clientConnections->addItem(clientConnectionsText(c), clientConnectionsName(c));
    m_siteServerInitiates = form::row(o, tr("Site server initiates:"), new QCheckBox(tr("Enabled")),
                                      tr("Note 5: the site system never starts connections to the site server"));
    m_pxe = form::row(o, tr("PXE:"), new QCheckBox(tr("Enabled")), tr("Distribution point answers PXE boot requests"));
    m_multicast = form::row(o, tr("Multicast:"), new QCheckBox(tr("Enabled")), tr("Distribution point sends multicast"));
    m_multicastRange = form::row(o, tr("Multicast range:"), form::portField(true), tr("UDP range for multicast"));
    m_wsusHttp = form::row(o, tr("WSUS HTTP port:"), form::portField(false), tr("Note 3: 80 or 8530"));
    m_wsusHttps = form::row(o, tr("WSUS HTTPS port:"), form::portField(false), tr("Note 3: 443 or 8531"));
    m_sqlInstance = form::row(o, tr("SQL instance:"), new QLineEdit,
                              tr("Empty for the default instance; a named instance needs a static port"));
    m_sqlPort = form::row(o, tr("SQL port:"), form::portField(false), tr("Note 2: SQL Server port"));
    m_sqlBrokerPort = form::row(o, tr("Service Broker port:"), form::portField(false), tr("Note 2: SQL Server Service Broker port"));
    m_azure = form::row(o, tr("Azure load balancer:"), new QCheckBox(tr("Yes")),
                        tr("The site database sits behind an Azure load balancer (BKMK_SQLPorts)"));
    m_httpPort = form::row(o, tr("HTTP port:"), form::portField(false), tr("Port of this host's own web service"));
    m_httpsPort = form::row(o, tr("HTTPS port:"), form::portField(false), tr("Port of this host's own web service"));
    m_proxyPort = form::row(o, tr("Proxy port:"), form::portField(false), tr("Note 1: the port the proxy listens on"));
    m_workgroup = form::row(o, tr("Workgroup:"), new QCheckBox(tr("Yes")),
                            tr("Workgroup clients do not query the global catalog"));
    m_rpcRange = form::row(o, tr("RPC dynamic range:"), form::portField(true),
                           tr("Note 6: restricted RPC range of this host, e.g. 50000-50100"));
    m_currentBranch = new HostOptionsEditor(document);
    layout->addWidget(m_currentBranch);
    connect(m_currentBranch, &HostOptionsEditor::optionsEdited, this, &HostEditor::optionsEdited);
    layout->addStretch();

    connect(m_name, &QLineEdit::editingFinished, this, &HostEditor::commit);
    connect(m_addresses, &QLineEdit::editingFinished, this, &HostEditor::commit);
    connect(m_sqlInstance, &QLineEdit::editingFinished, this, &HostEditor::commit);
    for (QLineEdit *e : {m_multicastRange, m_wsusHttp, m_wsusHttps, m_sqlPort, m_sqlBrokerPort, m_httpPort, m_httpsPort,
                         m_proxyPort, m_rpcRange})
        connect(e, &QLineEdit::editingFinished, this, &HostEditor::commit);
    for (QComboBox *c : {m_zone, m_site, m_clientConnections})
        connect(c, &QComboBox::activated, this, &HostEditor::commit);
    for (QCheckBox *c : {m_pxe, m_multicast, m_siteServerInitiates, m_workgroup, m_azure})
        connect(c, &QCheckBox::toggled, this, &HostEditor::commit);
    connect(m_count, &QSpinBox::editingFinished, this, &HostEditor::commit);
    connect(m_roles, &QListWidget::itemChanged, this, &HostEditor::commit);
}

void HostEditor::setChineseNames(bool chinese)
{
    m_chinese = chinese;
    refresh();
}

void HostEditor::focusName()
{
    m_name->setFocus(Qt::OtherFocusReason);
    m_name->selectAll();
}

void HostEditor::setHost(const QString &id)
{
    m_id = id;
    refresh();
}

void HostEditor::refresh()
{
    const Host *host = m_document->host(m_id);
    if (!host)
        return;
    m_loading = true;
    const Design &d = m_document->design();
    m_idLabel->setText(host->id);
    m_name->setText(host->name);
    m_zone->clear();
    for (const Zone &z : d.zones)
        m_zone->addItem(z.name.isEmpty() ? z.id : z.name, z.id);
    m_zone->setCurrentIndex(m_zone->findData(host->zone));
    m_site->clear();
    m_site->addItem(tr("(none: global roles only)"), QString());
    for (const Site &s : d.sites)
        m_site->addItem(s.name.isEmpty() ? s.code : QStringLiteral("%1 (%2)").arg(s.code, s.name), s.code);
    m_site->setCurrentIndex(std::max(0, m_site->findData(host->site)));
    m_addresses->setText(host->addresses.join(QStringLiteral(", ")));
    form::markInvalid(m_addresses, false);
    m_count->setValue(host->machineCount());

    // The roles of the design's catalog, and any the host carries that this
    // catalog lacks (so they can be taken off).
    m_roles->clear();
    const Catalog *own = Catalog::forDesign(d.catalog);
    std::vector<const Role *> offered;
    for (const Role &role : (own ? *own : m_catalog).roles())
        offered.push_back(&role);
    for (const QString &id : host->roles)
        if (const Role *extra = Catalog::anyRole(id); extra && !(own ? *own : m_catalog).role(id))
            offered.push_back(extra);
    for (const Role *role : offered) {
        auto *item = new QListWidgetItem(RoleIcons::icon(role->id), m_chinese ? role->nameZh : role->name, m_roles);
        item->setData(Qt::UserRole, role->id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(host->hasRole(role->id) ? Qt::Checked : Qt::Unchecked);
    }

    const HostOptions &opt = host->options;
    m_clientConnections->setCurrentIndex(m_clientConnections->findData(clientConnectionsName(opt.connections())));
    m_siteServerInitiates->setChecked(opt.siteServerInitiatesEnabled());
    m_pxe->setChecked(opt.pxeEnabled());
    m_multicast->setChecked(opt.multicastEnabled());
    m_workgroup->setChecked(opt.workgroup.value_or(false));
    m_azure->setChecked(opt.azureLoadBalancer.value_or(false));
    m_sqlInstance->setText(opt.sqlInstance);
    const PortField ports[] = {{&m_multicastRange, Setting::MulticastRange}, {&m_wsusHttp, Setting::WsusHttpPort},
                               {&m_wsusHttps, Setting::WsusHttpsPort},       {&m_sqlPort, Setting::SqlPort},
                               {&m_sqlBrokerPort, Setting::SqlBrokerPort},   {&m_httpPort, Setting::HttpPort},
                               {&m_httpsPort, Setting::HttpsPort},           {&m_proxyPort, Setting::ProxyPort},
                               {&m_rpcRange, Setting::RpcDynamicRange}};
    for (const PortField &p : ports) {
        const QString inherited = p.setting == Setting::RpcDynamicRange && d.settings.ports.value(p.setting)
            ? d.settings.ports.value(p.setting)->toString()
            : m_catalog.defaultValue(p.setting).toString();
        form::setPort(*p.edit, opt.ports.value(p.setting), tr("default %1").arg(inherited));
        form::markInvalid(*p.edit, false);
    }
    updateVisibility(*host);
    m_currentBranch->setHost(m_id);
    m_loading = false;
}

void HostEditor::updateVisibility(const Host &host)
{
    auto has = [&host](std::initializer_list<const char *> roles) {
        for (const char *r : roles)
            if (host.hasRole(QString::fromLatin1(r)))
                return true;
        return false;
    };
    bool clientFacing = false;
    bool siteSystem = false;
    for (const QString &r : host.roles)
        if (const Role *role = Catalog::anyRole(r)) {
            clientFacing = clientFacing || role->clientFacing;
            siteSystem = siteSystem || (role->group == QLatin1String("site_system") && role->id != QLatin1String("site_server"));
        }
    const bool dp = has({"distribution_point"});
    const bool sql = has({"site_database", "wsus_database"});
    const bool wsus = has({"software_update_point", "upstream_wsus"});
    const bool web = has({"reporting_services_point", "certificate_registration_point", "enrollment_point",
                          "app_catalog_web_service_point"});
    const std::pair<QWidget *, bool> rows[] = {
        {m_clientConnections, clientFacing}, {m_siteServerInitiates, siteSystem && !has({"site_server"})},
        {m_pxe, dp}, {m_multicast, dp}, {m_multicastRange, dp}, {m_wsusHttp, wsus}, {m_wsusHttps, wsus},
        {m_sqlInstance, sql}, {m_sqlPort, sql}, {m_sqlBrokerPort, sql}, {m_azure, sql}, {m_httpPort, web},
        {m_httpsPort, web}, {m_proxyPort, has({"proxy_server"})}, {m_workgroup, has({"client"})}, {m_rpcRange, true}};
    for (const auto &[widget, visible] : rows)
        m_optionsForm->setRowVisible(widget, visible);
}

void HostEditor::commit()
{
    if (m_loading)
        return;
    const Host *current = m_document->host(m_id);
    if (!current)
        return;
    Host h = *current;
    h.name = m_name->text().trimmed();
    h.zone = m_zone->currentData().toString();
    h.site = m_site->currentData().toString();
    const QStringList addresses = form::splitList(m_addresses->text());
    for (const QString &a : addresses) {
        if (QHostAddress().setAddress(a))
            continue;
        form::markInvalid(m_addresses, true);
        emit invalidInput(tr("\"%1\" is not an IPv4 or IPv6 address.").arg(a));
        return;
    }
    form::markInvalid(m_addresses, false);
    h.addresses = addresses;
    h.count = m_count->value() == 1 && !current->count ? std::nullopt : std::optional<int>(m_count->value());
    QStringList roles;
    for (int i = 0; i < m_roles->count(); ++i)
        if (m_roles->item(i)->checkState() == Qt::Checked)
            roles << m_roles->item(i)->data(Qt::UserRole).toString();
    // Keep the host's own order for roles it already had; new ones follow.
    QStringList ordered;
    for (const QString &r : current->roles)
        if (roles.contains(r))
            ordered << r;
    for (const QString &r : roles)
        if (!ordered.contains(r))
            ordered << r;
    h.roles = ordered;

    auto setBool = [](std::optional<bool> &field, bool value) {
        if (field || value)
            field = value;
    };
    HostOptions &opt = h.options;
    setBool(opt.pxe, m_pxe->isChecked());
    setBool(opt.multicast, m_multicast->isChecked());
    setBool(opt.siteServerInitiates, m_siteServerInitiates->isChecked());
    setBool(opt.workgroup, m_workgroup->isChecked());
    setBool(opt.azureLoadBalancer, m_azure->isChecked());
    const auto cc = clientConnectionsFromName(m_clientConnections->currentData().toString());
    if (opt.clientConnections || cc != ClientConnections::Intranet)
        opt.clientConnections = cc;
    opt.sqlInstance = m_sqlInstance->text().trimmed();
    const PortField ports[] = {{&m_multicastRange, Setting::MulticastRange}, {&m_wsusHttp, Setting::WsusHttpPort},
                               {&m_wsusHttps, Setting::WsusHttpsPort},       {&m_sqlPort, Setting::SqlPort},
                               {&m_sqlBrokerPort, Setting::SqlBrokerPort},   {&m_httpPort, Setting::HttpPort},
                               {&m_httpsPort, Setting::HttpsPort},           {&m_proxyPort, Setting::ProxyPort},
                               {&m_rpcRange, Setting::RpcDynamicRange}};
    for (const PortField &p : ports) {
        bool ok = true;
        const auto value = form::port(*p.edit, &ok);
        form::markInvalid(*p.edit, !ok);
        if (!ok) {
            emit invalidInput(tr("\"%1\" is not a valid port%2.")
                                  .arg((*p.edit)->text(), settingIsRange(p.setting) ? tr(" or range") : QString()));
            return;
        }
        opt.ports.set(p.setting, value);
    }
    if (!(h == *current))
        emit hostEdited(*current, h);
    updateVisibility(h);
}

} // namespace pp::views
