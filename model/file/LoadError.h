#pragma once

#include <QString>

namespace pp {

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

    /// An error of `kind` with `message` and no position.
    static LoadError of(Kind kind, const QString &message);
    /// An Invalid error at the element `path`.
    static LoadError at(const QString &path, const QString &message);

    QString toString() const;
};

} // namespace pp
