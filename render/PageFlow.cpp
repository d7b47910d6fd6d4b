#include "render/PageFlow.h"

#include <QPainter>

namespace pp {

PageFlow::PageFlow(const QRectF &content, PageTarget *target)
    : m_content(content)
    , m_target(target)
{
}

void PageFlow::start()
{
    begin();
}

PageFlow::~PageFlow()
{
    if (m_open)
        finish();
}

void PageFlow::begin()
{
    ++m_page;
    m_y = m_content.top();
    m_open = true;
    m_painter = m_target ? m_target->beginPage(m_page) : nullptr;
    if (m_painter && decorate)
        decorate(*m_painter, m_page);
}

void PageFlow::newPage()
{
    if (m_target)
        m_target->endPage();
    begin();
}

void PageFlow::ensure(qreal units)
{
    if (units > space() && !atTop())
        newPage();
}

int PageFlow::finish()
{
    if (m_open && m_target)
        m_target->endPage();
    m_open = false;
    m_painter = nullptr;
    return m_page + 1;
}

} // namespace pp
