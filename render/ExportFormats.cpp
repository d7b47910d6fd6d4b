#include "render/ExportFormats.h"

#include "model/export/AwsSgWriter.h"
#include "model/export/AzureNsgWriter.h"
#include "model/export/CapircaWriter.h"
#include "model/export/CiscoAsaWriter.h"
#include "model/export/CsvWriter.h"
#include "model/export/FortiOsWriter.h"
#include "model/export/IptablesWriter.h"
#include "model/export/JunosSrxWriter.h"
#include "model/export/PanOsWriter.h"
#include "model/export/ExportProgress.h"
#include "model/export/NftWriter.h"
#include "model/export/PowerShellWriter.h"
#include "model/export/XlsxWriter.h"
#include "render/DiagramWriter.h"
#include "render/HtmlReport.h"
#include "render/PdfReport.h"

#include <QBuffer>
#include <QHash>

namespace pp::exportformats {

QStringList names()
{
    return QStringList{QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("html"), QStringLiteral("pdf"),
                       QStringLiteral("ps1"), QStringLiteral("nft"),  QStringLiteral("svg"),  QStringLiteral("png"),
                       QStringLiteral("drawio")}
        + vendorNames();
}

QStringList vendorNames()
{
    return {QStringLiteral("capirca"),  QStringLiteral("paloalto"),  QStringLiteral("fortigate"),
            QStringLiteral("cisco-asa"), QStringLiteral("juniper-srx"), QStringLiteral("iptables"),
            QStringLiteral("azure-nsg"), QStringLiteral("aws-sg")};
}

QString forPlatform(FirewallPlatform platform)
{
    switch (platform) {
    case FirewallPlatform::Generic:
        return QStringLiteral("csv");
    case FirewallPlatform::Nftables:
        return QStringLiteral("nft");
    case FirewallPlatform::Windows:
        return QStringLiteral("ps1");
    default:
        return platformName(platform);
    }
}

QString fileSuffix(const QString &format)
{
    static const QHash<QString, QString> suffixes{
        {QStringLiteral("paloalto"), QStringLiteral("set")},   {QStringLiteral("fortigate"), QStringLiteral("conf")},
        {QStringLiteral("cisco-asa"), QStringLiteral("cfg")},  {QStringLiteral("juniper-srx"), QStringLiteral("set")},
        {QStringLiteral("iptables"), QStringLiteral("rules")}, {QStringLiteral("azure-nsg"), QStringLiteral("json")},
        {QStringLiteral("aws-sg"), QStringLiteral("json")},    {QStringLiteral("capirca"), QStringLiteral("pol")}};
    return suffixes.value(format, format);
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
    if (format == QLatin1String("capirca"))
        return std::make_unique<CapircaWriter>();
    if (format == QLatin1String("paloalto"))
        return std::make_unique<PanOsWriter>();
    if (format == QLatin1String("fortigate"))
        return std::make_unique<FortiOsWriter>();
    if (format == QLatin1String("cisco-asa"))
        return std::make_unique<CiscoAsaWriter>();
    if (format == QLatin1String("juniper-srx"))
        return std::make_unique<JunosSrxWriter>();
    if (format == QLatin1String("iptables"))
        return std::make_unique<IptablesWriter>();
    if (format == QLatin1String("azure-nsg"))
        return std::make_unique<AzureNsgWriter>();
    if (format == QLatin1String("aws-sg"))
        return std::make_unique<AwsSgWriter>();
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
