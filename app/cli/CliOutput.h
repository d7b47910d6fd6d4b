#pragma once

#include <QByteArray>

#include "model/engine/Analysis.h"

namespace pp {
class Catalog;
struct Design;
}

namespace pp::cli {

enum class Format { Json, Csv, Table };

/// Every catalog connection and reference table (DESIGN.md "catalog --format json").
QByteArray catalogOutput(const Catalog &catalog, Format format);
/// The flows of an analysis, optionally only those that cross a zone
/// boundary, to standard output (JSON and CSV streamed); false when it
/// could not be written.
bool writeFlows(const Design &design, const Catalog &catalog, const Analysis &analysis, bool crossingOnly,
                Format format);
/// Rule 8's notes: connections left out for internet-based clients, one
/// line each ("note: clients-inet: No PXE over the internet: ..."); empty
/// when there are none.
QByteArray notesOutput(const Design &design, const Catalog &catalog, const Analysis &analysis);
/// Errors and warnings.
QByteArray findingsOutput(const Analysis &analysis, Format format);

} // namespace pp::cli
