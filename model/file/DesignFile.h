#pragma once

// The .portplan format's front door: load, parse, serialize, save. The work
// is done by DesignReader (JSON, shape and types), DesignCheck (references,
// cycles, addresses) and DesignWriter (stable key order and layout).

#include <QByteArray>
#include <QString>

#include "model/design/Design.h"
#include "model/file/DesignCheck.h"
#include "model/file/LoadResult.h"

namespace pp {

class Catalog;

/// The .portplan format, version 1 (DESIGN.md). Reading checks the design
/// against the catalog (role ids, refs) and refuses anything it cannot
/// represent faithfully; nothing is ever half-loaded.
class DesignFile
{
public:
    static constexpr int CurrentVersion = 1;
    /// Files larger than this are refused before parsing.
    static constexpr qint64 MaxFileSize = 256LL * 1024 * 1024;
    /// Deeper JSON nesting than any design needs is refused (hostile files).
    static constexpr int MaxDepth = 64;

    static LoadResult load(const QString &path, const Catalog &catalog);
    static LoadResult parse(const QByteArray &bytes, const Catalog &catalog);

    /// Serialises with stable key and element order, 2-space indent, short
    /// scalar arrays on one line: files diff well in git.
    static QByteArray serialize(const Design &design);

    /// Atomic save: writes a temporary file and renames it over `path`, so a
    /// failed save leaves the old file intact. Returns false and sets *error.
    static bool save(const Design &design, const QString &path, QString *error);
};

} // namespace pp
