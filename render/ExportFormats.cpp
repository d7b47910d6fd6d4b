#include "render/ExportFormats.h"

#include "model/export/CsvWriter.h"
#include "model/export/ExportProgress.h"
#include "model/export/NftWriter.h"
#include "model/export/PowerShellWriter.h"
#include "model/export/XlsxWriter.h"
#include "render/DiagramWriter.h"
#include "render/HtmlReport.h"
#include "render/PdfReport.h"

#include <QBuffer>

namespace pp::exportformats {

QStringList names()
{
    return {QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("html"), QStringLiteral("pdf"),
            QStringLiteral("ps1"), QStringLiteral("nft"),  QStringLiteral("svg"),  QStringLiteral("png"), QStringLiteral("drawio")};
}

bool isBinary(const QString &format)
{
    return format == QLatin1String("xlsx") || format == QLatin1String("pdf") || format == QLatin1String("png");
}

bool needsGui(const QString &format)
{
    return format == QLatin1String("pdf") || format == QLatin1String("png");
}

std::unique_ptr<RequestWriter> writer(const QString &format)
{
    if (format == QLatin1String("csv"))
        return std::make_unique<CsvWriter>();
    if (format == QLatin1String("xlsx"))
        return std::make_unique<XlsxWriter>();
    if (format == QLatin1String("html"))
        return std::make_unique<HtmlReport>();
    if (format == QLatin1String("pdf"))
        return std::make_unique<PdfReport>();
    if (format == QLatin1String("ps1"))
        return std::make_unique<PowerShellWriter>();
    if (format == QLatin1String("nft"))
        return std::make_unique<NftWriter>();
    if (format == QLatin1String("svg"))
        return std::make_unique<DiagramWriter>(DiagramWriter::Kind::Svg);
    if (format == QLatin1String("png"))
        return std::make_unique<DiagramWriter>(DiagramWriter::Kind::Png);
    if (format == QLatin1String("drawio"))
        return std::make_unique<DiagramWriter>(DiagramWriter::Kind::Drawio);
    return nullptr;
}

QByteArray render(const QString &format, const ExportInput &input, QString *error)
{
    const auto w = writer(format);
    if (!w) {
        if (error)
            *error = QStringLiteral("unknown format %1").arg(format);
        return {};
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    ExportProgress progress;
    if (!w->write(input, buffer, progress, error))
        return {};
    return bytes;
}

} // namespace pp::exportformats
