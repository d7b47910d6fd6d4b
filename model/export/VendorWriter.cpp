#include "model/export/VendorWriter.h"

#include "model/export/ChangeRequest.h"
#include "model/export/ExportProgress.h"
#include "model/export/ExportText.h"
#include "model/export/PlatformNames.h"
#include "model/export/TextSink.h"
#include "model/export/VendorObjects.h"

#include <QCoreApplication>

namespace pp {

QString deviceFileStem(const RequestSection &section)
{
    QString stem = section.device.isEmpty() ? QStringLiteral("zones") : section.device;
    for (QChar &c : stem) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-'
            || c == u'_' || c == u'.';
        if (!ok)
            c = u'_';
    }
    if (stem.startsWith(QLatin1Char('.')))
        stem[0] = u'_';
    return stem;
}

VendorWriter::VendorWriter(FirewallPlatform platform)
    : m_platform(platform)
{
}

void VendorWriter::begin(TextSink &, const ExportInput &) const {}

void VendorWriter::end(TextSink &, const ExportInput &, const QStringList &) const {}

void VendorWriter::warn(const RequestSection &section, const QString &text) const
{
    m_warnings << (section.device.isEmpty() ? text : section.device + QStringLiteral(": ") + text);
}

void VendorWriter::sectionComment(TextSink &out, const ExportInput &input, const RequestSection &section,
                                  const QStringList &warnings) const
{
    const char *prefix = commentPrefix();
    if (!prefix)
        return;
    auto line = [&](const QString &text) { out << prefix << exporttext::singleLine(text) << '\n'; };
    line(QCoreApplication::translate("VendorWriter", "PortPlanner change request for %1 (%2), design \"%3\"%4.")
             .arg(section.name, section.device.isEmpty() ? QStringLiteral("-") : section.device, input.design.name,
                  input.request.info.ticket.isEmpty() ? QString() : QStringLiteral(", ") + input.request.info.ticket));
    line(QCoreApplication::translate("VendorWriter",
                                     "Adds what the design needs; removes, replaces and flushes nothing."));
    for (const QString &w : warnings)
        line(QCoreApplication::translate("VendorWriter", "Warning: %1").arg(w));
}

bool VendorWriter::write(const ExportInput &input, QIODevice &device, ExportProgress &progress, QString *error) const
{
    m_warnings.clear();
    TextSink out(device);
    progress.addTotal(qint64(input.request.rules.size()));
    begin(out, input);
    for (const RequestSection &section : input.request.sections) {
        if (!m_device.isEmpty() && section.device != m_device)
            continue;
        PlatformNames names(m_platform);
        const VendorObjects objects(input, section, names);
        writeSection(out, input, section, objects, names);
        for (const QString &w : objects.warnings())
            warn(section, w);
        if (!progress.advance(qint64(section.ruleCount)))
            return cancelled(error);
    }
    end(out, input, m_warnings);
    return finish(out, progress, error);
}

} // namespace pp
