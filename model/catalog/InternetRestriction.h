#pragma once

#include <QString>

namespace pp {

/// Rule 8: a connection internet-based clients cannot use, and why.
struct InternetRestriction
{
    QString ref;      ///< the section it rules out for internet-based clients
    QString feature;  ///< "pxe", "multicast", "wake-on-lan", "remote-control", ...
    QString note;     ///< e.g. "No PXE over the internet: ..."
    QString noteZh;
    QString source;   ///< SourcePage id
};

} // namespace pp
