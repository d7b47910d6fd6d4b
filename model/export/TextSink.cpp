#include "model/export/TextSink.h"

#include <QIODevice>

#include <cstring>

namespace pp {

namespace {

constexpr qsizetype bufferSize = 1 << 20;

} // namespace

TextSink::TextSink(QIODevice &device)
    : m_device(device)
{
    m_buffer.resize(bufferSize);
}

TextSink::~TextSink()
{
    flush();
}

char *TextSink::reserve(qsizetype bytes)
{
    if (m_used + bytes > m_buffer.size())
        flush();
    if (bytes > m_buffer.size())
        m_buffer.resize(bytes);
    return m_buffer.data() + m_used;
}

TextSink &TextSink::operator<<(QStringView text)
{
    char *out = reserve(m_encoder.requiredSpace(text.size()));
    m_used = m_encoder.appendToBuffer(out, text) - m_buffer.data();
    return *this;
}

TextSink &TextSink::operator<<(const char *bytes)
{
    write(bytes, qsizetype(std::strlen(bytes)));
    return *this;
}

TextSink &TextSink::operator<<(const QByteArray &bytes)
{
    write(bytes.constData(), bytes.size());
    return *this;
}

TextSink &TextSink::operator<<(char c)
{
    *reserve(1) = c;
    ++m_used;
    return *this;
}

void TextSink::write(const char *bytes, qsizetype size)
{
    std::memcpy(reserve(size), bytes, size_t(size));
    m_used += size;
}

bool TextSink::flush()
{
    if (m_used > 0 && m_ok) {
        m_ok = m_device.write(m_buffer.constData(), m_used) == m_used;
        m_written += m_used;
    }
    m_used = 0;
    return m_ok;
}

QString TextSink::errorString() const
{
    return m_device.errorString();
}

} // namespace pp
