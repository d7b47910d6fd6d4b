#pragma once

// The diagram's visual vocabulary, once: what each kind of connection and
// each review state looks like. The canvas paints with it (QPen, QBrush)
// and the SVG and draw.io writers spell it out, so a mark means the same
// everywhere. Every distinction is made twice, by colour and by dash or
// badge shape, for readers who do not tell the colours apart.

#include <QColor>
#include <QString>

#include <vector>

namespace pp::diagram {

/// What a connection or trunk carries, by its flows.
enum class LineKind : quint8 {
    Crossing,     ///< crosses a zone boundary (a firewall opening)
    Internal,     ///< both ends in one zone
    FallbackOnly, ///< reached only through boundary-group fallback (rule 9)
    Install,      ///< needed during installation only (install phase)
};
constexpr int LineKindCount = 4;

/// Where a security review stands, worst first when several openings meet
/// on one line: rejected, then changed since decided, then questioned, then
/// not yet reviewed, and approved only when all are.
enum class ReviewMark : quint8 {
    NotReviewed, ///< no badge
    Approved,
    Rejected,
    Questioned,
    Stale,       ///< decided, but the opening has changed since: needs re-review
};
constexpr int ReviewMarkCount = 5;

/// Issue 15: what an audit against the existing firewall policy says of the
/// openings on a line. Several openings on one line: allowed when all are,
/// missing when none is, partial otherwise.
enum class PolicyMark : quint8 {
    None,    ///< no audit has run: no mark
    Allowed, ///< the policy already allows it
    Partial, ///< some hosts or ports are still missing
    Missing, ///< the policy does not allow it yet
};

/// Issue 15: what the verification checks after the change said. Several
/// openings on one line: failed when any failed, verified when all were,
/// untested otherwise.
enum class CheckMark : quint8 {
    None,     ///< no results imported: no mark
    Verified, ///< every check connected
    Failed,   ///< a check could not connect
    Untested, ///< no check proves it (UDP, not checked, changed since)
};

/// The policy and verification marks of each opening of an analysis, by
/// opening index; an empty vector: none of that kind (no audit, no results).
struct StatusMarks
{
    std::vector<PolicyMark> policy;
    std::vector<CheckMark> checks;
};

/// How much of the network the connections show.
enum class Detail : quint8 {
    Automatic, ///< by zoom: trunks at fit-to-view, hosts zoomed in
    Zones,     ///< one trunk per zone pair (and per firewall)
    Hosts,     ///< one line per pair of hosts
};
QString detailName(Detail d);              ///< "auto", "zones", "hosts"
bool detailFromName(QStringView name, Detail *out);

struct LineStyle
{
    QColor color;
    qreal width = 2;              ///< scene units at 100 %
    std::vector<qreal> dashes;    ///< on/off lengths in scene units; empty = solid
    bool roundCap = false;
};

LineStyle lineStyle(LineKind kind);
/// A trunk of `openings` openings: the kind's colour and dash, thicker.
qreal trunkWidth(int openings);

QColor reviewColor(ReviewMark mark);
/// The letter drawn in the badge: a check, a cross, "?" or "!".
QString reviewGlyph(ReviewMark mark);
/// Worse of two marks (see ReviewMark).
ReviewMark worse(ReviewMark a, ReviewMark b);

QColor policyColor(PolicyMark mark);
QColor checkColor(CheckMark mark);
/// The glyph in a verification mark: a check, a cross, a dash.
QString checkGlyph(CheckMark mark);
/// Two openings' marks on one line (see PolicyMark, CheckMark).
PolicyMark combine(PolicyMark a, PolicyMark b);
CheckMark combine(CheckMark a, CheckMark b);

QColor selectionColor();
QColor highlightColor();
/// A firewall path lit up device by device.
QColor pathColor();

/// The card's accent bar by the palette group of its first role.
QColor accentColor(const QString &roleGroup);

/// "#rrggbb", for the writers.
QString hex(const QColor &c);

} // namespace pp::diagram
