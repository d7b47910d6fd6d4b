#pragma once

#include "model/engine/AnalysisSnapshot.h"

#include <QString>

#include <functional>
#include <vector>

namespace pp {
class Catalog;
}

namespace pp::views {

/// One sort key per flow for a column of the flows table, in the order the
/// column's text sorts: each distinct text (a host id, a zone, a seed
/// anchor, a description) is ranked once, then every flow takes its rank.
/// Reading 300,000 rows' text through data() to compare it is what made
/// sorting the XL design's table take half a second.
class FlowSortKeys
{
public:
    /// `text` gives a column's translated words for the few fixed values
    /// ("yes", "install", "catalog rule"), as the table shows them.
    using Words = std::function<QString(const char *)>;

    static std::vector<quint32> keys(const AnalysisSnapshot &snapshot, const Catalog &catalog, int column,
                                     const Words &words);
};

} // namespace pp::views
