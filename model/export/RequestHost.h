#pragma once

#include <QString>
#include <QStringList>

namespace pp {

struct Design;
struct Host;

/// A host as the request shows it, resolved once per request: every line and
/// group refers to it by its index in ChangeRequest::hosts.
struct RequestHost
{
    QString id;
    QString name;
    QString zoneId;
    QString site;             ///< site code, empty for global roles
    QStringList addresses;    ///< the host's own, or its zone's subnets
    bool zoneSubnets = false; ///< the host has no address: its zone's subnets stand in
    int count = 1;            ///< machines the host stands for
    QStringList roles;        ///< role ids
    QString warning;          ///< why its rules are wider than the host (or cannot be scoped); empty if fine
};

/// The addresses a rule uses for a host: its own, or, when it has none, the
/// subnets of its zone (*zoneSubnets is then set). Empty when neither exists.
QStringList ruleAddresses(const Design &design, const Host &host, bool *zoneSubnets = nullptr);

} // namespace pp
