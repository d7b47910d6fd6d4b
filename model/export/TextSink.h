#pragma once

#include <QByteArray>
#include <QString>
#include <QStringEncoder>

class QIODevice;

namespace pp {

/// Text out to a device as UTF-8, through one fixed buffer: a writer streams
/// hundreds of megabytes without holding them. QStrings are encoded straight
/// into the buffer (no temporary QByteArray per value).
class TextSink
{
public:
    explicit TextSink(QIODevice &device);
    ~TextSink();
    TextSink(const TextSink &) = delete;
    TextSink &operator=(const TextSink &) = delete;

    TextSink &operator<<(QStringView text);
    TextSink &operator<<(const QString &text) { return *this << QStringView(text); }
    /// ASCII (or UTF-8) bytes as they are.
    TextSink &operator<<(const char *bytes);
    TextSink &operator<<(const QByteArray &bytes);
    TextSink &operator<<(char c);
    void write(const char *bytes, qsizetype size);

    /// Hands the buffer to the device; false (errorString()) if it refused.
    bool flush();
    bool ok() const { return m_ok; }
    QString errorString() const;
    qint64 written() const { return m_written + m_used; }

private:
    char *reserve(qsizetype bytes);

    QIODevice &m_device;
    QByteArray m_buffer;
    qsizetype m_used = 0;
    qint64 m_written = 0;
    QStringEncoder m_encoder{QStringEncoder::Utf8};
    bool m_ok = true;
};

} // namespace pp
