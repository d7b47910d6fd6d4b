#include "render/diagram/DiagramStyle.h"

#include <QtMath>

#include <algorithm>

namespace pp::diagram {

QString detailName(Detail d)
{
    switch (d) {
    case Detail::Automatic: return QStringLiteral("auto");
    case Detail::Zones: return QStringLiteral("zones");
    case Detail::Hosts: return QStringLiteral("hosts");
    }
    return {};
}

bool detailFromName(QStringView name, Detail *out)
{
    for (Detail d : {Detail::Automatic, Detail::Zones, Detail::Hosts})
        if (name == detailName(d)) {
            *out = d;
            return true;
        }
    return false;
}

LineStyle lineStyle(LineKind kind)
{
    // Okabe-Ito hues where they fit the house colours: vermillion for what
    // a firewall must open, grey for what stays inside, reddish purple for
    // fallback, bluish green for installation; and a dash of its own each.
    switch (kind) {
    case LineKind::Crossing: return {QColor(0xd3, 0x54, 0x00), 2.5, {}, false};
    case LineKind::Internal: return {QColor(0x8a, 0x93, 0x9c), 1.4, {6, 4}, false};
    case LineKind::FallbackOnly: return {QColor(0x8e, 0x44, 0xad), 2.2, {10, 4, 2, 4}, false};
    case LineKind::Install: return {QColor(0x00, 0x7f, 0x73), 2.4, {1, 5}, true};
    }
    return {};
}

qreal trunkWidth(int openings)
{
    return std::min<qreal>(9, 3 + 1.5 * std::log2(1.0 + std::max(0, openings)));
}

QColor reviewColor(ReviewMark mark)
{
    switch (mark) {
    case ReviewMark::NotReviewed: return QColor(0x95, 0xa5, 0xa6);
    case ReviewMark::Approved: return QColor(0x1e, 0x84, 0x49);
    case ReviewMark::Rejected: return QColor(0xc0, 0x39, 0x2b);
    case ReviewMark::Questioned: return QColor(0x0b, 0x5f, 0xa5);
    case ReviewMark::Stale: return QColor(0xb9, 0x77, 0x0e);
    }
    return {};
}

QString reviewGlyph(ReviewMark mark)
{
    switch (mark) {
    case ReviewMark::NotReviewed: return {};
    case ReviewMark::Approved: return QStringLiteral("\u2713");
    case ReviewMark::Rejected: return QStringLiteral("\u2715");
    case ReviewMark::Questioned: return QStringLiteral("?");
    case ReviewMark::Stale: return QStringLiteral("!");
    }
    return {};
}

ReviewMark worse(ReviewMark a, ReviewMark b)
{
    auto rank = [](ReviewMark m) {
        switch (m) {
        case ReviewMark::Rejected: return 4;
        case ReviewMark::Stale: return 3;
        case ReviewMark::Questioned: return 2;
        case ReviewMark::NotReviewed: return 1;
        case ReviewMark::Approved: return 0;
        }
        return 0;
    };
    return rank(a) >= rank(b) ? a : b;
}

QColor policyColor(PolicyMark mark)
{
    // The Openings table's colours for the same words.
    switch (mark) {
    case PolicyMark::None: return {};
    case PolicyMark::Allowed: return QColor(0x1b, 0x7f, 0x3b);
    case PolicyMark::Partial: return QColor(0xa6, 0x5f, 0x00);
    case PolicyMark::Missing: return QColor(0xb0, 0x20, 0x20);
    }
    return {};
}

QColor checkColor(CheckMark mark)
{
    switch (mark) {
    case CheckMark::None: return {};
    case CheckMark::Verified: return QColor(0x1b, 0x7f, 0x3b);
    case CheckMark::Failed: return QColor(0xb0, 0x20, 0x20);
    case CheckMark::Untested: return QColor(0x6c, 0x75, 0x7d);
    }
    return {};
}

QString checkGlyph(CheckMark mark)
{
    switch (mark) {
    case CheckMark::None: return {};
    case CheckMark::Verified: return QStringLiteral("\u2713");
    case CheckMark::Failed: return QStringLiteral("\u2715");
    case CheckMark::Untested: return QStringLiteral("\u2013");
    }
    return {};
}

PolicyMark combine(PolicyMark a, PolicyMark b)
{
    if (a == PolicyMark::None || a == b)
        return b;
    if (b == PolicyMark::None)
        return a;
    return PolicyMark::Partial; // some of it allowed, some not
}

CheckMark combine(CheckMark a, CheckMark b)
{
    if (a == CheckMark::None || a == b)
        return b;
    if (b == CheckMark::None)
        return a;
    if (a == CheckMark::Failed || b == CheckMark::Failed)
        return CheckMark::Failed;
    return CheckMark::Untested; // verified and untested: not all of it proven
}

QColor selectionColor() { return QColor(0x15, 0x65, 0xc0); }
QColor highlightColor() { return QColor(0xf1, 0xc4, 0x0f); }
QColor pathColor() { return QColor(0x00, 0x96, 0xd6); }

QColor accentColor(const QString &roleGroup)
{
    if (roleGroup == QLatin1String("client"))
        return QColor(0x2e, 0x7d, 0x32);
    if (roleGroup == QLatin1String("external"))
        return QColor(0x8a, 0x5a, 0x00);
    if (roleGroup.isEmpty())
        return QColor(0x9a, 0xa0, 0xa6);
    return QColor(0x1f, 0x5f, 0x99);
}

QString hex(const QColor &c)
{
    return c.name(QColor::HexRgb);
}

} // namespace pp::diagram
