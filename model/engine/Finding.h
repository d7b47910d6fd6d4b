#pragma once

#include <QString>
#include <QStringList>

namespace pp {

enum class Severity : quint8 { Error, Warning };

/// A validation result: the design cannot be built as drawn (error), or it
/// works but a reviewer should look (warning).
struct Finding
{
    Severity severity = Severity::Warning;
    QString code;                 ///< stable id, e.g. "named-instance-without-port"
    QString message;
    QStringList hosts;            ///< host ids it names
    QStringList zones;
    QStringList sites;
    QStringList firewalls;        ///< firewall ids it names (rule 10)
    QString ref;                  ///< seed anchor it rests on, if any
    QString source;               ///< another public page it rests on (SourcePage::citation), if any
};

} // namespace pp
