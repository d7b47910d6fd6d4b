#pragma once

#include <QString>
#include <QVector>

#include "model/catalog/CatalogPort.h"
#include "model/catalog/Condition.h"

#include <vector>

namespace pp {

enum class Direction : quint8 { OneWay, BothWays }; // "-->" and "<-->"
QString directionText(Direction d);

/// Which hosts an initiating host pairs with (DESIGN.md rules 1-4, plus the
/// few shapes the seed needs beyond them; the catalog's "scopes" explains each).
enum class Scope : quint8 { Site, OwnSite, ParentChild, Global, Hierarchy, Subtree, Peer, Named };
QString scopeName(Scope s);

struct Connection
{
    int index = -1;
    QString ref;      ///< seed anchor, e.g. "BKMK_PortsClient-MP"
    int from = -1;    ///< role index
    int to = -1;      ///< role index
    Direction direction = Direction::OneWay;
    Scope scope = Scope::Site;
    QVector<Condition> conditions;
    QVector<int> notes; ///< section-level notes (e.g. note 5)
    bool external = false;
    QString when;     ///< the condition, in the project's words
    /// A host option of the initiating host naming the hosts it connects to
    /// ("pullSources", "warehouseDatabase"); when set, it replaces the scope.
    QString hostOption;
    std::vector<CatalogPort> ports;
    /// Rule 8: index into Catalog::internetRestrictions() when internet-based
    /// clients cannot use this connection, else -1.
    int notOverInternet = -1;
};

} // namespace pp
