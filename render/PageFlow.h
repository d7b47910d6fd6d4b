#pragma once

#include <QRectF>
#include <QString>

#include "render/PageTarget.h"

#include <functional>

class QPainter;

namespace pp {

/// The cursor of a paginated report: the page it is on and how far down.
/// Blocks ask for room (ensure), draw through painter() when there is one,
/// and move the cursor down; a new page gets its header and footer from
/// `decorate`. With no target it only counts pages.
class PageFlow
{
public:
    /// `content`: the area between header and footer, in layout units.
    PageFlow(const QRectF &content, PageTarget *target);
    ~PageFlow();

    /// Draws the header and footer of page `index` (called per drawn page).
    std::function<void(QPainter &painter, int index)> decorate;
    /// Begins the first page (after `decorate` is set).
    void start();

    QPainter *painter() const { return m_painter; }
    int page() const { return m_page; }
    qreal top() const { return m_content.top(); }
    qreal left() const { return m_content.left(); }
    qreal width() const { return m_content.width(); }
    qreal height() const { return m_content.height(); }
    qreal y() const { return m_y; }
    qreal space() const { return m_content.bottom() - m_y; }
    bool atTop() const { return m_y <= m_content.top(); }

    void moveDown(qreal units) { m_y += units; }
    void newPage();
    /// A new page unless `units` fit below the cursor.
    void ensure(qreal units);
    /// Ends the last page; the number of pages.
    int finish();

private:
    void begin();

    QRectF m_content;
    PageTarget *m_target;
    QPainter *m_painter = nullptr;
    int m_page = -1;
    qreal m_y = 0;
    bool m_open = false;
};

} // namespace pp
