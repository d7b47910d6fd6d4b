#include "app/commands/RemoveCommand.h"

#include "app/commands/PatchCommand.h"
#include "model/document/DesignDocument.h"

#include <algorithm>

namespace pp::commands {

RemoveCommand::RemoveCommand(DesignDocument *document, std::vector<std::pair<int, Host>> hosts,
                             std::vector<std::pair<int, Zone>> zones, DesignPatch references, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_hosts(std::move(hosts))
    , m_zones(std::move(zones))
    , m_references(std::move(references))
{
    auto byIndex = [](const auto &a, const auto &b) { return a.first < b.first; };
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
        hosts << h.second.id;
    m_document->removeHosts(hosts);
    for (const auto &z : m_zones)
        m_document->removeZone(z.second.id);
}

void RemoveCommand::undo()
{
    // Ascending positions put every entity back exactly where it was.
    for (const auto &[index, zone] : m_zones)
        m_document->insertZone(index, zone);
    m_document->insertHosts(m_hosts);
    PatchCommand::apply(m_document, m_references.inverted());
}

} // namespace pp::commands
