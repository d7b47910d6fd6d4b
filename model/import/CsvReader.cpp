#include "model/import/CsvReader.h"

#include <QStringDecoder>

namespace pp {

namespace {

QString decode(const QByteArray &bytes)
{
    if (auto encoding = QStringConverter::encodingForData(bytes)) {
        QStringDecoder decoder(*encoding);
        QString text = decoder(bytes);
        if (text.startsWith(QChar(0xfeff)))
            text.remove(0, 1);
        return text;
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(bytes);
    if (!utf8.hasError())
        return text;
    // Windows PowerShell 5.1's Export-Csv writes the ANSI code page by
    // default; Latin-1 keeps every byte and is right for the usual names.
    return QString::fromLatin1(bytes);
}

QChar separatorOf(const QString &text, qsizetype from)
{
    int commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (qsizetype i = from; i < text.size() && (quoted || (text[i] != u'\n' && text[i] != u'\r')); ++i) {
        const QChar c = text[i];
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && c == u',')
            ++commas;
        else if (!quoted && c == u';')
            ++semicolons;
        else if (!quoted && c == u'\t')
            ++tabs;
    }
    if (semicolons > commas && semicolons >= tabs)
        return QLatin1Char(';');
    if (tabs > commas)
        return QLatin1Char('\t');
    return QLatin1Char(',');
}

} // namespace

CsvTable readCsv(const QByteArray &bytes)
{
    return CsvReader::read(bytes);
}

CsvTable CsvReader::read(const QByteArray &bytes)
{
    return CsvReader(decode(bytes)).run();
}

CsvReader::CsvReader(QString text) : m_text(std::move(text)) {}

CsvTable CsvReader::run()
{
    skipTypeLine();
    const QChar separator = separatorOf(m_text, m_pos);
    m_record.line = m_line;
    while (m_pos < m_text.size()) {
        const QChar c = m_text[m_pos];
        if (m_field.isEmpty() && !m_quotedField && c == u'"') {
            if (!readQuotedField())
                return m_table;
            if (m_pos < m_text.size() && m_text[m_pos] != separator && m_text[m_pos] != u'\r' && m_text[m_pos] != u'\n') {
                fail(QStringLiteral("text after the closing quote of a field"), m_line);
                return m_table;
            }
        } else if (c == separator) {
            endField();
            ++m_pos;
        } else if (c == u'\r' || c == u'\n') {
            endRecord();
            if (c == u'\r' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == u'\n')
                ++m_pos;
            ++m_pos;
            ++m_line;
            m_record.line = m_line;
        } else if (c == u'"') {
            fail(QStringLiteral("a quote inside a field that is not quoted"), m_line);
            return m_table;
        } else {
            // The plain characters up to the next one that means something,
            // appended at once: a character at a time, a field grew (and
            // was reallocated) once per character.
            qsizetype end = m_pos + 1;
            while (end < m_text.size() && m_text[end] != separator && m_text[end] != u'\r' && m_text[end] != u'\n'
                   && m_text[end] != u'"')
                ++end;
            m_field += QStringView(m_text).sliced(m_pos, end - m_pos);
            m_blank = false;
            m_pos = end;
        }
    }
    if (!m_blank || !m_field.isEmpty() || !m_record.fields.isEmpty())
        endRecord();
    return m_table;
}

void CsvReader::skipTypeLine()
{
    if (!m_text.startsWith(QLatin1String("#TYPE")))
        return;
    while (m_pos < m_text.size() && m_text[m_pos] != u'\n')
        ++m_pos;
    ++m_pos;
    ++m_line;
}

bool CsvReader::readQuotedField()
{
    const int startLine = m_line;
    m_quotedField = true;
    m_blank = false;
    ++m_pos;
    for (;;) {
        if (m_pos >= m_text.size())
            return fail(QStringLiteral("a quoted field is never closed"), startLine);
        const QChar q = m_text[m_pos];
        if (q == u'"') {
            if (m_pos + 1 < m_text.size() && m_text[m_pos + 1] == u'"') {
                m_field += q;
                m_pos += 2;
                continue;
            }
            ++m_pos;
            return true;
        }
        qsizetype end = m_pos;
        while (end < m_text.size() && m_text[end] != u'"') {
            if (m_text[end] == u'\n')
                ++m_line;
            ++end;
        }
        m_field += QStringView(m_text).sliced(m_pos, end - m_pos);
        m_pos = end;
    }
}

void CsvReader::endField()
{
    m_record.fields << m_field;
    m_field.clear();
    m_quotedField = false;
    m_blank = false;
}

void CsvReader::endRecord()
{
    m_record.fields << m_field;
    if (!(m_blank && m_record.fields.size() == 1 && m_field.isEmpty()))
        m_table.records.push_back(m_record);
    m_record = CsvRecord();
    m_field.clear();
    m_quotedField = false;
    m_blank = true;
}

bool CsvReader::fail(const QString &error, int line)
{
    m_table.error = error;
    m_table.errorLine = line;
    return false;
}

} // namespace pp
