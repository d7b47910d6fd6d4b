#include "app/designer/DiagramFile.h"

#include "model/design/Design.h"
#include "render/DiagramSvg.h"
#include "render/DiagramWriter.h"

#include <QFileInfo>
#include <QSaveFile>

namespace pp::app {

bool DiagramFile::write(const Design &design, const Catalog &catalog, const Analysis &analysis, const QString &path,
                        QString *error)
{
    if (design.zones.empty() && design.hosts.empty()) {
        *error = tr("The design is empty: there is nothing to export.");
        return false;
    }
    QByteArray bytes = designDiagramSvg(design, catalog, analysis);
    if (QFileInfo(path).suffix().compare(QLatin1String("png"), Qt::CaseInsensitive) == 0) {
        bytes = DiagramWriter::svgToPng(bytes, PngScale, error);
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
