#pragma once

#include <QWidget>

namespace pp::views {

/// The key to the canvas's lines, in a corner of the view: what a crossing,
/// an internal and a fallback-only connection look like, and what the
/// arrowheads mean. It floats over the view (not the scene), so it neither
/// scrolls nor zooms, and lets the mouse through.
class CanvasLegend : public QWidget
{
    Q_OBJECT

public:
    explicit CanvasLegend(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    void retranslate();

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QString text;
        int kind;
    };
    QList<Row> rows() const;
};

} // namespace pp::views
