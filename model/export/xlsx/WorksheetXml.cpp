#include "model/export/xlsx/WorksheetXml.h"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace pp::xlsx {

namespace {

constexpr double minWidth = 8;
constexpr double maxWidth = 60;
constexpr size_t flushAt = 1 << 18;
const QString cutNote = QStringLiteral(" ... (cut here: a cell holds 32,767 characters; the CSV export has all of it)");

/// 0, or up to nine digits without a leading zero: exact as a number.
bool isPlainInteger(QStringView s)
{
    if (s.isEmpty() || s.size() > 9 || (s.size() > 1 && s.front() == u'0'))
        return false;
    return std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

/// Longest line of a cell, in characters.
int longestLine(QStringView text)
{
    int longest = 0, current = 0;
    for (const QChar c : text) {
        current = c == u'\n' ? 0 : current + 1;
        longest = std::max(longest, current);
    }
    return longest;
}

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

/// "_x" and four hex digits and "_": what Excel reads as an escaped
/// character, so a literal one needs its underscore escaped.
bool looksEscaped(QStringView text, qsizetype i)
{
    if (i + 6 >= text.size() || text[i + 1] != u'x' || text[i + 6] != u'_')
        return false;
    for (qsizetype k = i + 2; k < i + 6; ++k)
        if (text[k].unicode() > 0x7F || !std::isxdigit(static_cast<unsigned char>(text[k].toLatin1())))
            return false;
    return true;
}

void appendEscape(std::string &out, char16_t c)
{
    static const char hex[] = "0123456789ABCDEF";
    out += "_x";
    for (int shift = 12; shift >= 0; shift -= 4)
        out += hex[(c >> shift) & 0xF];
    out += '_';
}

void appendUtf8(std::string &out, char32_t c)
{
    if (c < 0x800) {
        out += char(0xC0 | (c >> 6));
    } else if (c < 0x10000) {
        out += char(0xE0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3F));
    } else {
        out += char(0xF0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3F));
        out += char(0x80 | ((c >> 6) & 0x3F));
    }
    out += char(0x80 | (c & 0x3F));
}

/// Written as it is: printable ASCII but markup and underscores, and the
/// three control characters XML keeps.
bool isPlainAscii(char16_t c)
{
    return (c >= 0x20 && c < 0x7F && c != u'&' && c != u'<' && c != u'>' && c != u'_') || c == u'\t' || c == u'\n'
        || c == u'\r';
}

/// Appends the character at `i` that is not plain ASCII; returns the index
/// after it.
qsizetype appendSpecial(std::string &out, QStringView text, qsizetype i)
{
    const char16_t c = text[i].unicode();
    switch (c) {
    case u'&': out += "&amp;"; return i + 1;
    case u'<': out += "&lt;"; return i + 1;
    case u'>': out += "&gt;"; return i + 1;
    case u'_':
        if (looksEscaped(text, i))
            appendEscape(out, c);
        else
            out += '_';
        return i + 1;
    default:
        break;
    }
    if (c < 0x20 || c == 0x7F) {
        appendEscape(out, c); // no XML 1.0 document may hold it
    } else if (QChar::isHighSurrogate(c) && i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode())) {
        appendUtf8(out, QChar::surrogateToUcs4(c, text[i + 1].unicode()));
        return i + 2;
    } else if (QChar::isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
        appendUtf8(out, 0xFFFD); // not a character: the replacement one
    } else {
        appendUtf8(out, c);
    }
    return i + 1;
}

/// Excel's column width for `chars` characters of Calibri 11, as Excel
/// itself (and libxlsxwriter) store it: 7-pixel digits, 5 pixels padding.
double storedWidth(double chars)
{
    return double(int((chars * 7 + 5) / 7 * 256)) / 256;
}

} // namespace

std::string WorksheetXml::columnName(int column)
{
    std::string name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.insert(name.begin(), char('A' + (c - 1) % 26));
    return name;
}

void WorksheetXml::appendText(std::string &out, QStringView text)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (!isPlainAscii(text[i].unicode())) {
            i = appendSpecial(out, text, i);
            continue;
        }
        // Most text is plain ASCII: copy each run of it in one pass (the
        // string grows by the run only: Chinese text is all other characters).
        qsizetype end = i + 1;
        while (end < n && isPlainAscii(text[end].unicode()))
            ++end;
        const size_t start = out.size();
        out.resize(start + size_t(end - i));
        char *to = out.data() + start;
        for (; i < end; ++i)
            *to++ = char(text[i].unicode());
    }
}

WorksheetXml::WorksheetXml(const QStringList &headers, bool selected)
    : m_widths(size_t(headers.size()), minWidth)
    , m_selected(selected)
{
    for (int c = 0; c < headers.size(); ++c)
        m_columnNames.push_back(columnName(c));
    m_buffer.reserve(flushAt + (1 << 16));
    addRow(headers, CellStyle::Header);
}

bool WorksheetXml::add(const QStringList &row, CellStyle style)
{
    if (m_rows >= maxRows)
        return false;
    addRow(row, style);
    return true;
}

void WorksheetXml::addRow(const QStringList &row, CellStyle style)
{
    ++m_rows;
    char digits[16];
    const auto end = std::to_chars(digits, digits + sizeof digits, m_rows).ptr;
    m_rowNumber.assign(digits, end);
    m_buffer += "<row r=\"";
    m_buffer += m_rowNumber;
    m_buffer += "\">";
    for (int c = 0; c < row.size() && c < columns(); ++c)
        if (!row[c].isEmpty()) // an absent cell reads as empty
            cell(c, row[c], style);
    m_buffer += "</row>";
    flush(false);
}

void WorksheetXml::cell(int column, QStringView text, CellStyle style)
{
    double &width = m_widths[size_t(column)];
    if (width < maxWidth && text.size() + 2 > width)
        width = std::clamp(double(longestLine(text)) + 2, width, maxWidth);
    m_buffer += "<c r=\"";
    m_buffer += m_columnNames[size_t(column)];
    m_buffer += m_rowNumber;
    m_buffer += '"';
    if (style != CellStyle::Plain) {
        m_buffer += " s=\"";
        m_buffer += char('0' + int(style));
        m_buffer += '"';
    }
    if (isPlainInteger(text)) {
        m_buffer += "><v>";
        for (const QChar c : text)
            m_buffer += char(c.unicode());
        m_buffer += "</v></c>";
        return;
    }
    QString cut;
    if (text.size() > maxCellText) {
        cut = text.left(maxCellText - cutNote.size()).toString() + cutNote;
        text = cut;
    }
    m_buffer += isBlank(text.front()) || isBlank(text.back()) ? " t=\"inlineStr\"><is><t xml:space=\"preserve\">"
                                                             : " t=\"inlineStr\"><is><t>";
    appendText(m_buffer, text);
    m_buffer += "</t></is></c>";
}

void WorksheetXml::flush(bool force)
{
    if (force || m_buffer.size() >= flushAt) {
        m_body.add(QByteArrayView(m_buffer.data(), qsizetype(m_buffer.size())));
        m_buffer.clear();
    }
}

std::string WorksheetXml::head() const
{
    const std::string range = "A1:" + lastColumn() + std::to_string(m_rows);
    std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                      "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                      "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">";
    xml += "<dimension ref=\"" + range + "\"/>";
    // The header row stays in view while scrolling.
    xml += m_selected ? "<sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\">"
                      : "<sheetViews><sheetView workbookViewId=\"0\">";
    xml += "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
           "<selection pane=\"bottomLeft\"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/><cols>";
    char number[32];
    for (size_t c = 0; c < m_widths.size(); ++c) {
        const std::string index = std::to_string(c + 1);
        const auto end = std::to_chars(number, number + sizeof number, storedWidth(m_widths[c])).ptr;
        xml += "<col min=\"" + index + "\" max=\"" + index + "\" width=\"" + std::string(number, end)
            + "\" customWidth=\"1\"/>";
    }
    xml += "</cols><sheetData>";
    return xml;
}

std::string WorksheetXml::tail() const
{
    // A filter on the header row; printed landscape (WorkbookParts repeats
    // the header row on every page).
    return "</sheetData><autoFilter ref=\"A1:" + lastColumn() + std::to_string(m_rows)
        + "\"/><pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
          "<pageSetup orientation=\"landscape\"/></worksheet>";
}

DeflatedPart WorksheetXml::finish()
{
    m_buffer += tail();
    flush(true);
    DeflatedPart body = m_body.finish(true);
    Deflater head;
    const std::string xml = this->head();
    head.add(QByteArrayView(xml.data(), qsizetype(xml.size())));
    return DeflatedPart::join(head.finish(false), body);
}

} // namespace pp::xlsx
