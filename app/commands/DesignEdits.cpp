// Edits on the design as a whole: links, boundary groups, the review and
// verification records, the name, settings and change request, the
// catalog, and Auto-Arrange. Hosts, zones, sites and the clipboard are in
// Edits.cpp; firewalls and routes in FirewallEdits.cpp.
#include "app/commands/Edits.h"

#include "app/commands/CommandIds.h"
#include "app/commands/PatchCommand.h"
#include "model/document/DesignDocument.h"

#include <QObject>
#include <QUndoStack>

namespace pp::commands {

void Edits::setLinks(const std::vector<Link> &links, const QString &text)
{
    DesignPatch p;
    p.links = std::make_pair(m_document->design().links, links);
    push(std::move(p), text);
}

bool Edits::replaceWith(const Design &after, const QString &text)
{
    DesignPatch p = DesignPatch::between(m_document->design(), after);
    if (p.isEmpty())
        return false;
    push(std::move(p), text);
    return true;
}

void Edits::setBoundaryGroups(const std::vector<BoundaryGroup> &groups, const QString &text)
{
    DesignPatch p;
    p.boundaryGroups = std::make_pair(m_document->design().boundaryGroups, groups);
    push(std::move(p), text);
}

void Edits::addReviewDecision(const ReviewDecision &decision, const QString &cursor)
{
    addReviewDecisions({decision}, cursor);
}

void Edits::addReviewDecisions(const std::vector<ReviewDecision> &decisions, const QString &cursor)
{
    if (decisions.empty())
        return;
    const Design &d = m_document->design();
    std::vector<ReviewDecision> after = d.reviews;
    after.insert(after.end(), decisions.begin(), decisions.end());
    DesignPatch p;
    p.reviews = std::make_pair(std::make_pair(d.reviews, d.reviewCursor), std::make_pair(after, cursor));
    const QString text = decisions.size() == 1
        ? QObject::tr("%1 %2").arg(verdictName(decisions.front().verdict), decisions.front().key)
        : QObject::tr("Decide %n crossing(s)", nullptr, int(decisions.size()));
    push(std::move(p), text);
}

void Edits::moveReviewCursor(const QString &key)
{
    const Design &d = m_document->design();
    if (d.reviewCursor == key)
        return;
    DesignPatch p;
    p.reviews = std::make_pair(std::make_pair(d.reviews, d.reviewCursor), std::make_pair(d.reviews, key));
    push(std::move(p), QObject::tr("Move in the review"), ReviewCursor);
}

void Edits::setVerifications(const std::vector<VerificationRecord> &records, const QString &text)
{
    const Design &d = m_document->design();
    if (d.verifications == records)
        return;
    DesignPatch p;
    p.verifications = std::make_pair(d.verifications, records);
    push(std::move(p), text);
}

void Edits::setName(const QString &name)
{
    DesignPatch p;
    p.name = std::make_pair(m_document->design().name, name);
    push(std::move(p), QObject::tr("Rename design"));
}

void Edits::setSettings(const DesignSettings &settings)
{
    DesignPatch p;
    p.settings = std::make_pair(m_document->design().settings, settings);
    push(std::move(p), QObject::tr("Edit design settings"));
}

void Edits::setChangeRequest(const ChangeRequestInfo &info)
{
    DesignPatch p;
    p.changeRequest = std::make_pair(m_document->design().changeRequest, info);
    push(std::move(p), QObject::tr("Edit change request"));
}

bool Edits::renameGroup(const QString &generated, const QString &name)
{
    ChangeRequestInfo info = m_document->design().changeRequest;
    const QString wanted = name.trimmed();
    if (wanted.isEmpty() || wanted == generated)
        info.groupNames.remove(generated);
    else
        info.groupNames.insert(generated, wanted);
    if (info == m_document->design().changeRequest)
        return false;
    DesignPatch p;
    p.changeRequest = std::make_pair(m_document->design().changeRequest, info);
    push(std::move(p), QObject::tr("Rename group %1").arg(generated));
    return true;
}

bool Edits::setGroupNames(const QMap<QString, QString> &names)
{
    ChangeRequestInfo info = m_document->design().changeRequest;
    info.groupNames.clear();
    for (auto it = names.begin(); it != names.end(); ++it)
        if (const QString wanted = it.value().trimmed(); !wanted.isEmpty() && wanted != it.key())
            info.groupNames.insert(it.key(), wanted);
    if (info == m_document->design().changeRequest)
        return false;
    DesignPatch p;
    p.changeRequest = std::make_pair(m_document->design().changeRequest, info);
    push(std::move(p), QObject::tr("Rename groups"));
    return true;
}

void Edits::setCatalog(const QString &catalogId)
{
    DesignPatch p;
    p.catalog = std::make_pair(m_document->design().catalog, catalogId);
    push(std::move(p), QObject::tr("Change port catalog"));
}

void Edits::arrange(const std::vector<std::pair<QString, QRectF>> &zones, const std::vector<Placement> &hosts)
{
    DesignPatch p;
    for (const auto &[id, rect] : zones)
        if (const Zone *z = m_document->zone(id)) {
            Zone after = *z;
            after.rect = rect;
            p.zones.push_back({id, m_document->zoneIndex(id), *z, after});
        }
    for (const Placement &pl : hosts)
        if (const Host *h = m_document->host(pl.id)) {
            Host after = *h;
            after.pos = pl.pos;
            p.hosts.push_back({pl.id, m_document->hostIndex(pl.id), *h, after});
        }
    push(std::move(p), QObject::tr("Auto-arrange"));
}

} // namespace pp::commands
