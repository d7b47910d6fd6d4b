#pragma once

#include <QWidget>

#include "model/design/Design.h"
#include "model/engine/AnalysisSnapshot.h"

class QLabel;
class QScrollArea;
class QStackedWidget;

namespace pp {
class Catalog;
class DesignDocument;
} // namespace pp

namespace pp::views {

class DesignEditor;
class FirewallEditor;
class HostEditor;
class RouteEditor;
class SiteEditor;
class ZoneEditor;

/// Shows the editor of whatever is selected: a host, a zone, a site, or
/// the design itself when nothing is. The editors' edits leave through this
/// panel's signals, as (before, after) pairs for the undo layer. On a
/// language change the editors are built anew, so every label and choice
/// follows the language at once.
class PropertiesPanel : public QWidget
{
    Q_OBJECT

public:
    PropertiesPanel(const DesignDocument *document, const Catalog &catalog, QWidget *parent = nullptr);

    void showHost(const QString &id);
    void showZone(const QString &id);
    void showSite(const QString &code);
    void showDesign();
    /// Rule 10: a firewall device.
    void showFirewall(const QString &id);
    /// The last analysis: the firewall editor counts the device's openings.
    void setAnalysis(const AnalysisPtr &analysis);
    void showMultiple(int count);
    void refresh();
    void setChineseNames(bool chinese);

    /// The current editors; they are replaced on a language change.
    HostEditor *hostEditor() const { return m_host; }
    ZoneEditor *zoneEditor() const { return m_zone; }
    SiteEditor *siteEditor() const { return m_site; }
    DesignEditor *designEditor() const { return m_design; }
    FirewallEditor *firewallEditor() const { return m_firewall; }
    /// The design's pinned routes, on the design's page.
    RouteEditor *routeEditor() const { return m_routes; }

signals:
    void hostEdited(const pp::Host &before, const pp::Host &after);
    void hostOptionsEdited(const QString &hostId, const pp::HostOptions &options, const QString &text);
    void zoneEdited(const pp::Zone &before, const pp::Zone &after);
    void siteEdited(const pp::Site &before, const pp::Site &after);
    void nameEdited(const QString &before, const QString &after);
    void catalogEdited(const QString &before, const QString &after);
    void settingsEdited(const pp::DesignSettings &before, const pp::DesignSettings &after);
    void changeRequestEdited(const pp::ChangeRequestInfo &before, const pp::ChangeRequestInfo &after);
    void firewallEdited(const pp::Firewall &before, const pp::Firewall &after);
    void interfaceAddRequested(const QString &firewallId, const QString &zoneId);
    void interfaceRemoveRequested(const QString &firewallId, const QString &interfaceId);
    /// The Openings table should show this device's rules.
    void firewallOpeningsRequested(const QString &firewallId);
    void routeAdded(const pp::Route &route);
    void routeEdited(const pp::Route &before, const pp::Route &after);
    void routeRemoved(const QString &from, const QString &to);
    /// A field holds something that cannot be applied; the message says why.
    void invalidInput(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Page { Design, Host, Zone, Site, Firewall, Multiple };
    void connectFirewallEditors();
    void createEditors();
    void showPage(QWidget *page);
    void showStartOfFields();
    void retitle();

    const DesignDocument *m_document;
    const Catalog &m_catalog;
    QLabel *m_title;
    QStackedWidget *m_stack;
    QScrollArea *m_scroll = nullptr;
    HostEditor *m_host = nullptr;
    ZoneEditor *m_zone = nullptr;
    SiteEditor *m_site = nullptr;
    DesignEditor *m_design = nullptr;
    FirewallEditor *m_firewall = nullptr;
    RouteEditor *m_routes = nullptr;
    QWidget *m_designPage = nullptr; ///< the design's fields and its routes
    AnalysisPtr m_analysis;
    QLabel *m_multiple = nullptr;
    Page m_page = Page::Design;
    int m_multipleCount = 0;
    bool m_chinese = false;
};

} // namespace pp::views
