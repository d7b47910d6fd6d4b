#pragma once

#include <QWidget>

class QLabel;
class QStackedWidget;

namespace pp {
class Catalog;
class DesignDocument;
} // namespace pp

namespace pp::views {

class DesignEditor;
class HostEditor;
class SiteEditor;
class ZoneEditor;

/// Shows the editor of whatever is selected: a host, a zone, a site, or
/// the design itself when nothing is.
class PropertiesPanel : public QWidget
{
    Q_OBJECT

public:
    PropertiesPanel(DesignDocument *document, const Catalog &catalog, QWidget *parent = nullptr);

    void showHost(const QString &id);
    void showZone(const QString &id);
    void showSite(const QString &code);
    void showDesign();
    void showMultiple(int count);
    void refresh();
    void setChineseNames(bool chinese);

    HostEditor *hostEditor() const { return m_host; }
    ZoneEditor *zoneEditor() const { return m_zone; }
    SiteEditor *siteEditor() const { return m_site; }
    DesignEditor *designEditor() const { return m_design; }

private:
    void showPage(QWidget *page);

    DesignDocument *m_document;
    QLabel *m_title;
    QStackedWidget *m_stack;
    HostEditor *m_host;
    ZoneEditor *m_zone;
    SiteEditor *m_site;
    DesignEditor *m_design;
    QLabel *m_multiple;
};

} // namespace pp::views
