#pragma once

#include <QString>
#include <QStringList>

#include "model/audit/IpRange.h"

#include <optional>
#include <vector>

namespace pp {

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
