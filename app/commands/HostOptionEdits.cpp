// Edits of a host's options on their own (the Properties panel's
// current-branch fields), each one undo step with a name of its own.
#include "app/commands/Edits.h"

#include "app/commands/DesignPatch.h"
#include "model/document/DesignDocument.h"

namespace pp::commands {

bool Edits::setHostOptions(const QString &hostId, const HostOptions &options, const QString &text)
{
    const Host *current = m_document->host(hostId);
    if (!current || current->options == options)
        return false;
    Host after = *current;
    after.options = options;
    DesignPatch p;
    p.hosts.push_back({hostId, m_document->hostIndex(hostId), *current, after});
    push(std::move(p), text);
    return true;
}

} // namespace pp::commands
