#include "app/cli/DeviceExport.h"

#include "app/cli/AnalyzedDesign.h"
#include "app/cli/Cli.h"
#include "app/cli/CliSupport.h"
#include "model/catalog/Catalog.h"
#include "model/export/CapircaLayout.h"
#include "model/export/ChangeRequest.h"
#include "model/export/ExportProgress.h"
#include "model/export/ExportText.h"
#include "model/export/RequestSlice.h"
#include "model/export/VendorWriter.h"
#include "render/ExportFormats.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace pp::cli {

namespace {

bool toStdout(const QString &output)
{
    return output.isEmpty() || output == QLatin1String("-");
}

bool isFolder(const QString &output)
{
    return !toStdout(output) && (QFileInfo(output).isDir() || output.endsWith(QLatin1Char('/')));
}

/// The format a section is written in: the one given, else its device's.
QString sectionFormat(const DeviceExport &job, const RequestSection &section)
{
    if (!job.format.isEmpty())
        return job.format;
    const auto platform = platformFromName(section.platform);
    return exportformats::forPlatform(platform.value_or(FirewallPlatform::Generic));
}

void tellWarnings(const QStringList &warnings)
{
    for (const QString &w : warnings)
        writeErr(QStringLiteral("warning: ") + exporttext::singleLine(w));
}

/// One section in one format to `path` (atomically) or standard output.
int writeSection(const DeviceExport &job, const QString &format, const ChangeRequest &part,
                 const AnalyzedDesign &source, const QString &path)
{
    const auto writer = exportformats::writer(format);
    const ExportInput input{part, source.design, *source.catalog, source.analysis};
    ExportProgress progress;
    QString error;
    bool ok = false;
    if (path.isEmpty()) {
        QFile out;
        out.open(stdout, QIODevice::WriteOnly);
        ok = writer->write(input, out, progress, &error);
    } else {
        QSaveFile file(path);
        ok = file.open(QIODevice::WriteOnly) && writer->write(input, file, progress, &error) && file.commit();
        if (!ok && error.isEmpty())
            error = file.errorString();
    }
    if (const auto *vendor = dynamic_cast<const VendorWriter *>(writer.get()))
        tellWarnings(vendor->warnings());
    if (!ok) {
        writeErr(QStringLiteral("portplanner-cli %1: cannot write %2: %3")
                     .arg(job.command, path.isEmpty() ? QStringLiteral("standard output") : path, error));
        return ExitCannotWrite;
    }
    if (!path.isEmpty())
        writeErr(QStringLiteral("wrote %1 (%2)").arg(path, format));
    return ExitOk;
}

int writeCapirca(const DeviceExport &job, const ChangeRequest &request, const AnalyzedDesign &source,
                 const QString &device)
{
    if (toStdout(job.output)) {
        writeErr(QStringLiteral("portplanner-cli %1: capirca writes the folders aclgen reads: give -o DIR")
                     .arg(job.command));
        return ExitUsage;
    }
    const ExportInput input{request, source.design, *source.catalog, source.analysis};
    QStringList written, warnings;
    QString error;
    const bool ok = CapircaLayout::write(input, job.output, device, &written, &warnings, &error);
    tellWarnings(warnings);
    if (!ok) {
        writeErr(QStringLiteral("portplanner-cli %1: %2").arg(job.command, error));
        return ExitCannotWrite;
    }
    for (const QString &path : written)
        writeErr(QStringLiteral("wrote %1 (capirca)").arg(path));
    return ExitOk;
}

} // namespace

std::optional<int> exportByDevice(const DeviceExport &job, const ChangeRequest &request, const AnalyzedDesign &source)
{
    const Design &design = source.design;
    const bool vendor = exportformats::vendorNames().contains(job.format);
    const bool byPlatform = job.format.isEmpty() && !design.firewalls.empty()
        && (isFolder(job.output) || !job.firewall.isEmpty());
    if (!vendor && !byPlatform && job.firewall.isEmpty())
        return std::nullopt;
    if (!job.firewall.isEmpty() && !design.firewall(job.firewall)) {
        writeErr(noSuchFirewall(job.command, design, job.firewall));
        return ExitUsage;
    }
    std::vector<size_t> sections;
    for (size_t i = 0; i < request.sections.size(); ++i)
        if (job.firewall.isEmpty() || request.sections[i].device == job.firewall)
            sections.push_back(i);
    if (sections.empty()) {
        writeErr(QStringLiteral("%1: firewall %2 carries no opening; nothing to write").arg(job.command, job.firewall));
        return ExitOk;
    }
    tellWarnings(request.warnings);
    // Several devices, or a folder named: one file each, named after the device.
    const bool folder = isFolder(job.output) || (sections.size() > 1 && !toStdout(job.output));
    if (sections.size() > 1 && !folder) {
        writeErr(QStringLiteral("portplanner-cli %1: the design has %2 devices: give -o DIR for one file per device, "
                                "or --firewall ID")
                     .arg(job.command)
                     .arg(sections.size()));
        return ExitUsage;
    }
    if (folder && !QDir().mkpath(job.output)) {
        writeErr(QStringLiteral("portplanner-cli %1: cannot create %2").arg(job.command, job.output));
        return ExitCannotWrite;
    }
    for (size_t i : sections) {
        const RequestSection &section = request.sections[i];
        const QString format = sectionFormat(job, section);
        int code = ExitOk;
        if (format == QLatin1String("capirca"))
            code = writeCapirca(job, request, source, section.device);
        else if (folder)
            code = writeSection(job, format, requestForSection(request, i), source,
                                QDir(job.output).filePath(deviceFileStem(section) + QLatin1Char('.')
                                                          + exportformats::fileSuffix(format)));
        else
            code = writeSection(job, format, requestForSection(request, i), source,
                                toStdout(job.output) ? QString() : job.output);
        if (code != ExitOk)
            return code;
    }
    return ExitOk;
}

} // namespace pp::cli
