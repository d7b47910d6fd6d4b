#pragma once

// Private to the undo layer: deleting hosts and zones. The removed hosts and
// zones are kept as the design's own values with their old positions in the
// document's lists, and put back exactly there on undo (no serialising and
// reading back: undoing the deletion of a zone of 2,000 hosts is a list
// merge); what else named them (links, boundary groups, a site's proxy) is
// a DesignPatch applied in the same step.

#include <QUndoCommand>

#include "app/commands/DesignPatch.h"
#include "model/design/Design.h"

#include <utility>
#include <vector>

namespace pp {
class DesignDocument;
} // namespace pp

namespace pp::commands {

class RemoveCommand : public QUndoCommand
{
public:
    /// `hosts` and `zones`: each with its index in the document at removal.
    RemoveCommand(DesignDocument *document, std::vector<std::pair<int, Host>> hosts,
                  std::vector<std::pair<int, Zone>> zones, DesignPatch references, const QString &text);

    void redo() override;
    void undo() override;

private:
    DesignDocument *m_document;
    std::vector<std::pair<int, Host>> m_hosts; ///< ascending index
    std::vector<std::pair<int, Zone>> m_zones; ///< ascending index
    DesignPatch m_references;
};

} // namespace pp::commands
