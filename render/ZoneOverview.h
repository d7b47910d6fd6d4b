#pragma once

#include <QRectF>

class QPainter;

namespace pp {

struct ChangeRequest;
struct Design;

/// The design drawn by zone for a page: each zone where the designer put
/// it, with its name and how many hosts it holds, and an arrow per pair of
/// zones the request opens, as thick as the lines it carries and labelled
/// with their count. What a large design's full diagram (thousands of
/// hosts) cannot be on one page: readable.
class ZoneOverview
{
public:
    ZoneOverview(const Design &design, const ChangeRequest &request);

    /// Draws into `area` (any units), keeping the design's proportions.
    void draw(QPainter &painter, const QRectF &area) const;

private:
    const Design &m_design;
    const ChangeRequest &m_request;
};

} // namespace pp
