#pragma once

#include <QPointF>
#include <QString>

namespace pp::views {

/// A host's placement before and after a gesture.
struct HostMove
{
    QString id;
    QPointF oldPos;
    QPointF newPos;
    QString oldZone;
    QString newZone;
};

} // namespace pp::views
