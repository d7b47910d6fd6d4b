#pragma once

class QPainter;

namespace pp {

/// Where a paginated report's pages go: a PDF, preview pictures, or nowhere
/// (the layout pass that counts pages before anything is drawn).
class PageTarget
{
public:
    virtual ~PageTarget() = default;
    /// The painter for page `index` (from 0), or null when that page is not
    /// drawn (a preview of the first pages).
    virtual QPainter *beginPage(int index) = 0;
    virtual void endPage() = 0;
};

} // namespace pp
