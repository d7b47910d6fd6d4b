#pragma once

#include <QString>
#include <QStringList>

namespace pp::test {

// Small grammars of the lines PortPlanner's vendor writers emit, for the
// platforms that have no offline validator here (shared/research/
// firewall-formats.md, section 3: FortiGate CLI, PAN-OS set commands, ASA,
// Junos set commands). Each check reads the whole text and returns one
// message per problem ("line 12: ..."); empty means the text is made only
// of lines the grammar knows, every name used is defined first, names and
// comments keep the platform's limits, and nothing would wipe existing
// configuration.
struct VendorGrammar
{
    static QStringList fortiOs(const QString &text);
    static QStringList panOsSet(const QString &text);
    static QStringList ciscoAsa(const QString &text);
    static QStringList junosSet(const QString &text);
    /// The layout `aclgen --base_directory DIR/policies --definitions_directory
    /// DIR/def` compiles: DIR/policies/pol/*.pol, DIR/def/NETWORK.net and
    /// DIR/def/SERVICES.svc, every token a policy uses defined there.
    static QStringList capircaLayout(const QString &dir);
};

} // namespace pp::test
