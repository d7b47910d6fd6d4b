#include "model/audit/PolicyReader.h"

#include "model/audit/CapircaReader.h"
#include "model/audit/CsvRuleReader.h"
#include "model/audit/IptablesSaveReader.h"
#include "model/audit/NftJsonReader.h"
#include "model/audit/PanOsReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace pp {

QStringList PolicyReader::formats()
{
    return {QStringLiteral("nftables"), QStringLiteral("iptables"), QStringLiteral("capirca"), QStringLiteral("paloalto"),
            QStringLiteral("csv")};
}

QString PolicyReader::sniff(const QByteArray &bytes)
{
    QByteArray head = bytes.left(64 * 1024);
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.mid(3);
    const QByteArray start = head.trimmed().left(1);
    if (start == "{" || start == "[")
        return QStringLiteral("nftables");
    if (start == "<")
        return QStringLiteral("paloalto");
    const QString text = QString::fromUtf8(head);
    static const QRegularExpression iptables(QStringLiteral("^\\*(filter|nat|mangle|raw|security)\\s*$"),
                                             QRegularExpression::MultilineOption);
    if (iptables.match(text).hasMatch())
        return QStringLiteral("iptables");
    static const QRegularExpression capirca(QStringLiteral("^\\s*(header|term\\s+\\S+)\\s*\\{"),
                                            QRegularExpression::MultilineOption);
    if (capirca.match(text).hasMatch())
        return QStringLiteral("capirca");
    return QStringLiteral("csv");
}

PolicyReadResult PolicyReader::parse(const QByteArray &bytes, const QString &format,
                                     const QHash<QString, QByteArray> &definitions)
{
    const QString f = format.isEmpty() ? sniff(bytes) : format;
    static const QRegularExpression nftText(QStringLiteral("^\\s*(table|flush ruleset|define)\\b"));
    if ((f == QLatin1String("nftables") || format.isEmpty()) && nftText.match(QString::fromUtf8(bytes.left(4096))).hasMatch())
        return {{}, QStringLiteral("line 1: this is nft's text format; audit the JSON of 'nft -j list ruleset'")};
    if (f == QLatin1String("nftables"))
        return NftJsonReader::read(bytes);
    if (f == QLatin1String("iptables"))
        return IptablesSaveReader::read(bytes);
    if (f == QLatin1String("capirca"))
        return CapircaReader::read(bytes, definitions);
    if (f == QLatin1String("paloalto"))
        return PanOsReader::read(bytes);
    if (f == QLatin1String("csv"))
        return CsvRuleReader::read(bytes);
    return {{}, QStringLiteral("unknown policy format \"%1\" (expected %2)").arg(f, formats().join(QStringLiteral(", ")))};
}

PolicyReadResult PolicyReader::load(const QString &path, const QString &format, const QString &definitions)
{
    const QFileInfo info(path);
    QFile file(path);
    if (info.isDir())
        return {{}, QStringLiteral("%1 is a folder, not a policy file").arg(path)};
    if (!file.open(QIODevice::ReadOnly))
        return {{}, QStringLiteral("cannot open %1: %2").arg(path, file.errorString())};
    if (file.size() > MaxFileSize)
        return {{}, QStringLiteral("%1 is larger than %2 MB").arg(path).arg(MaxFileSize / (1024 * 1024))};
    const QByteArray bytes = file.readAll();
    const QString f = format.isEmpty() ? sniff(bytes) : format;
    QHash<QString, QByteArray> defs;
    if (f == QLatin1String("capirca")) {
        QString dir = definitions;
        for (const char *up : {"def", "../def", "../../def"})
            if (dir.isEmpty() && QFileInfo(info.dir().filePath(QLatin1String(up))).isDir())
                dir = info.dir().filePath(QLatin1String(up));
        if (dir.isEmpty())
            return {{}, QStringLiteral("%1: no definitions folder (def/ beside the policy or above it); name one "
                                       "with --definitions DIR").arg(path)};
        QString error;
        defs = CapircaReader::definitionsIn(dir, &error);
        if (!error.isEmpty())
            return {{}, error};
    }
    PolicyReadResult r = parse(bytes, f, defs);
    if (!r.ok())
        r.error = QStringLiteral("%1: %2").arg(info.fileName(), r.error);
    return r;
}

} // namespace pp
