#include "app/commands/DesignPatch.h"

#include "model/DesignDocument.h"

#include <algorithm>

namespace pp::commands {

namespace {

template<typename T>
std::vector<EntityChange<T>> invert(const std::vector<EntityChange<T>> &changes)
{
    std::vector<EntityChange<T>> out;
    out.reserve(changes.size());
    for (const auto &c : changes)
        out.push_back({c.id, c.index, c.after, c.before});
    return out;
}

template<typename T>
ValueChange<T> invert(const ValueChange<T> &change)
{
    if (!change)
        return std::nullopt;
    return std::make_pair(change->second, change->first);
}

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

bool DesignPatch::isEmpty() const
{
    auto sameEntities = [](const auto &list) {
        for (const auto &c : list)
            if (!(c.before == c.after))
                return false;
        return true;
    };
    auto sameValue = [](const auto &v) { return !v || v->first == v->second; };
    return sameEntities(hosts) && sameEntities(zones) && sameEntities(sites) && sameValue(links)
        && sameValue(boundaryGroups) && sameValue(reviews) && sameValue(name) && sameValue(settings)
        && sameValue(changeRequest);
}

DesignPatch DesignPatch::inverted() const
{
    DesignPatch p;
    p.hosts = invert(hosts);
    p.zones = invert(zones);
    p.sites = invert(sites);
    p.links = invert(links);
    p.boundaryGroups = invert(boundaryGroups);
    p.reviews = invert(reviews);
    p.name = invert(name);
    p.settings = invert(settings);
    p.changeRequest = invert(changeRequest);
    return p;
}

PatchCommand::PatchCommand(DesignDocument *document, DesignPatch patch, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_patch(std::move(patch))
{
    setObsolete(m_patch.isEmpty());
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
    // Removals: hosts before the zones and sites they live in.
    for (const auto &c : p.hosts)
        if (c.before && !c.after)
            doc->removeHost(c.id);
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
    for (const auto *c : inserts(p.hosts))
        doc->insertHost(c->index, *c->after);
    // Replacements.
    for (const auto &c : p.sites)
        if (c.before && c.after && !(*c.before == *c.after))
            doc->replaceSite(c.id, *c.after);
    for (const auto &c : p.zones)
        if (c.before && c.after && !(*c.before == *c.after))
            doc->replaceZone(*c.after);
    std::vector<Host> changed;
    for (const auto &c : p.hosts)
        if (c.before && c.after && !(*c.before == *c.after))
            changed.push_back(*c.after);
    if (!changed.empty())
        doc->replaceHosts(changed); // one notification: the engine recomputes once
    if (p.links)
        doc->setLinks(p.links->second);
    if (p.boundaryGroups)
        doc->setBoundaryGroups(p.boundaryGroups->second);
    if (p.reviews)
        doc->setReviews(p.reviews->second.first, p.reviews->second.second);
    if (p.name)
        doc->setName(p.name->second);
    if (p.settings)
        doc->setSettings(p.settings->second);
    if (p.changeRequest)
        doc->setChangeRequest(p.changeRequest->second);
}

} // namespace pp::commands
