#pragma once

// Private to the file layer: the steps DesignCheck and FirewallCheck take
// on every element alike. An error names the element it is about, names
// and ids hold no control characters (they end up in exports, where a line
// break would start a new rule), and an id is unique among its kind.

#include <QSet>
#include <QString>
#include <QVector>

#include "model/file/LoadError.h"

namespace pp::io {

/// Records that the element at `path` ("hosts[3].zone") is invalid.
void addInvalid(QVector<LoadError> &errors, const QString &path, const QString &message);

bool hasControlCharacters(const QString &text);

/// The id of one element of kind `what` ("zone", "firewall"): no control
/// characters, and not one `seen` already holds (it then joins `seen`). An
/// empty id is left to the reader, which reports it as required.
void checkUniqueId(QVector<LoadError> &errors, const QString &path, const QString &id, QSet<QString> &seen,
                   const char *what);

} // namespace pp::io
