#pragma once

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QStringList>

namespace pp {

/// Widths and line breaks of text in one font, for a report laid out by
/// hand. Lines break at spaces only, so a word is never cut ("runti me"),
/// unless a single word is wider than the whole column: then it breaks
/// after a dot, slash, colon or hyphen, or as a last resort between
/// characters. Word widths are remembered: a report measures the same host
/// and zone names thousands of times.
class TextMeasure
{
public:
    explicit TextMeasure(const QFont &font);

    const QFont &font() const { return m_font; }
    qreal lineHeight() const { return m_lineHeight; }
    qreal ascent() const { return m_ascent; }
    qreal width(QStringView word);
    qreal lineWidth(QStringView line);

    /// The lines `text` takes at `width`; '\n' starts a new line.
    QStringList wrap(const QString &text, qreal width);
    /// Lines `text` takes at `width` (what wrap(...).size() says, faster).
    int lineCount(const QString &text, qreal width);
    /// How much wider `width` must be for `text` to take fewer lines (the
    /// next word of some line fits on it); 0 when it already is one line
    /// per paragraph.
    qreal nextBreak(const QString &text, qreal width);
    /// The widest word (or piece of a long word, as wrap() may break it)
    /// and the widest line as written (no wrapping).
    void natural(const QString &text, qreal *widestWord, qreal *widestLine);

private:
    /// Pieces of a word too wide for `width`.
    QStringList breakWord(QStringView word, qreal width);

    QFont m_font;
    QFontMetricsF m_metrics;
    qreal m_lineHeight;
    qreal m_ascent;
    qreal m_space;
    QHash<QString, qreal> m_widths;
};

} // namespace pp
