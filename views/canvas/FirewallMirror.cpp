#include "views/canvas/FirewallMirror.h"

#include "model/document/DesignDocument.h"
#include "model/engine/Analysis.h"
#include "views/canvas/DesignScene.h"
#include "views/canvas/FirewallItem.h"

namespace pp::views {

FirewallMirror::FirewallMirror(DesignScene *scene, const DesignDocument *document)
    : QObject(scene)
    , m_scene(scene)
    , m_document(document)
{
    connect(document, &DesignDocument::firewallAdded, this, &FirewallMirror::add);
    connect(document, &DesignDocument::firewallRemoved, this, &FirewallMirror::remove);
    connect(document, &DesignDocument::firewallChanged, this, &FirewallMirror::change);
}

void FirewallMirror::rebuild()
{
    qDeleteAll(m_items);
    m_items.clear();
    for (const Firewall &f : m_document->design().firewalls)
        add(f.id);
}

void FirewallMirror::syncAll()
{
    for (FirewallItem *item : std::as_const(m_items))
        item->sync();
}

void FirewallMirror::add(const QString &id)
{
    if (m_items.contains(id))
        return;
    auto *item = new FirewallItem(m_scene, id);
    m_scene->addItem(item);
    m_items.insert(id, item);
}

void FirewallMirror::remove(const QString &id)
{
    delete m_items.take(id);
}

void FirewallMirror::change(const QString &id)
{
    if (FirewallItem *item = m_items.value(id))
        item->sync();
}

void FirewallMirror::lightPaths(const Design &analysed, const Analysis &analysis, const std::vector<int> &flows)
{
    // Per device (by id: the analysis indexes the design it was computed
    // on), the interfaces the selected flows enter and leave by.
    QHash<QString, QSet<int>> lit;
    for (int fi : flows) {
        if (fi < 0 || size_t(fi) >= analysis.flows.size())
            continue;
        for (const PathHop &hop : analysis.pathOf(analysis.flows[size_t(fi)])) {
            if (hop.firewall < 0 || size_t(hop.firewall) >= analysed.firewalls.size())
                continue;
            QSet<int> &interfaces = lit[analysed.firewalls[size_t(hop.firewall)].id];
            interfaces << hop.ingress << hop.egress;
        }
    }
    for (FirewallItem *item : std::as_const(m_items))
        item->setLit(lit.contains(item->id()), lit.value(item->id()));
}

} // namespace pp::views
