#include "model/design/Zone.h"

#include "model/design/EnumNames.h"

namespace pp {

namespace {

const char16_t *const zoneKinds[] = {u"internal", u"perimeter", u"internet", u"cloud", u"branch", u"transit"};

} // namespace

QString zoneKindName(ZoneKind k) { return QString::fromUtf16(zoneKinds[size_t(k)]); }
std::optional<ZoneKind> zoneKindFromName(QStringView n) { return enumFromName<ZoneKind>(zoneKinds, n); }
QString zoneKindNames()
{
    QStringList names;
    for (const char16_t *k : zoneKinds)
        names << QString::fromUtf16(k);
    const QString last = names.takeLast();
    return names.join(QStringLiteral(", ")) + QStringLiteral(" or ") + last;
}

bool operator==(const Zone &a, const Zone &b)
{
    return a.id == b.id && a.name == b.name && a.kind == b.kind && a.subnets == b.subnets
        && a.rect == b.rect && a.color == b.color && a.extras == b.extras;
}

} // namespace pp
