#include "model/design/Link.h"

namespace pp {

bool operator==(const Link &a, const Link &b)
{
    return a.id == b.id && a.kind == b.kind && a.from == b.from && a.to == b.to && a.ref == b.ref
        && a.ports == b.ports && a.comment == b.comment && a.extras == b.extras;
}

} // namespace pp
