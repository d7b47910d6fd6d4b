#pragma once

#include <QString>
#include <QStringList>

namespace pp {

/// A named set of protocol/port pairs (firewall "service group").
struct ServiceGroup
{
    QString name;             ///< e.g. "SVC_HTTP_HTTPS" (GroupNaming)
    QStringList members;      ///< "TCP/445", "UDP/135", "ICMP/echo-request"
    QStringList services;     ///< the catalog's service ids behind the members
};

} // namespace pp
