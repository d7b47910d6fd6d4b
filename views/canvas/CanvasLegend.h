#pragma once

#include "render/diagram/DiagramText.h"

#include <QWidget>

#include <vector>

namespace pp::views {

/// The key to everything the canvas draws, in a corner of the view: each
/// kind of line and trunk, the review badges, the policy and verification
/// marks (issue 15), the cards' colour bars and
/// outlines, and the icons of the roles on the canvas, each drawn as the
/// canvas draws it. Only what is in use is listed. It floats over the view
/// (not the scene), so it neither scrolls nor zooms, and lets the mouse
/// through.
class CanvasLegend : public QWidget
{
    Q_OBJECT

public:
    struct RoleEntry
    {
        QString id;
        QString name;
    };

    explicit CanvasLegend(QWidget *parent = nullptr);

    /// What to list: the marks in use (ConnectionLayer::marksInUse) and the
    /// roles on the canvas.
    void setContent(std::vector<diagram::LegendMark> marks, QList<RoleEntry> roles);
    /// At most this wide. Sections that do not fit side by side go on to
    /// a band below (every kind of mark is always explained); roles get at
    /// most one band of their own, and those left over are counted.
    void setMaximumContentWidth(int width);
    QSize sizeHint() const override;
    void retranslate();
    /// The texts it shows, in order (accessibility, tests).
    QStringList texts() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum class CellKind { Heading, Mark, SelectedCard, HighlightedCard, Role, More };
    struct Cell
    {
        CellKind kind = CellKind::Mark;
        diagram::LegendMark mark = diagram::LegendMark::Crossing;
        QString text;
        QString role;
    };
    /// A heading over up to four rows, at its place in the legend.
    struct Column
    {
        std::vector<Cell> cells;
        int x = 0;
        int y = 0;
        int width = 0;
    };

    std::vector<Column> layout() const;
    /// Ends the roles with "+N more" at `x` of the band at `y`, `left`
    /// roles not shown.
    void placeMore(std::vector<Column> &columns, int x, int y, int left) const;
    int columnWidth(const std::vector<Cell> &cells) const;
    void paintSample(QPainter &p, const Cell &cell, const QRectF &area) const;

    std::vector<diagram::LegendMark> m_marks;
    QList<RoleEntry> m_roles;
    int m_maxWidth = 1200;
};

} // namespace pp::views
