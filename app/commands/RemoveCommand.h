#pragma once

// Private to the undo layer: deleting hosts and zones. The removed hosts and
// zones are kept as a file-format fragment (Fragment.h) and restored from it
// on undo, at their old positions in the document's lists; what else named
// them (links, boundary groups, a site's proxy) is a DesignPatch applied in
// the same step.

#include <QUndoCommand>

#include "app/commands/DesignPatch.h"

#include <utility>
#include <vector>

namespace pp {
class Catalog;
class DesignDocument;
} // namespace pp

namespace pp::commands {

class RemoveCommand : public QUndoCommand
{
public:
    /// `hosts` and `zones`: ids with their index in the document at removal.
    RemoveCommand(DesignDocument *document, const Catalog &catalog, QByteArray fragment,
                  std::vector<std::pair<QString, int>> hosts, std::vector<std::pair<QString, int>> zones,
                  DesignPatch references, const QString &text);

    void redo() override;
    void undo() override;

private:
    DesignDocument *m_document;
    const Catalog &m_catalog;
    QByteArray m_fragment;
    std::vector<std::pair<QString, int>> m_hosts; ///< ascending index
    std::vector<std::pair<QString, int>> m_zones; ///< ascending index
    DesignPatch m_references;
};

} // namespace pp::commands
