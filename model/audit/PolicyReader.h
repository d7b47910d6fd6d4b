#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include "model/audit/PolicyReadResult.h"

namespace pp {

/// The front door of the policy readers: reads a file, tells its format
/// from its content (or takes it from `format`) and hands it to the reader.
class PolicyReader
{
public:
    /// "nftables", "iptables", "capirca", "paloalto", "csv".
    static QStringList formats();
    /// The format of `bytes` by content: nft JSON, XML, iptables-save,
    /// a Capirca policy, else CSV.
    static QString sniff(const QByteArray &bytes);
    /// `definitions`: Capirca's definitions folder; empty = a "def" folder
    /// beside the .pol or up to two levels above it (Capirca's layout).
    static PolicyReadResult load(const QString &path, const QString &format = {}, const QString &definitions = {});
    static PolicyReadResult parse(const QByteArray &bytes, const QString &format,
                                  const QHash<QString, QByteArray> &definitions = {});

    static constexpr qint64 MaxFileSize = 64 * 1024 * 1024;
};

} // namespace pp
