#include "render/TextMeasure.h"

namespace pp {

namespace {

/// Words of a line: runs between spaces.
template<typename Fn>
void forEachWord(QStringView line, Fn fn)
{
    qsizetype start = 0;
    for (qsizetype i = 0; i <= line.size(); ++i) {
        if (i == line.size() || line[i] == u' ') {
            if (i > start)
                fn(line.mid(start, i - start));
            start = i + 1;
        }
    }
}

bool isBreakAfter(QChar c)
{
    return c == u'.' || c == u'/' || c == u':' || c == u'-' || c == u',' || c == u'>' || c == u'_';
}

/// Words up to this long are never broken; a longer one (an anchor such as
/// BKMK_PortsIntuneConnector-WindowsIntune, a long FQDN) may break after a
/// dot, dash, underscore or slash rather than widen its column for itself.
constexpr qsizetype unbreakable = 24;

} // namespace

TextMeasure::TextMeasure(const QFont &font)
    : m_font(font)
    , m_metrics(font)
    , m_lineHeight(m_metrics.lineSpacing())
    , m_ascent(m_metrics.ascent())
    , m_space(m_metrics.horizontalAdvance(QLatin1Char(' ')))
{
}

qreal TextMeasure::width(QStringView word)
{
    const QString key = word.toString();
    auto it = m_widths.constFind(key);
    if (it == m_widths.constEnd())
        it = m_widths.insert(key, m_metrics.horizontalAdvance(key));
    return *it;
}

qreal TextMeasure::lineWidth(QStringView line)
{
    qreal total = 0;
    int words = 0;
    forEachWord(line, [&](QStringView w) {
        total += width(w);
        ++words;
    });
    return total + std::max(0, words - 1) * m_space;
}

QStringList TextMeasure::breakWord(QStringView word, qreal available)
{
    QStringList pieces;
    qsizetype start = 0;
    while (start < word.size()) {
        // The longest piece that fits, ending after a break character if one
        // does; at least one character so a piece always moves on.
        qsizetype fit = start + 1, breakAt = -1;
        for (qsizetype end = start + 1; end <= word.size(); ++end) {
            if (width(word.mid(start, end - start)) > available)
                break;
            fit = end;
            if (isBreakAfter(word[end - 1]))
                breakAt = end;
        }
        const qsizetype end = breakAt > start && fit < word.size() ? breakAt : fit;
        pieces << word.mid(start, end - start).toString();
        start = end;
    }
    return pieces;
}

QStringList TextMeasure::wrap(const QString &text, qreal available)
{
    QStringList lines;
    for (QStringView paragraph : QStringView(text).split(u'\n')) {
        QString current;
        qreal used = 0;
        forEachWord(paragraph, [&](QStringView w) {
            const qreal ww = width(w);
            if (!current.isEmpty() && used + m_space + ww <= available) {
                current += QLatin1Char(' ');
                current += w;
                used += m_space + ww;
                return;
            }
            if (!current.isEmpty())
                lines << current;
            if (ww <= available) {
                current = w.toString();
                used = ww;
                return;
            }
            QStringList pieces = breakWord(w, available);
            current = pieces.takeLast();
            used = width(current);
            lines << pieces;
        });
        lines << current;
    }
    return lines;
}

int TextMeasure::lineCount(const QString &text, qreal available)
{
    int count = 0;
    for (QStringView paragraph : QStringView(text).split(u'\n')) {
        qreal used = -1;
        ++count;
        forEachWord(paragraph, [&](QStringView w) {
            const qreal ww = width(w);
            if (used >= 0 && used + m_space + ww <= available) {
                used += m_space + ww;
                return;
            }
            if (used >= 0)
                ++count;
            if (ww <= available) {
                used = ww;
                return;
            }
            const QStringList pieces = breakWord(w, available);
            count += int(pieces.size()) - 1;
            used = width(pieces.back());
        });
    }
    return count;
}

qreal TextMeasure::nextBreak(const QString &text, qreal available)
{
    qreal least = 0;
    for (QStringView paragraph : QStringView(text).split(u'\n')) {
        qreal used = -1;
        forEachWord(paragraph, [&](QStringView w) {
            const qreal ww = width(w);
            if (used >= 0 && used + m_space + ww <= available) {
                used += m_space + ww;
                return;
            }
            if (used >= 0) {
                const qreal need = used + m_space + ww - available;
                least = least > 0 ? std::min(least, need) : need;
            }
            used = std::min(ww, available);
        });
    }
    return least;
}

void TextMeasure::natural(const QString &text, qreal *widestWord, qreal *widestLine)
{
    for (QStringView paragraph : QStringView(text).split(u'\n')) {
        qreal line = 0;
        int words = 0;
        forEachWord(paragraph, [&](QStringView w) {
            const qreal ww = width(w);
            line += ww;
            ++words;
            if (w.size() <= unbreakable) {
                *widestWord = std::max(*widestWord, ww);
                return;
            }
            qsizetype start = 0;
            for (qsizetype i = 0; i < w.size(); ++i)
                if (isBreakAfter(w[i]) || i + 1 == w.size()) {
                    *widestWord = std::max(*widestWord, width(w.mid(start, i + 1 - start)));
                    start = i + 1;
                }
        });
        *widestLine = std::max(*widestLine, line + std::max(0, words - 1) * m_space);
    }
}

} // namespace pp
