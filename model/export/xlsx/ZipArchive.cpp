#include "model/export/xlsx/ZipArchive.h"

#include <QIODevice>

namespace pp::xlsx {

namespace {

constexpr qint64 zipLimit = 0xFFFFFFFFLL;
constexpr quint16 deflated = 8;
constexpr quint16 version20 = 20;   // needed to extract deflate
constexpr quint16 utf8Names = 1 << 11;
constexpr quint16 dosDate1980 = (0 << 9) | (1 << 5) | 1; // 1980-01-01
constexpr quint16 dosTime0 = 0;

/// Little-endian fields, as every ZIP header has them.
class Header
{
public:
    explicit Header(quint32 signature) { u32(signature); }
    Header &u16(quint16 v)
    {
        bytes.append(char(v & 0xFF)).append(char(v >> 8));
        return *this;
    }
    Header &u32(quint32 v) { return u16(quint16(v & 0xFFFF)).u16(quint16(v >> 16)); }
    QByteArray bytes;
};

} // namespace

ZipArchive::ZipArchive(QIODevice &out)
    : m_out(out)
{
}

bool ZipArchive::write(const QByteArray &bytes)
{
    if (m_out.write(bytes) != bytes.size()) {
        m_error = QStringLiteral("cannot write: %1").arg(m_out.errorString());
        return false;
    }
    m_offset += bytes.size();
    return true;
}

bool ZipArchive::add(const QString &name, const DeflatedPart &part)
{
    if (part.size > zipLimit || part.data.size() > zipLimit || m_offset > zipLimit) {
        m_error = QStringLiteral("the workbook's part %1 is over 4 GB, more than an XLSX file without ZIP64 "
                                 "holds: export CSV instead")
                      .arg(name);
        return false;
    }
    Entry e{name.toUtf8(), part.crc, quint32(part.data.size()), quint32(part.size), quint32(m_offset)};
    Header h(0x04034b50);
    h.u16(version20).u16(utf8Names).u16(deflated).u16(dosTime0).u16(dosDate1980);
    h.u32(e.crc).u32(e.compressed).u32(e.size).u16(quint16(e.name.size())).u16(0);
    h.bytes.append(e.name);
    m_entries.push_back(std::move(e));
    return write(h.bytes) && write(part.data);
}

bool ZipArchive::finish()
{
    const qint64 directoryStart = m_offset;
    QByteArray directory;
    for (const Entry &e : m_entries) {
        Header h(0x02014b50);
        h.u16(version20).u16(version20).u16(utf8Names).u16(deflated).u16(dosTime0).u16(dosDate1980);
        h.u32(e.crc).u32(e.compressed).u32(e.size).u16(quint16(e.name.size()));
        h.u16(0).u16(0).u16(0).u16(0).u32(0).u32(e.offset);
        directory.append(h.bytes).append(e.name);
    }
    if (directoryStart > zipLimit || m_entries.size() > 0xFFFF) {
        m_error = QStringLiteral("the workbook is over 4 GB, more than an XLSX file without ZIP64 holds: "
                                 "export CSV instead");
        return false;
    }
    Header end(0x06054b50);
    end.u16(0).u16(0).u16(quint16(m_entries.size())).u16(quint16(m_entries.size()));
    end.u32(quint32(directory.size())).u32(quint32(directoryStart)).u16(0);
    return write(directory) && write(end.bytes);
}

} // namespace pp::xlsx
