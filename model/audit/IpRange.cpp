#include "model/audit/IpRange.h"

#include <QHostAddress>

#include <algorithm>
#include <utility>

namespace pp {

namespace {

using U128 = std::pair<quint64, quint64>; // (high, low)

U128 toNumber(const QHostAddress &a)
{
    if (a.protocol() == QAbstractSocket::IPv4Protocol)
        return {0, a.toIPv4Address()};
    const Q_IPV6ADDR b = a.toIPv6Address();
    quint64 hi = 0, lo = 0;
    for (int i = 0; i < 8; ++i)
        hi = (hi << 8) | b[i];
    for (int i = 8; i < 16; ++i)
        lo = (lo << 8) | b[i];
    return {hi, lo};
}

/// The last address of a prefix of `bits` bits in a family of `width` bits.
U128 lastOf(U128 first, int bits, int width)
{
    const int host = width - bits; // bits that vary
    auto ones = [](int n) { return n >= 64 ? ~quint64(0) : n <= 0 ? quint64(0) : (quint64(1) << n) - 1; };
    return {first.first | ones(host - 64), first.second | ones(host)};
}

U128 maskOf(U128 a, int bits, int width)
{
    const U128 last = lastOf({0, 0}, bits, width);
    return {a.first & ~last.first, a.second & ~last.second};
}

std::optional<QHostAddress> address(QStringView text)
{
    QHostAddress a;
    if (!a.setAddress(text.trimmed().toString()))
        return std::nullopt;
    if (a.protocol() != QAbstractSocket::IPv4Protocol && a.protocol() != QAbstractSocket::IPv6Protocol)
        return std::nullopt;
    return a;
}

/// A dotted netmask (255.255.0.0) as a prefix length, if it is one.
std::optional<int> maskBits(QStringView text)
{
    const auto m = address(text);
    if (!m || m->protocol() != QAbstractSocket::IPv4Protocol)
        return std::nullopt;
    const quint32 v = m->toIPv4Address();
    const int bits = qPopulationCount(v);
    if (bits < 32 && (v << bits) != 0)
        return std::nullopt; // not contiguous
    return bits;
}

} // namespace

std::optional<IpRange> IpRange::parse(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty() || text.size() > 100)
        return std::nullopt;
    IpRange r;
    if (const qsizetype dash = text.indexOf(QLatin1Char('-')); dash > 0) {
        const auto a = address(text.left(dash));
        const auto b = address(text.mid(dash + 1));
        if (!a || !b || a->protocol() != b->protocol())
            return std::nullopt;
        const U128 first = toNumber(*a), last = toNumber(*b);
        if (last < first)
            return std::nullopt;
        r.v6 = a->protocol() == QAbstractSocket::IPv6Protocol;
        std::tie(r.hiFirst, r.loFirst) = first;
        std::tie(r.hiLast, r.loLast) = last;
        return r;
    }
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    const auto a = address(slash < 0 ? text : text.left(slash));
    if (!a)
        return std::nullopt;
    r.v6 = a->protocol() == QAbstractSocket::IPv6Protocol;
    const int width = r.v6 ? 128 : 32;
    int bits = width;
    if (slash >= 0) {
        const QStringView rest = text.mid(slash + 1);
        bool ok = false;
        bits = rest.toInt(&ok);
        if (!ok) {
            const auto m = r.v6 ? std::nullopt : maskBits(rest);
            if (!m)
                return std::nullopt;
            bits = *m;
        }
        if (bits < 0 || bits > width)
            return std::nullopt;
    }
    const U128 first = maskOf(toNumber(*a), bits, width);
    const U128 last = lastOf(first, bits, width);
    std::tie(r.hiFirst, r.loFirst) = first;
    std::tie(r.hiLast, r.loLast) = last;
    return r;
}

bool IpRange::contains(const IpRange &o) const
{
    return v6 == o.v6 && U128{hiFirst, loFirst} <= U128{o.hiFirst, o.loFirst}
        && U128{o.hiLast, o.loLast} <= U128{hiLast, loLast};
}

bool IpRange::intersects(const IpRange &o) const
{
    return v6 == o.v6 && !(U128{o.hiLast, o.loLast} < U128{hiFirst, loFirst})
        && !(U128{hiLast, loLast} < U128{o.hiFirst, o.loFirst});
}

} // namespace pp
