#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include "model/design/PortRange.h"
#include "model/export/AddressObject.h"
#include "model/export/ChangeRequest.h"
#include "model/export/PlatformNames.h"
#include "model/export/ServicePort.h"
#include "model/export/VendorRule.h"

#include <vector>

namespace pp {

struct ExportInput;

/// What one device's change request defines, resolved once for every
/// vendor writer: the addresses, groups and services its rules use, with
/// names fitted to the platform (PlatformNames warns of each change).
/// Groups keep the request's names (GroupNaming, with the user's renames);
/// address objects are named after their host ("H_CM01") or, for a zone's
/// subnets standing in for a host without an address, after the subnet.
class VendorObjects
{
public:
    struct Group
    {
        QString name;
        std::vector<int> addresses; ///< indices into addresses()
        QString description;        ///< the hosts, fitted (at most 255)
    };
    struct Service
    {
        QString name;
        std::vector<ServicePort> ports;
        bool hasIcmp() const;
        /// The ports of one protocol, in order.
        std::vector<ServicePort> of(Protocol protocol) const;
    };

    VendorObjects(const ExportInput &input, const RequestSection &section, PlatformNames &names);

    const std::vector<AddressObject> &addresses() const { return m_addresses; }
    const std::vector<Group> &groups() const { return m_groups; }
    const std::vector<Service> &services() const { return m_services; }
    /// Rules to add, in request order (lines to remove are not written:
    /// see skipped()).
    const std::vector<VendorRule> &rules() const { return m_rules; }
    /// Why some of the request's rules are not in the output (removals, a
    /// side with no address); each one line.
    const QStringList &skipped() const { return m_skipped; }
    /// skipped() and every name or comment PlatformNames changed: all of it
    /// is known once the objects are made, before a line is written.
    QStringList warnings() const { return m_skipped + m_names.warnings(); }

    /// "10.0.0.10" -> "10.0.0.10/32"; a CIDR stays as it is.
    static QString cidr(const QString &address);
    /// "TCP/8530-8531" and the like; members that are none are left out.
    static std::vector<ServicePort> parsePorts(const QStringList &members);
    /// "255.255.255.0" for a prefix length of 24 (IPv4).
    static QString netmask(int prefixLength);

private:
    bool namesObjects() const;
    int groupIndex(int objectGroup);
    int serviceIndex(int serviceGroup);
    int addressIndex(const RequestHost &host, const QString &address, int nth);
    QString zoneName(const QString &zoneId) const;
    QString description(const FirewallRule &rule) const;

    const ExportInput &m_input;
    const RequestSection &m_section;
    PlatformNames &m_names;
    std::vector<AddressObject> m_addresses;
    std::vector<Group> m_groups;
    std::vector<Service> m_services;
    std::vector<VendorRule> m_rules;
    QStringList m_skipped;
    QHash<QString, int> m_addressByCidr;
    QHash<int, int> m_groupByRequest;
    QHash<int, int> m_serviceByRequest;
};

} // namespace pp
