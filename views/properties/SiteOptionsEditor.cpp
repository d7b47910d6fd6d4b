#include "views/properties/SiteOptionsEditor.h"

#include "model/document/DesignDocument.h"
#include "views/properties/CatalogUse.h"
#include "views/properties/FormHelpers.h"

namespace pp::views {

SiteOptionsEditor::SiteOptionsEditor(const DesignDocument *document, QWidget *parent)
    : QGroupBox(tr("Current branch"), parent)
    , m_document(document)
    , m_form(new QFormLayout(this))
{
    // The anchors are the current-branch page's own, as in its catalog.
    m_peerCache = form::row(m_form, tr("Windows PE peer cache:"), new QCheckBox(tr("Enabled")),
                            tr("BKMK_PortsClient-ClientWakeUp: clients of this site in one zone reach each other on "
                               "UDP 8004 (broadcast) and TCP 8003 (download)"));
    m_express = form::row(m_form, tr("Express updates:"), new QCheckBox(tr("Enabled")),
                          tr("BKMK_PortsClient-DP and BKMK_PortsPullDP-DPSource: clients and pull distribution points "
                             "of this site reach distribution points on TCP 8005 for express installation files"));
    for (QCheckBox *c : {m_peerCache, m_express})
        connect(c, &QCheckBox::toggled, this, &SiteOptionsEditor::commit);
}

void SiteOptionsEditor::setSite(const QString &code)
{
    m_code = code;
    refresh();
}

void SiteOptionsEditor::refresh()
{
    const Site *s = m_document->site(m_code);
    if (!s)
        return;
    m_loading = true;
    m_peerCache->setChecked(s->winPePeerCacheEnabled());
    m_express->setChecked(s->expressUpdatesEnabled());
    const Catalog *catalog = Catalog::forDesign(m_document->design().catalog);
    const bool peerCache
        = catalogUse::readsCondition(catalog, Condition::FromSiteWinPePeerCache) || s->winPePeerCacheEnabled();
    const bool express
        = catalogUse::readsCondition(catalog, Condition::FromSiteExpressUpdates) || s->expressUpdatesEnabled();
    m_form->setRowVisible(m_peerCache, peerCache);
    m_form->setRowVisible(m_express, express);
    setVisible(peerCache || express);
    m_loading = false;
}

void SiteOptionsEditor::commit()
{
    const Site *current = m_loading ? nullptr : m_document->site(m_code);
    if (!current)
        return;
    Site s = *current;
    // An option the file never named stays unnamed while it is off.
    if (s.winPePeerCache || m_peerCache->isChecked())
        s.winPePeerCache = m_peerCache->isChecked();
    if (s.expressUpdates || m_express->isChecked())
        s.expressUpdates = m_express->isChecked();
    if (!(s == *current))
        emit siteEdited(*current, s);
}

} // namespace pp::views
