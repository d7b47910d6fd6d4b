#pragma once

#include <QStringList>

namespace pp {

/// What an edit touched, for consumers that recompute (the analysis runner
/// passes host-only changes to RulesEngine::update).
struct DesignChange
{
    bool structural = true;   ///< anything beyond the listed hosts changed
    QStringList hosts;        ///< hosts whose fields changed (not added/removed)
};

} // namespace pp
