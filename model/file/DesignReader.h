#pragma once

#include <QByteArray>
#include <QString>

#include "model/file/LoadResult.h"

namespace pp {

class Catalog;

/// Reads .portplan files in three passes: JSON syntax (with line and
/// column), then the shape and types of every field (with its path), then
/// the cross-references (DesignCheck). Every pass reports all it finds.
class DesignReader
{
public:
    static LoadResult load(const QString &path, const Catalog &catalog);
    static LoadResult parse(const QByteArray &bytes, const Catalog &catalog);
};

} // namespace pp
