#include "app/designer/DiagramFile.h"

#include "model/design/Design.h"
#include "render/DiagramPdf.h"
#include "render/DiagramSvg.h"
#include "render/DiagramWriter.h"
#include "render/diagram/DrawioWriter.h"

#include <QFileInfo>
#include <QSaveFile>

namespace pp::app {

QString DiagramFile::filters()
{
    return tr("SVG image (*.svg);;PNG image (*.png);;PDF document (*.pdf);;diagrams.net drawing (*.drawio)");
}

bool DiagramFile::write(const Design &design, const Catalog &catalog, const Analysis &analysis, const QString &path,
                        QString *error, const diagram::DiagramOptions &options)
{
    if (design.zones.empty() && design.hosts.empty()) {
        *error = tr("The design is empty: there is nothing to export.");
        return false;
    }
    const diagram::Diagram drawing = diagram::Diagram::build(design, catalog, analysis, options);
    const QString suffix = QFileInfo(path).suffix().toLower();
    QByteArray bytes;
    if (suffix == QLatin1String("drawio")) {
        bytes = diagram::diagramDrawio(design, catalog, drawing);
    } else {
        bytes = diagramSvg(design, catalog, analysis, drawing);
        if (suffix == QLatin1String("png"))
            bytes = DiagramWriter::svgToPng(bytes, PngScale, error);
        else if (suffix == QLatin1String("pdf"))
            bytes = diagramPdf(bytes, error);
        if (bytes.isEmpty())
            return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace pp::app
