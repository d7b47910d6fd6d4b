#pragma once

#include <QHash>
#include <QObject>

#include <vector>

namespace pp {
struct Analysis;
struct Design;
class DesignDocument;
} // namespace pp

namespace pp::views {

class DesignScene;
class FirewallItem;

/// The scene's firewall devices (rule 10), one FirewallItem per
/// Design::firewalls entry, kept in step with the document's firewall and
/// zone signals; lights the devices a set of flows passes.
class FirewallMirror : public QObject
{
    Q_OBJECT

public:
    /// Empty until the first rebuild().
    FirewallMirror(DesignScene *scene, const DesignDocument *document);

    FirewallItem *item(const QString &id) const { return m_items.value(id); }
    int count() const { return int(m_items.size()); }
    /// Deletes every item and makes them again from the document.
    void rebuild();
    /// Re-reads every device (a zone moved: its links follow).
    void syncAll();
    /// Lights the devices on the paths of `flows` (indices into
    /// analysis.flows of `analysed`), and on each the interfaces they enter
    /// and leave by; every other device goes out.
    void lightPaths(const Design &analysed, const Analysis &analysis, const std::vector<int> &flows);

private:
    void add(const QString &id);
    void remove(const QString &id);
    void change(const QString &id);

    DesignScene *m_scene;
    const DesignDocument *m_document;
    QHash<QString, FirewallItem *> m_items;
};

} // namespace pp::views
