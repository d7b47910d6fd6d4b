#include "views/properties/PropertiesPanel.h"

#include "model/DesignDocument.h"
#include "views/properties/DesignEditor.h"
#include "views/properties/HostEditor.h"
#include "views/properties/SiteEditor.h"
#include "views/properties/ZoneEditor.h"

#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace pp::views {

PropertiesPanel::PropertiesPanel(DesignDocument *document, const Catalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_title(new QLabel(this))
    , m_stack(new QStackedWidget)
    , m_host(new HostEditor(document, catalog))
    , m_zone(new ZoneEditor(document))
    , m_site(new SiteEditor(document, catalog))
    , m_design(new DesignEditor(document, catalog))
    , m_multiple(new QLabel)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_title->setFont(bold);
    layout->addWidget(m_title);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_stack);
    layout->addWidget(scroll);
    m_multiple->setWordWrap(true);
    m_multiple->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    for (QWidget *w : {static_cast<QWidget *>(m_design), static_cast<QWidget *>(m_host), static_cast<QWidget *>(m_zone),
                       static_cast<QWidget *>(m_site), static_cast<QWidget *>(m_multiple)})
        m_stack->addWidget(w);
    setAccessibleName(tr("Properties"));
    connect(document, &DesignDocument::changed, this, &PropertiesPanel::refresh);
    showDesign();
}

void PropertiesPanel::showHost(const QString &id)
{
    m_title->setText(tr("Host"));
    m_host->setHost(id);
    showPage(m_host);
}

void PropertiesPanel::showZone(const QString &id)
{
    m_title->setText(tr("Zone"));
    m_zone->setZone(id);
    showPage(m_zone);
}

void PropertiesPanel::showSite(const QString &code)
{
    m_title->setText(tr("Site"));
    m_site->setSite(code);
    showPage(m_site);
}

void PropertiesPanel::showDesign()
{
    m_title->setText(tr("Design"));
    m_design->refresh();
    showPage(m_design);
}

void PropertiesPanel::showMultiple(int count)
{
    m_title->setText(tr("Selection"));
    m_multiple->setText(tr("%n items selected. Drag them together, delete them, or copy them.", nullptr, count));
    showPage(m_multiple);
}

void PropertiesPanel::showPage(QWidget *page)
{
    // A stacked widget is as wide as its widest page; hidden pages must not
    // push the visible one into a horizontal scroll bar.
    for (int i = 0; i < m_stack->count(); ++i)
        m_stack->widget(i)->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    page->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    m_stack->setCurrentWidget(page);
    m_stack->adjustSize();
}

void PropertiesPanel::refresh()
{
    QWidget *current = m_stack->currentWidget();
    if (current == m_host) {
        if (m_document->host(m_host->hostId()))
            m_host->refresh();
        else
            showDesign();
    } else if (current == m_zone) {
        if (m_document->zone(m_zone->zoneId()))
            m_zone->refresh();
        else
            showDesign();
    } else if (current == m_site) {
        if (m_document->site(m_site->siteCode()))
            m_site->refresh();
        else
            showDesign();
    } else if (current == m_design) {
        m_design->refresh();
    }
}

void PropertiesPanel::setChineseNames(bool chinese)
{
    m_host->setChineseNames(chinese);
}

} // namespace pp::views
