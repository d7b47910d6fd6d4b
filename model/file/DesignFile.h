#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

#include "model/design/Design.h"

#include <optional>

namespace pp {

class Catalog;

/// One reason a file could not be read. Where the JSON itself is malformed,
/// line and column (1-based) say where; otherwise `path` names the element
/// ("hosts[3].roles[1]").
struct LoadError
{
    enum class Kind {
        Io,            ///< cannot open or read the file
        Syntax,        ///< malformed JSON
        NotADesign,    ///< some other JSON document
        NewerVersion,  ///< written by a later PortPlanner
        Invalid,       ///< a design, but with contradictions (unknown ids, bad ports...)
    };
    Kind kind = Kind::Invalid;
    QString message;
    QString path;
    int line = 0;
    int column = 0;

    QString toString() const;
};

struct LoadResult
{
    std::optional<Design> design;
    QVector<LoadError> errors;

    bool ok() const { return design.has_value(); }
    QString errorText() const; ///< all errors, one per line
};

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

/// Checks the internal consistency DesignFile::parse also checks (ids,
/// references, cycles, addresses, ports). The designer uses it to vet a
/// pasted or imported fragment before it enters the document.
QVector<LoadError> checkDesign(const Design &design, const Catalog &catalog);

} // namespace pp
