#pragma once

#include <QPointF>
#include <QString>
#include <QStringList>

#include "model/design/Extras.h"
#include "model/design/HostOptions.h"

#include <optional>

namespace pp {

struct Host
{
    QString id;
    QString name;
    QString zone;
    QString site;             ///< empty = null (global roles only)
    QStringList roles;
    QStringList addresses;
    QPointF pos;
    std::optional<int> count; ///< machines this host stands for (default 1)
    HostOptions options;
    Extras extras;

    int machineCount() const { return count.value_or(1); }
    bool hasRole(const QString &role) const { return roles.contains(role); }
    friend bool operator==(const Host &a, const Host &b);
};

} // namespace pp
