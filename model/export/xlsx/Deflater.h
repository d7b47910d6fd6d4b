#pragma once

#include "model/export/xlsx/DeflatedPart.h"

#include <QByteArrayView>

#include <memory>

namespace pp::xlsx {

/// Raw deflate into memory, fed piece by piece: the worksheet XML of a
/// large sheet (hundreds of MB) is never held uncompressed. Level 1, not
/// zlib's default 6: on sheet XML it is about three times as fast for
/// about a third more bytes (benchmarks/README.md).
class Deflater
{
public:
    static constexpr int fastest = 1;

    explicit Deflater(int level = fastest);
    ~Deflater();
    Deflater(const Deflater &) = delete;
    Deflater &operator=(const Deflater &) = delete;

    void add(QByteArrayView bytes);
    /// Ends the stream. `last`: with the final block (a whole part); else on
    /// a sync flush, so that another stream can follow (DeflatedPart::join).
    DeflatedPart finish(bool last = true);
    /// The whole of `bytes` as one part.
    static DeflatedPart deflate(QByteArrayView bytes, int level = fastest);

private:
    void run(QByteArrayView bytes, int flush);

    struct Stream;
    std::unique_ptr<Stream> m_stream;
    DeflatedPart m_part;
};

} // namespace pp::xlsx
