#include "render/ReportStyle.h"

namespace pp {

namespace {

QFont font(qreal points, bool bold, bool condensed)
{
    // DejaVu Sans ships with Qt-based Linux desktops and covers Latin,
    // Greek and Cyrillic; Qt falls back per character for the rest (CJK).
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(qRound(points * ReportStyle::unitsPerPoint));
    f.setBold(bold);
    if (condensed)
        f.setStretch(QFont::SemiCondensed);
    // Design metrics: the widths measured are the widths the PDF draws.
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setKerning(false);
    return f;
}

} // namespace

ReportStyle::ReportStyle()
{
    auto make = [this](TextStyle s, qreal points, bool bold, bool condensed = true) {
        m_measures[int(s)] = std::make_unique<TextMeasure>(font(points, bold, condensed));
    };
    make(TextStyle::Normal, 7.5, false);
    make(TextStyle::Bold, 7.5, true);
    make(TextStyle::Muted, 6.5, false);
    make(TextStyle::Warning, 6.5, false);
    make(TextStyle::Added, 7.5, true);
    make(TextStyle::Removed, 7.5, true);
    make(TextStyle::Modified, 7.5, true);
    make(TextStyle::Header, 7.5, true);
    make(TextStyle::Title, 18, true, false);
    make(TextStyle::Heading, 13, true, false);
    make(TextStyle::Subheading, 10, true, false);
}

ReportStyle::~ReportStyle() = default;

TextMeasure &ReportStyle::measure(TextStyle style)
{
    return *m_measures[int(style)];
}

QColor ReportStyle::color(TextStyle style) const
{
    switch (style) {
    case TextStyle::Muted: return QColor(0x60, 0x6b, 0x6c);
    case TextStyle::Warning: return QColor(0x9a, 0x5b, 0x00);
    case TextStyle::Added: return QColor(0x1e, 0x84, 0x49);
    case TextStyle::Removed: return QColor(0xb0, 0x2a, 0x2a);
    case TextStyle::Modified: return QColor(0xc2, 0x5e, 0x00);
    case TextStyle::Header: return Qt::white;
    case TextStyle::Heading:
    case TextStyle::Subheading: return QColor(0x1f, 0x5f, 0x99);
    default: return QColor(0x1b, 0x26, 0x31);
    }
}

} // namespace pp
