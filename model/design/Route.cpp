#include "model/design/Route.h"

namespace pp {

QStringList Route::zones() const
{
    return QStringList{from} + via + QStringList{to};
}

bool operator==(const Route &a, const Route &b)
{
    return a.from == b.from && a.to == b.to && a.via == b.via && a.extras == b.extras;
}

} // namespace pp
