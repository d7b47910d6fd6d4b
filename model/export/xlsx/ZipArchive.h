#pragma once

#include "model/export/xlsx/DeflatedPart.h"

#include <QString>

#include <vector>

class QIODevice;

namespace pp::xlsx {

/// A ZIP archive (the container of an XLSX workbook) streamed to a device:
/// each part is written whole as it is added, the central directory at
/// finish(). Dates are fixed (1980-01-01, as libxlsxwriter and Excel's own
/// reproducible saves use), so the same request gives the same bytes.
/// No ZIP64: a part or the archive over 4 GB is refused with a message.
class ZipArchive
{
public:
    explicit ZipArchive(QIODevice &out);

    /// False with error() set when the device refuses the bytes or the part
    /// is too large for a ZIP without ZIP64.
    bool add(const QString &name, const DeflatedPart &part);
    /// Writes the central directory; the archive is complete after it.
    bool finish();
    QString error() const { return m_error; }

private:
    struct Entry
    {
        QByteArray name;
        quint32 crc;
        quint32 compressed;
        quint32 size;
        quint32 offset;
    };
    bool write(const QByteArray &bytes);

    QIODevice &m_out;
    qint64 m_offset = 0;
    std::vector<Entry> m_entries;
    QString m_error;
};

} // namespace pp::xlsx
