#pragma once

#include <QRectF>
#include <QString>
#include <QStringList>
#include <QStringView>

#include "model/design/Extras.h"

#include <cstddef>
#include <optional>

namespace pp {

enum class ZoneKind : quint8 { Internal, Perimeter, Internet, Cloud, Branch, Transit };
constexpr size_t ZoneKindCount = size_t(ZoneKind::Transit) + 1;
QString zoneKindName(ZoneKind k);
std::optional<ZoneKind> zoneKindFromName(QStringView name);
/// "internal, perimeter, internet, cloud, branch or transit": for messages.
QString zoneKindNames();

struct Zone
{
    QString id;
    QString name;
    ZoneKind kind = ZoneKind::Internal;
    QStringList subnets;      ///< CIDR, IPv4 or IPv6
    QRectF rect;
    QString color;            ///< optional "#rrggbb"; empty = by kind
    Extras extras;
    friend bool operator==(const Zone &a, const Zone &b);
};

} // namespace pp
