#pragma once

// Shared by the policy fuzz targets: a reader's answer is either a clear
// error or a policy the audit can evaluate against a small design.

#include "model/audit/PolicyAudit.h"
#include "model/catalog/Catalog.h"
#include "model/engine/RulesEngine.h"
#include "model/file/DesignFile.h"

#include <cstdlib>

namespace pp::fuzz {

/// A Mac client, a site server and a DP across three zones, with a manual
/// link over a port range: openings of every protocol the audit handles.
inline const Design &auditDesign()
{
    static const Design design = [] {
        const QByteArray json = R"({"format": "portplanner-design", "version": 1, "name": "fuzz",
          "sites": [{"code": "PS1", "type": "primary", "parent": null}],
          "zones": [{"id": "lan", "name": "LAN", "kind": "internal", "subnets": ["10.0.0.0/16"], "rect": [0,0,100,100]},
                    {"id": "dmz", "name": "DMZ", "kind": "perimeter", "subnets": ["172.16.0.0/24", "2001:db8::/64"], "rect": [200,0,100,100]},
                    {"id": "dc", "name": "DC", "kind": "internal", "subnets": [], "rect": [400,0,100,100]}],
          "hosts": [{"id": "mac", "name": "mac.example.com", "zone": "lan", "site": "PS1", "roles": ["mac_client"], "addresses": ["10.0.0.10"], "pos": [10,10]},
                    {"id": "dp", "name": "dp.example.com", "zone": "dmz", "site": "PS1", "roles": ["distribution_point"], "addresses": ["172.16.0.20", "2001:db8::20"], "pos": [210,10]},
                    {"id": "ss", "name": "ss.example.com", "zone": "dc", "site": "PS1", "roles": ["site_server", "site_database", "management_point"], "addresses": [], "pos": [410,10]}],
          "links": [{"id": "l1", "kind": "add", "from": "mac", "to": "dp", "ports": [{"protocol": "TCP", "port": "8530-8531"}, {"protocol": "UDP", "port": 69}]}],
          "reviews": []})";
        const LoadResult r = DesignFile::parse(json, Catalog::builtin());
        if (!r.ok())
            std::abort(); // the fixture itself is wrong
        return *r.design;
    }();
    return design;
}

/// Audits a policy a reader accepted; a refusal must say why.
inline void check(const PolicyReadResult &read)
{
    if (!read.ok())
        return;
    static const Analysis analysis = RulesEngine(Catalog::builtin()).analyze(auditDesign());
    const AuditReport report = PolicyAudit::run(auditDesign(), Catalog::builtin(), analysis, read.policy);
    if (report.items.size() != analysis.openings.size())
        std::abort();
}

inline void checkRefusal(const PolicyReadResult &read)
{
    if (!read.ok() && read.error.isEmpty())
        std::abort();
    check(read);
}

} // namespace pp::fuzz
