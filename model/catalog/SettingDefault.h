#pragma once

#include <QString>
#include <QStringList>

#include "model/design/PortRange.h"
#include "model/design/Settings.h"

namespace pp {

struct SettingDefault
{
    Setting setting = Setting::ClientHttpPort;
    QStringList levels; ///< "host", "site", "design"
    PortRange value;
    QStringList alternatives;
    int note = 0;
    QString ref;
    QString source;
};

} // namespace pp
