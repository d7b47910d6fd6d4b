#pragma once

#include <QString>
#include <QStringList>

#include "model/design/Extras.h"

namespace pp {

/// Rule 10: pins the zones passed between `from` and `to`, both ways unless
/// another route names the way back. Each step uses the firewall with an
/// interface in both zones (the smallest id where several do).
struct Route
{
    QString from;             ///< zone id
    QString to;               ///< zone id
    QStringList via;          ///< zone ids passed, in order; empty = one firewall joins from and to
    Extras extras;

    /// from, via..., to.
    QStringList zones() const;
    friend bool operator==(const Route &a, const Route &b);
};

} // namespace pp
