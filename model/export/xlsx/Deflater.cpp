#include "model/export/xlsx/Deflater.h"

#include <zlib.h>

#include <algorithm>
#include <new>
#include <stdexcept>

namespace pp::xlsx {

struct Deflater::Stream
{
    z_stream z{};
};

DeflatedPart DeflatedPart::join(const DeflatedPart &head, const DeflatedPart &tail)
{
    DeflatedPart part;
    part.data.reserve(head.data.size() + tail.data.size());
    part.data.append(head.data).append(tail.data);
    part.crc = quint32(crc32_combine(head.crc, tail.crc, z_off_t(tail.size)));
    part.size = head.size + tail.size;
    return part;
}

Deflater::Deflater(int level)
    : m_stream(std::make_unique<Stream>())
{
    // -15: a raw stream with a 32 KB window, as ZIP's method 8 wants.
    if (deflateInit2(&m_stream->z, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        throw std::bad_alloc();
    m_part.crc = quint32(crc32(0, nullptr, 0));
}

Deflater::~Deflater()
{
    deflateEnd(&m_stream->z);
}

void Deflater::add(QByteArrayView bytes)
{
    if (!bytes.isEmpty())
        run(bytes, Z_NO_FLUSH);
}

DeflatedPart Deflater::finish(bool last)
{
    run({}, last ? Z_FINISH : Z_SYNC_FLUSH);
    DeflatedPart part = std::move(m_part);
    m_part = {};
    return part;
}

DeflatedPart Deflater::deflate(QByteArrayView bytes, int level)
{
    Deflater d(level);
    d.add(bytes);
    return d.finish();
}

void Deflater::run(QByteArrayView bytes, int flush)
{
    z_stream &z = m_stream->z;
    // zlib counts in uInt: feed a view larger than 1 GB in pieces.
    constexpr qsizetype piece = qsizetype(1) << 30;
    qsizetype offset = 0;
    do {
        const qsizetype n = std::min(piece, bytes.size() - offset);
        const bool lastPiece = offset + n == bytes.size();
        const auto *in = reinterpret_cast<const Bytef *>(bytes.data() + offset);
        if (n > 0) // crc32() of no buffer restarts the sum
            m_part.crc = quint32(crc32(m_part.crc, in, uInt(n)));
        m_part.size += n;
        z.next_in = const_cast<Bytef *>(in);
        z.avail_in = uInt(n);
        const int mode = lastPiece ? flush : Z_NO_FLUSH;
        int status = Z_OK;
        do {
            // Output grows in steps of at least 64 KB (or a quarter of what
            // is there), so that appending stays linear.
            const qsizetype room = std::max<qsizetype>(qsizetype(deflateBound(&z, z.avail_in)) + 64, 1 << 16);
            const qsizetype used = m_part.data.size();
            if (m_part.data.capacity() < used + room)
                m_part.data.reserve(std::max(used + room, used + used / 4));
            m_part.data.resize(used + room);
            z.next_out = reinterpret_cast<Bytef *>(m_part.data.data() + used);
            z.avail_out = uInt(room);
            status = ::deflate(&z, mode);
            m_part.data.resize(used + room - qsizetype(z.avail_out));
            if (status == Z_STREAM_ERROR)
                throw std::logic_error("deflate: stream error");
        } while (z.avail_in > 0 || (mode != Z_NO_FLUSH && z.avail_out == 0 && status != Z_STREAM_END)
                 || (mode == Z_FINISH && status != Z_STREAM_END));
        offset += n;
    } while (offset < bytes.size());
}

} // namespace pp::xlsx
