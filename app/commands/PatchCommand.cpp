#include "app/commands/PatchCommand.h"

#include "model/document/DesignDocument.h"

#include <algorithm>

namespace pp::commands {

namespace {

template<typename T>
std::vector<const EntityChange<T> *> inserts(const std::vector<EntityChange<T>> &changes)
{
    std::vector<const EntityChange<T> *> out;
    for (const auto &c : changes)
        if (!c.before && c.after)
            out.push_back(&c);
    // Ascending positions put every entity back exactly where it was.
    std::sort(out.begin(), out.end(), [](auto a, auto b) { return a->index < b->index; });
    return out;
}

} // namespace

PatchCommand::PatchCommand(DesignDocument *document, DesignPatch patch, const QString &text, int mergeId,
                           QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_patch(std::move(patch))
    , m_mergeId(mergeId)
{
    setObsolete(m_patch.isEmpty());
}

bool PatchCommand::mergeWith(const QUndoCommand *other)
{
    if (other->id() != id() || id() < 0)
        return false;
    const auto *later = static_cast<const PatchCommand *>(other);
    if (later->m_document != m_document || !m_patch.absorb(later->m_patch))
        return false;
    // Nudged there and back: the step changes nothing and leaves the stack.
    setObsolete(m_patch.isEmpty());
    return true;
}

void PatchCommand::redo()
{
    apply(m_document, m_patch);
}

void PatchCommand::undo()
{
    apply(m_document, m_patch.inverted());
}

void PatchCommand::apply(DesignDocument *doc, const DesignPatch &p)
{
    // Removals: firewalls, then hosts, before the zones and sites they live in.
    for (const auto &c : p.firewalls)
        if (c.before && !c.after)
            doc->removeFirewall(c.id);
    QStringList removedHosts;
    for (const auto &c : p.hosts)
        if (c.before && !c.after)
            removedHosts << c.id;
    doc->removeHosts(removedHosts); // one notification for a whole selection
    for (const auto &c : p.zones)
        if (c.before && !c.after)
            doc->removeZone(c.id);
    for (const auto &c : p.sites)
        if (c.before && !c.after)
            doc->removeSite(c.id);
    // Insertions: sites and zones before the hosts that name them.
    for (const auto *c : inserts(p.sites))
        doc->insertSite(c->index, *c->after);
    for (const auto *c : inserts(p.zones))
        doc->insertZone(c->index, *c->after);
    std::vector<std::pair<int, Host>> addedHosts;
    for (const auto *c : inserts(p.hosts))
        addedHosts.emplace_back(c->index, *c->after);
    doc->insertHosts(addedHosts);
    for (const auto *c : inserts(p.firewalls))
        doc->insertFirewall(c->index, *c->after);
    // Replacements.
    for (const auto &c : p.sites)
        if (c.before && c.after && !(*c.before == *c.after))
            doc->replaceSite(c.id, *c.after);
    for (const auto &c : p.zones)
        if (c.before && c.after && !(*c.before == *c.after))
            doc->replaceZone(c.before->id, *c.after); // the id itself may change (a rename)
    std::vector<Host> changed;
    for (const auto &c : p.hosts)
        if (c.before && c.after && !(*c.before == *c.after))
            changed.push_back(*c.after);
    if (!changed.empty())
        doc->replaceHosts(changed); // one notification: the engine recomputes once
    for (const auto &c : p.firewalls)
        if (c.before && c.after && !(*c.before == *c.after))
            doc->replaceFirewall(*c.after);
    if (p.routes)
        doc->setRoutes(p.routes->second);
    if (p.links)
        doc->setLinks(p.links->second);
    if (p.boundaryGroups)
        doc->setBoundaryGroups(p.boundaryGroups->second);
    if (p.reviews)
        doc->setReviews(p.reviews->second.first, p.reviews->second.second);
    if (p.verifications)
        doc->setVerifications(p.verifications->second);
    if (p.name)
        doc->setName(p.name->second);
    if (p.settings)
        doc->setSettings(p.settings->second);
    if (p.changeRequest)
        doc->setChangeRequest(p.changeRequest->second);
    if (p.catalog)
        doc->setCatalog(p.catalog->second);
}

} // namespace pp::commands
