#pragma once

#include <QStringView>

#include <optional>

namespace pp {

/// An inclusive range of IPv4 or IPv6 addresses as 128-bit numbers (IPv4
/// in the low 32 bits); the two families never mix.
struct IpRange
{
    bool v6 = false;
    quint64 hiFirst = 0, loFirst = 0; ///< first address: high and low 64 bits
    quint64 hiLast = 0, loLast = 0;

    /// "10.0.0.1", "10.0.0.0/16", "10.0.0.0/255.255.0.0", "10.0.0.1-10.0.0.9",
    /// the IPv6 forms of the same; nullopt when it is none of them.
    static std::optional<IpRange> parse(QStringView text);
    bool contains(const IpRange &other) const;
    bool intersects(const IpRange &other) const;
};

} // namespace pp
