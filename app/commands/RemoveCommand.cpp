#include "app/commands/RemoveCommand.h"

#include "app/commands/Fragment.h"
#include "app/commands/PatchCommand.h"
#include "model/document/DesignDocument.h"

#include <QHash>

#include <algorithm>

namespace pp::commands {

RemoveCommand::RemoveCommand(DesignDocument *document, const Catalog &catalog, QByteArray fragment,
                             std::vector<std::pair<QString, int>> hosts, std::vector<std::pair<QString, int>> zones,
                             DesignPatch references, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_catalog(catalog)
    , m_fragment(std::move(fragment))
    , m_hosts(std::move(hosts))
    , m_zones(std::move(zones))
    , m_references(std::move(references))
{
    auto byIndex = [](const auto &a, const auto &b) { return a.second < b.second; };
    std::sort(m_hosts.begin(), m_hosts.end(), byIndex);
    std::sort(m_zones.begin(), m_zones.end(), byIndex);
    setObsolete(m_hosts.empty() && m_zones.empty());
}

void RemoveCommand::redo()
{
    // References first, so that nothing names a host or zone that is gone.
    PatchCommand::apply(m_document, m_references);
    QStringList hosts;
    for (const auto &h : m_hosts)
        hosts << h.first;
    m_document->removeHosts(hosts);
    for (const auto &z : m_zones)
        m_document->removeZone(z.first);
}

void RemoveCommand::undo()
{
    QString error;
    const std::optional<Fragment> fragment = parseFragment(m_fragment, m_catalog, &error);
    // The fragment was written by this program from a valid design a moment
    // ago; failing to read it back would be a bug in the writer or reader.
    Q_ASSERT_X(fragment, "RemoveCommand::undo", qPrintable(error));
    if (!fragment)
        return;
    QHash<QString, const Zone *> zones;
    for (const Zone &z : fragment->design.zones)
        zones.insert(z.id, &z);
    QHash<QString, const Host *> hosts;
    for (const Host &h : fragment->design.hosts)
        hosts.insert(h.id, &h);
    // Ascending positions put every entity back exactly where it was.
    for (const auto &[id, index] : m_zones)
        if (const Zone *z = zones.value(id))
            m_document->insertZone(index, *z);
    std::vector<std::pair<int, Host>> restored;
    for (const auto &[id, index] : m_hosts)
        if (const Host *h = hosts.value(id))
            restored.emplace_back(index, *h);
    m_document->insertHosts(restored);
    PatchCommand::apply(m_document, m_references.inverted());
}

} // namespace pp::commands
