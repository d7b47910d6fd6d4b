#include "views/properties/SiteEditor.h"

#include "model/catalog/Catalog.h"
#include "model/design/DisplayText.h"
#include "model/document/DesignDocument.h"
#include "views/properties/FormHelpers.h"
#include "views/properties/SiteOptionsEditor.h"

#include <QComboBox>

namespace pp::views {

SiteEditor::SiteEditor(const DesignDocument *document, const Catalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_catalog(catalog)
{
    auto *layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_codeLabel = new QLabel;
    layout->addRow(tr("Site code:"), m_codeLabel);
    m_name = form::row(layout, tr("&Name:"), new QLineEdit, tr("Optional display name of the site"));
    m_type = form::row(layout, tr("&Type:"), new QComboBox, tr("Central administration site, primary or secondary"));
    for (const SiteType type : {SiteType::Cas, SiteType::Primary, SiteType::Secondary})
        m_type->addItem(siteTypeText(type), siteTypeName(type));
    m_parent = form::row(layout, tr("&Parent:"), new QComboBox, tr("The parent site (rule 2 links a site with its parent)"));
    m_http = form::row(layout, tr("Client HTTP port:"), form::portField(false), tr("Note 2: client to site system HTTP"));
    m_https = form::row(layout, tr("Client HTTPS port:"), form::portField(false), tr("Note 2: client to site system HTTPS"));
    m_notification = form::row(layout, tr("Client notification port:"), form::portField(false),
                               tr("Note 2: client to management point notification"));
    m_wakeOnLan = form::row(layout, tr("Wake on LAN:"), new QCheckBox(tr("Enabled")), tr("The site server wakes clients"));
    m_wakeOnLanPort = form::row(layout, tr("Wake on LAN port:"), form::portField(false), tr("Note 2: UDP port"));
    m_wakeUpProxy = form::row(layout, tr("Wake-up proxy:"), new QCheckBox(tr("Enabled")),
                              tr("Clients wake their peers (UDP and ICMP between clients)"));
    m_wakeUpProxyPort = form::row(layout, tr("Wake-up proxy port:"), form::portField(false), tr("Note 2: UDP port"));
    m_proxy = form::row(layout, tr("Internet &proxy:"), new QComboBox,
                        tr("Note 1: the site server and software update point reach the internet through this proxy"));
    m_currentBranch = new SiteOptionsEditor(document);
    layout->addRow(m_currentBranch);
    connect(m_currentBranch, &SiteOptionsEditor::siteEdited, this, &SiteEditor::siteEdited);
    for (QLineEdit *e : {m_name, m_http, m_https, m_notification, m_wakeOnLanPort, m_wakeUpProxyPort})
        connect(e, &QLineEdit::editingFinished, this, &SiteEditor::commit);
    for (QComboBox *c : {m_type, m_parent, m_proxy})
        connect(c, &QComboBox::activated, this, &SiteEditor::commit);
    for (QCheckBox *c : {m_wakeOnLan, m_wakeUpProxy})
        connect(c, &QCheckBox::toggled, this, &SiteEditor::commit);
}

void SiteEditor::setSite(const QString &code)
{
    m_code = code;
    refresh();
}

void SiteEditor::refresh()
{
    const Site *s = m_document->site(m_code);
    if (!s)
        return;
    m_loading = true;
    const Design &d = m_document->design();
    m_codeLabel->setText(s->code);
    m_name->setText(s->name);
    m_type->setCurrentIndex(m_type->findData(siteTypeName(s->type)));
    m_parent->clear();
    m_parent->addItem(tr("(none)"), QString());
    for (const Site &other : d.sites)
        if (other.code != s->code)
            m_parent->addItem(other.code, other.code);
    m_parent->setCurrentIndex(std::max(0, m_parent->findData(s->parent)));
    const std::pair<QLineEdit *, Setting> ports[] = {{m_http, Setting::ClientHttpPort}, {m_https, Setting::ClientHttpsPort},
                                                     {m_notification, Setting::ClientNotificationPort},
                                                     {m_wakeOnLanPort, Setting::WakeOnLanPort},
                                                     {m_wakeUpProxyPort, Setting::WakeUpProxyPort}};
    for (const auto &[edit, setting] : ports) {
        form::setPort(edit, s->ports.value(setting), tr("default %1").arg(m_catalog.defaultValue(setting).toString()));
        form::markInvalid(edit, false);
    }
    m_wakeOnLan->setChecked(s->wakeOnLanEnabled());
    m_wakeUpProxy->setChecked(s->wakeUpProxyEnabled());
    m_proxy->clear();
    m_proxy->addItem(tr("(direct)"), QString());
    for (const Host &h : d.hosts)
        if (h.hasRole(QStringLiteral("proxy_server")))
            m_proxy->addItem(h.name.isEmpty() ? h.id : h.name, h.id);
    m_proxy->setCurrentIndex(std::max(0, m_proxy->findData(s->internetProxy)));
    m_currentBranch->setSite(m_code);
    m_loading = false;
}

void SiteEditor::commit()
{
    if (m_loading)
        return;
    const Site *current = m_document->site(m_code);
    if (!current)
        return;
    Site s = *current;
    s.name = m_name->text().trimmed();
    s.type = *siteTypeFromName(m_type->currentData().toString());
    s.parent = m_parent->currentData().toString();
    const std::pair<QLineEdit *, Setting> ports[] = {{m_http, Setting::ClientHttpPort}, {m_https, Setting::ClientHttpsPort},
                                                     {m_notification, Setting::ClientNotificationPort},
                                                     {m_wakeOnLanPort, Setting::WakeOnLanPort},
                                                     {m_wakeUpProxyPort, Setting::WakeUpProxyPort}};
    for (const auto &[edit, setting] : ports) {
        bool ok = true;
        const auto value = form::port(edit, &ok);
        form::markInvalid(edit, !ok);
        if (!ok) {
            emit invalidInput(tr("\"%1\" is not a valid port.").arg(edit->text()));
            return;
        }
        s.ports.set(setting, value);
    }
    if (s.wakeOnLan || m_wakeOnLan->isChecked())
        s.wakeOnLan = m_wakeOnLan->isChecked();
    if (s.wakeUpProxy || m_wakeUpProxy->isChecked())
        s.wakeUpProxy = m_wakeUpProxy->isChecked();
    s.internetProxy = m_proxy->currentData().toString();
    // The parent chain must not loop (the file format refuses it).
    for (QString p = s.parent; !p.isEmpty();) {
        if (p == s.code) {
            emit invalidInput(tr("Site %1 cannot be its own ancestor.").arg(s.code));
            refresh();
            return;
        }
        const Site *up = m_document->site(p);
        p = up ? up->parent : QString();
    }
    if (!(s == *current))
        emit siteEdited(*current, s);
}

} // namespace pp::views
