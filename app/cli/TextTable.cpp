#include "app/cli/TextTable.h"

namespace pp::cli {

namespace {

int displayWidth(const QString &s)
{
    int w = 0;
    for (QChar c : s) {
        const ushort u = c.unicode();
        // CJK, Hangul, full-width forms: two terminal cells.
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF)
            || (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF)
            || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60) || (u >= 0xFFE0 && u <= 0xFFE6);
        w += wide ? 2 : 1;
    }
    return w;
}

} // namespace

QString TextTable::toString() const
{
    QVector<int> widths(m_headers.size(), 0);
    auto measure = [&widths](const QStringList &cells) {
        for (int i = 0; i < cells.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(cells[i]));
    };
    measure(m_headers);
    for (const auto &r : m_rows)
        measure(r);

    auto line = [&widths](const QStringList &cells) {
        QString out;
        for (int i = 0; i < widths.size(); ++i) {
            const QString cell = i < cells.size() ? cells[i] : QString();
            out += cell;
            if (i + 1 < widths.size())
                out += QString(widths[i] - displayWidth(cell) + 2, QLatin1Char(' '));
        }
        while (out.endsWith(QLatin1Char(' ')))
            out.chop(1);
        return out + QLatin1Char('\n');
    };
    QString out = line(m_headers);
    QStringList rule;
    for (int w : widths)
        rule << QString(w, QLatin1Char('-'));
    out += line(rule);
    for (const auto &r : m_rows)
        out += line(r);
    return out;
}

} // namespace pp::cli
