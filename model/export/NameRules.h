#pragma once

#include <QString>
#include <QStringList>

namespace pp {

/// One platform's rules on names and comments, from
/// `shared/research/firewall-formats.md` (each limit cites its source in
/// PlatformNames.cpp).
struct NameRules
{
    int objectLength = 63;     ///< addresses, groups, services
    int ruleLength = 63;       ///< policy / rule / term names
    int zoneLength = 31;       ///< zone names as rules use them
    int commentLength = 1023;  ///< a rule's description or comment
    bool commentBytes = false; ///< the comment limit counts UTF-8 bytes (iptables)
    bool asciiComments = false;///< only ASCII survives in comments
    QString extraNameChars;    ///< allowed besides [A-Za-z0-9_]
    QString commentForbidden;  ///< characters a comment cannot hold on this platform
    QStringList reserved;      ///< names the platform predefines (case-insensitive)
    QStringList reservedPrefixes;
};

} // namespace pp
