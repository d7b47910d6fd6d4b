#include "model/file/DesignFile.h"

#include "model/file/DesignReader.h"
#include "model/file/DesignWriter.h"

namespace pp {

LoadResult DesignFile::load(const QString &path, const Catalog &catalog)
{
    return DesignReader::load(path, catalog);
}

LoadResult DesignFile::parse(const QByteArray &bytes, const Catalog &catalog)
{
    return DesignReader::parse(bytes, catalog);
}

QByteArray DesignFile::serialize(const Design &design)
{
    return DesignWriter::serialize(design);
}

bool DesignFile::save(const Design &design, const QString &path, QString *error)
{
    return DesignWriter::save(design, path, error);
}

} // namespace pp
