#pragma once

#include <QString>

class QIODevice;

namespace pp {

class Catalog;
struct Analysis;
struct Design;

/// `portplanner-cli flows` as JSON or CSV, streamed flow by flow: what a
/// flow shares with others of its kind (words, anchor, port, flags) is
/// encoded once per kind, host and zone ids once per host and zone, so each
/// flow is a handful of copies. The JSON is laid out as nlohmann_json's
/// dump(2) lays it out (DESIGN.md's field names and order).
class FlowsWriter
{
public:
    enum class Format { Json, Csv };

    FlowsWriter(const Design &design, const Catalog &catalog, const Analysis &analysis);

    /// Every flow (or only the crossing ones) to `out`; false with *error set
    /// when the device refused the bytes.
    bool write(Format format, bool crossingOnly, QIODevice &out, QString *error) const;

private:
    const Design &m_design;
    const Catalog &m_catalog;
    const Analysis &m_analysis;
};

} // namespace pp
