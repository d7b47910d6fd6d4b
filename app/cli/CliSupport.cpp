#include "app/cli/CliSupport.h"

#include "model/catalog/Catalog.h"
#include "model/file/DesignFile.h"

#include <cstdio>

namespace pp::cli {

void writeOut(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void writeErr(const QString &text)
{
    const QByteArray bytes = text.toUtf8() + (text.endsWith(QLatin1Char('\n')) ? "" : "\n");
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

std::optional<Design> loadDesign(const QString &path, const QString &catalogId)
{
    LoadResult result = DesignFile::load(path, Catalog::builtin());
    if (!result.ok()) {
        writeErr(QStringLiteral("portplanner-cli: cannot read %1:").arg(path));
        for (const LoadError &e : result.errors)
            writeErr(QStringLiteral("  ") + e.toString());
        return std::nullopt;
    }
    if (!catalogId.isEmpty())
        result.design->catalog = catalogId;
    return std::move(result.design);
}

QString noSuchFirewall(const QString &command, const Design &design, const QString &id)
{
    QStringList ids;
    for (const Firewall &fw : design.firewalls)
        ids << fw.id;
    const QString known = ids.isEmpty() ? QStringLiteral("it has none")
                                        : QStringLiteral("its firewalls are %1").arg(ids.join(QStringLiteral(", ")));
    return QStringLiteral("portplanner-cli %1: the design has no firewall \"%2\" (%3)").arg(command, id, known);
}

} // namespace pp::cli
