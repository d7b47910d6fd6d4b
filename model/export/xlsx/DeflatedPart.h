#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace pp::xlsx {

/// One part of a ZIP archive, already deflated (raw deflate, no zlib
/// header): what the archive's headers need to know about it.
struct DeflatedPart
{
    QByteArray data;   ///< the compressed bytes
    quint32 crc = 0;   ///< CRC-32 of the uncompressed bytes
    qint64 size = 0;   ///< uncompressed size

    /// `head` followed by `tail` as one part. `head` must end on a sync
    /// flush (Deflater::flush): raw deflate streams joined that way are
    /// one valid stream.
    static DeflatedPart join(const DeflatedPart &head, const DeflatedPart &tail);
};

} // namespace pp::xlsx
