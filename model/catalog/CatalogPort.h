#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

#include "model/catalog/Condition.h"
#include "model/design/PortRange.h"
#include "model/design/Settings.h"

#include <optional>

namespace pp {

enum class Phase : quint8 { Runtime, Install };
QString phaseName(Phase p);

struct CatalogPort
{
    QString service;  ///< short service id, e.g. "https", "rpc-dynamic"
    Protocol protocol = Protocol::Tcp;
    QString port;     ///< the seed's default as text: "443", "63000-64000", "DYNAMIC", "echo-request"
    PortRange range;  ///< parsed default; empty for DYNAMIC and ICMP
    QStringList alternatives;
    QString description;
    QString descriptionZh;
    QVector<int> notes;
    std::optional<Setting> setting; ///< where a configured value replaces the default
    Phase phase = Phase::Runtime;
    QVector<Condition> conditions;
    bool fromProse = false; ///< listed in the seed's prose rather than a table
    /// Note 4: the port range a TFTP answer goes to on the client; empty =
    /// the client's dynamic RPC range (the 2017 reading).
    PortRange replyRange;

    bool isDynamic() const { return port == QLatin1String("DYNAMIC"); }
    bool hasNote(int n) const { return notes.contains(n); }
};

} // namespace pp
