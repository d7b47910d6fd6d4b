#include "views/canvas/DiagramExport.h"

#include "model/document/DesignDocument.h"
#include "views/canvas/DesignScene.h"

#include <QFileInfo>
#include <QGraphicsItem>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

#include <cmath>

namespace pp::views {

bool exportDiagram(DesignScene *scene, const QString &path, QString *error, qreal scale)
{
    const Design &design = scene->document()->design();
    const QRectF source = scene->itemsBoundingRect().adjusted(-20, -20, 20, 20);
    if (design.zones.empty() && design.hosts.empty()) {
        if (error)
            *error = QObject::tr("The design is empty: there is nothing to export.");
        return false;
    }
    const QList<QGraphicsItem *> selected = scene->selectedItems();
    scene->clearSelection(); // exports show the design, not the selection
    bool ok = false;
    if (QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(source.size().toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
        svg.setTitle(QStringLiteral("PortPlanner diagram"));
        QPainter painter;
        if (painter.begin(&svg)) {
            painter.fillRect(QRectF(QPointF(0, 0), source.size()), Qt::white);
            scene->render(&painter, QRectF(QPointF(0, 0), source.size()), source);
            ok = painter.end();
        }
    } else {
        // Keep the image under ~100 megapixels whatever the design's size.
        const qreal maxScale = std::sqrt(100e6 / (source.width() * source.height()));
        const qreal s = std::min(scale, maxScale);
        QImage image((source.size() * s).toSize(), QImage::Format_ARGB32_Premultiplied);
        if (!image.isNull()) {
            image.fill(Qt::white);
            QPainter painter(&image);
            painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
            scene->render(&painter, QRectF(QPointF(0, 0), image.size()), source);
            painter.end();
            ok = image.save(path);
        }
    }
    for (QGraphicsItem *item : selected)
        item->setSelected(true);
    if (!ok && error)
        *error = QObject::tr("Could not write %1.").arg(path);
    return ok;
}

} // namespace pp::views
