#pragma once

#include <QString>

namespace pp {

/// The part of a request one firewall device carries out. A design without
/// firewalls has one section: the implicit firewall between every two zones
/// (rule 10). Its lines and rules are contiguous ranges of the request's.
struct RequestSection
{
    QString device;           ///< firewall id; empty for the implicit firewall
    QString name;             ///< what a person reads: the device's name, or "Zone boundaries"
    QString platform;         ///< rule 10 platform id; "generic" for the implicit firewall
    int firstLine = 0;
    int lineCount = 0;
    int firstRule = 0;
    int ruleCount = 0;
};

} // namespace pp
