#include "views/properties/PropertiesPanel.h"

#include "model/document/DesignDocument.h"
#include "views/properties/DesignEditor.h"
#include "views/properties/FirewallEditor.h"
#include "views/properties/HostEditor.h"
#include "views/properties/RouteEditor.h"
#include "views/properties/SiteEditor.h"
#include "views/properties/ZoneEditor.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace pp::views {

PropertiesPanel::PropertiesPanel(const DesignDocument *document, const Catalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_catalog(catalog)
    , m_title(new QLabel(this))
    , m_stack(new QStackedWidget)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_title->setFont(bold);
    layout->addWidget(m_title);
    auto *scroll = new QScrollArea;
    m_scroll = scroll;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the editors follow the dock's width
    scroll->setWidget(m_stack);
    layout->addWidget(scroll);
    connect(document, &DesignDocument::changed, this, &PropertiesPanel::refresh);
    // A zone whose id changed is the same zone: keep showing it.
    connect(document, &DesignDocument::zoneRenamed, this, [this](const QString &from, const QString &to) {
        if (m_zone && m_zone->zoneId() == from)
            m_zone->setZone(to);
    });
    setAccessibleName(tr("Properties"));
    m_scroll->setAccessibleName(tr("Properties of the selection"));
    createEditors();
    showDesign();
}

void PropertiesPanel::createEditors()
{
    // What each editor was showing survives the rebuild.
    const QString host = m_host ? m_host->hostId() : QString();
    const QString zone = m_zone ? m_zone->zoneId() : QString();
    const QString site = m_site ? m_site->siteCode() : QString();
    const QString firewall = m_firewall ? m_firewall->firewallId() : QString();
    while (m_stack->count() > 0) {
        QWidget *w = m_stack->widget(0);
        m_stack->removeWidget(w);
        disconnect(w, nullptr, this, nullptr); // a focused field's last editingFinished goes nowhere
        for (QWidget *child : w->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
            disconnect(child, nullptr, this, nullptr); // the editors on the design's page
        w->deleteLater();
    }
    m_host = new HostEditor(m_document, m_catalog);
    m_zone = new ZoneEditor(m_document);
    m_site = new SiteEditor(m_document, m_catalog);
    m_design = new DesignEditor(m_document, m_catalog);
    m_firewall = new FirewallEditor(m_document);
    m_firewall->setAnalysis(m_analysis);
    m_routes = new RouteEditor(m_document);
    m_designPage = new QWidget;
    auto *designLayout = new QVBoxLayout(m_designPage);
    designLayout->setContentsMargins(0, 0, 0, 0);
    designLayout->addWidget(m_design);
    designLayout->addWidget(m_routes);
    designLayout->addStretch();
    m_multiple = new QLabel;
    m_multiple->setWordWrap(true);
    m_multiple->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    for (QWidget *w : {m_designPage, static_cast<QWidget *>(m_host), static_cast<QWidget *>(m_zone),
                       static_cast<QWidget *>(m_site), static_cast<QWidget *>(m_firewall), static_cast<QWidget *>(m_multiple)})
        m_stack->addWidget(w);
    m_host->setChineseNames(m_chinese);

    connect(m_host, &HostEditor::hostEdited, this, &PropertiesPanel::hostEdited);
    connect(m_host, &HostEditor::optionsEdited, this, &PropertiesPanel::hostOptionsEdited);
    connect(m_zone, &ZoneEditor::zoneEdited, this, &PropertiesPanel::zoneEdited);
    connect(m_site, &SiteEditor::siteEdited, this, &PropertiesPanel::siteEdited);
    connect(m_design, &DesignEditor::nameEdited, this, &PropertiesPanel::nameEdited);
    connect(m_design, &DesignEditor::catalogEdited, this, &PropertiesPanel::catalogEdited);
    connect(m_design, &DesignEditor::settingsEdited, this, &PropertiesPanel::settingsEdited);
    connect(m_design, &DesignEditor::changeRequestEdited, this, &PropertiesPanel::changeRequestEdited);
    connect(m_host, &HostEditor::invalidInput, this, &PropertiesPanel::invalidInput);
    connect(m_zone, &ZoneEditor::invalidInput, this, &PropertiesPanel::invalidInput);
    connect(m_site, &SiteEditor::invalidInput, this, &PropertiesPanel::invalidInput);
    connect(m_design, &DesignEditor::invalidInput, this, &PropertiesPanel::invalidInput);
    connectFirewallEditors();

    switch (m_page) {
    case Page::Host: showHost(host); break;
    case Page::Zone: showZone(zone); break;
    case Page::Site: showSite(site); break;
    case Page::Firewall: showFirewall(firewall); break;
    case Page::Multiple: showMultiple(m_multipleCount); break;
    case Page::Design: showDesign(); break;
    }
}

void PropertiesPanel::connectFirewallEditors()
{
    connect(m_firewall, &FirewallEditor::firewallEdited, this, &PropertiesPanel::firewallEdited);
    connect(m_firewall, &FirewallEditor::interfaceAddRequested, this, &PropertiesPanel::interfaceAddRequested);
    connect(m_firewall, &FirewallEditor::interfaceRemoveRequested, this, &PropertiesPanel::interfaceRemoveRequested);
    connect(m_firewall, &FirewallEditor::openingsRequested, this, &PropertiesPanel::firewallOpeningsRequested);
    connect(m_firewall, &FirewallEditor::invalidInput, this, &PropertiesPanel::invalidInput);
    connect(m_routes, &RouteEditor::routeAdded, this, &PropertiesPanel::routeAdded);
    connect(m_routes, &RouteEditor::routeEdited, this, &PropertiesPanel::routeEdited);
    connect(m_routes, &RouteEditor::routeRemoved, this, &PropertiesPanel::routeRemoved);
    connect(m_routes, &RouteEditor::invalidInput, this, &PropertiesPanel::invalidInput);
}

void PropertiesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Properties"));
        m_scroll->setAccessibleName(tr("Properties of the selection"));
        if (m_host)
            createEditors();
    }
    QWidget::changeEvent(event);
}

void PropertiesPanel::retitle()
{
    switch (m_page) {
    case Page::Host: m_title->setText(tr("Host")); break;
    case Page::Zone: m_title->setText(tr("Zone")); break;
    case Page::Site: m_title->setText(tr("Site")); break;
    case Page::Design: m_title->setText(tr("Design")); break;
    case Page::Firewall: m_title->setText(tr("Firewall")); break;
    case Page::Multiple:
        m_title->setText(tr("Selection"));
        m_multiple->setText(tr("%n items selected. Drag them together, delete them, or copy them.", nullptr,
                               m_multipleCount));
        break;
    }
    m_title->setAccessibleName(m_title->text());
}

void PropertiesPanel::showHost(const QString &id)
{
    m_page = Page::Host;
    m_host->setHost(id);
    showPage(m_host);
}

void PropertiesPanel::showZone(const QString &id)
{
    m_page = Page::Zone;
    m_zone->setZone(id);
    showPage(m_zone);
}

void PropertiesPanel::showSite(const QString &code)
{
    m_page = Page::Site;
    m_site->setSite(code);
    showPage(m_site);
}

void PropertiesPanel::showDesign()
{
    m_page = Page::Design;
    m_design->refresh();
    m_routes->refresh();
    showPage(m_designPage);
}

void PropertiesPanel::showFirewall(const QString &id)
{
    m_page = Page::Firewall;
    m_firewall->setFirewall(id);
    showPage(m_firewall);
}

void PropertiesPanel::setAnalysis(const AnalysisPtr &analysis)
{
    m_analysis = analysis;
    m_firewall->setAnalysis(analysis);
}

void PropertiesPanel::showMultiple(int count)
{
    m_page = Page::Multiple;
    m_multipleCount = count;
    showPage(m_multiple);
}

void PropertiesPanel::showPage(QWidget *page)
{
    retitle();
    // A stacked widget is as wide as its widest page; hidden pages must not
    // push the visible one into a horizontal scroll bar.
    for (int i = 0; i < m_stack->count(); ++i)
        m_stack->widget(i)->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    page->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    m_stack->setCurrentWidget(page);
    m_stack->adjustSize();
    showStartOfFields();
}

void PropertiesPanel::showStartOfFields()
{
    // setText() leaves the cursor, and so the view, at the end of the text:
    // a long name would show as its last few characters.
    for (QLineEdit *edit : m_stack->currentWidget()->findChildren<QLineEdit *>())
        if (!edit->hasFocus())
            edit->setCursorPosition(0);
}

void PropertiesPanel::refresh()
{
    switch (m_page) {
    case Page::Host:
        if (!m_document->host(m_host->hostId()))
            return showDesign();
        m_host->refresh();
        break;
    case Page::Zone:
        if (!m_document->zone(m_zone->zoneId()))
            return showDesign();
        m_zone->refresh();
        break;
    case Page::Site:
        if (!m_document->site(m_site->siteCode()))
            return showDesign();
        m_site->refresh();
        break;
    case Page::Firewall:
        if (!m_document->firewall(m_firewall->firewallId()))
            return showDesign();
        m_firewall->refresh();
        break;
    case Page::Design:
        m_design->refresh();
        m_routes->refresh();
        break;
    case Page::Multiple: break;
    }
    showStartOfFields();
}

void PropertiesPanel::setChineseNames(bool chinese)
{
    m_chinese = chinese;
    m_host->setChineseNames(chinese);
}

} // namespace pp::views
