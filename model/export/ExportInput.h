#pragma once

namespace pp {

class Catalog;
struct Analysis;
struct ChangeRequest;
struct Design;

/// What every change-request writer is given: the request model, and the
/// design and analysis for the parts some formats add (hosts and zones
/// sheets, findings, the diagram).
struct ExportInput
{
    const ChangeRequest &request;
    const Design &design;
    const Catalog &catalog;
    const Analysis &analysis;
    /// A preview: only the first lines, and the output says where it stops.
    /// -1: everything.
    int lineLimit = -1;

    /// How many lines a writer writes: all, or the ones a preview shows.
    int linesToWrite() const;
};

} // namespace pp
