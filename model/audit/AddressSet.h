#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

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

/// The addresses a rule matches on one side: any, a list of ranges, names
/// (FQDN objects, matched against host names), or the opposite of them.
struct AddressSet
{
    bool any = true;
    bool negated = false;
    std::vector<IpRange> ranges;
    QStringList names;        ///< lower-case DNS names

    static AddressSet anyAddress() { return {}; }
    void add(const IpRange &r) { any = false; ranges.push_back(r); }
    void addName(const QString &name) { any = false; names << name.toLower(); }
    /// Adds everything `other` holds (an empty set stays empty).
    void merge(const AddressSet &other);

    /// Every address of the host (its ranges, or its DNS name) is in the set.
    bool containsAll(const std::vector<IpRange> &host, const QString &hostName) const;
    /// Some address of the host is in the set.
    bool intersects(const std::vector<IpRange> &host, const QString &hostName) const;
    QString toString() const;
};

} // namespace pp
