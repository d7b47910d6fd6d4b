#include "render/ExportFormats.h"

#include "model/export/CsvExport.h"
#include "render/DiagramSvg.h"
#include "render/HtmlReport.h"
#include "model/export/NftExport.h"
#include "model/export/PowerShellExport.h"
#include "model/export/XlsxExport.h"

namespace pp {

QByteArray renderCoreFormat(const QString &format, const ChangeRequest &request, const Design &design,
                            const Catalog &catalog, const Analysis &analysis, QString *error)
{
    if (format == QLatin1String("csv"))
        return changeRequestCsv(request);
    if (format == QLatin1String("xlsx"))
        return changeRequestXlsx(request, design, catalog, error);
    if (format == QLatin1String("html"))
        return changeRequestHtml(request, design, catalog, analysis);
    if (format == QLatin1String("ps1"))
        return changeRequestPowerShell(request);
    if (format == QLatin1String("nft"))
        return changeRequestNft(request, design);
    if (format == QLatin1String("svg"))
        return designDiagramSvg(design, catalog, analysis);
    if (error)
        *error = QStringLiteral("unknown format %1").arg(format);
    return {};
}

} // namespace pp
