#pragma once

#include <QString>
#include <QVector>

#include "model/design/Design.h"
#include "model/file/LoadError.h"

#include <optional>

namespace pp {

/// What reading a design gave: the design, or every reason it could not be
/// read (never both: nothing is ever half-loaded).
struct LoadResult
{
    std::optional<Design> design;
    QVector<LoadError> errors;

    bool ok() const { return design.has_value(); }
    QString errorText() const; ///< all errors, one per line
};

} // namespace pp
