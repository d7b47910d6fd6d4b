#include "model/verify/VerifyPlan.h"

#include "model/design/Design.h"
#include "model/engine/Analysis.h"

#include <QSet>

#include <algorithm>
#include <map>
#include <tuple>

namespace pp {

namespace {

/// Roles of machines a user cannot log on to and run a script from.
bool isRemoteService(const QString &role)
{
    static const QStringList services = {
        QStringLiteral("internet"),       QStringLiteral("microsoft_cloud"),  QStringLiteral("intune"),
        QStringLiteral("exchange_online"), QStringLiteral("azure_services"), QStringLiteral("mobile_device"),
        QStringLiteral("cloud_distribution_point"), QStringLiteral("cloud_management_gateway"),
    };
    return services.contains(role);
}

/// The address a check connects to: the host's first address (a /32 or
/// /128 written as CIDR is an address too), else its name when that looks
/// like something DNS can resolve.
QString connectAddress(const Host &host)
{
    for (const QString &a : host.addresses) {
        const QString address = a.section(QLatin1Char('/'), 0, 0).trimmed();
        const QString bits = a.section(QLatin1Char('/'), 1, 1);
        if (!address.isEmpty() && (bits.isEmpty() || bits == QLatin1String("32") || bits == QLatin1String("128")))
            return address;
    }
    const QString name = host.name.trimmed();
    const bool dnsLike = !name.isEmpty() && std::all_of(name.begin(), name.end(), [](QChar c) {
        return c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('-') || c == QLatin1Char('_');
    });
    return dnsLike ? name : QString();
}

} // namespace

VerifyShell VerifyPlan::shellFor(const Host &host)
{
    return host.hasRole(QStringLiteral("mac_client")) ? VerifyShell::Posix : VerifyShell::PowerShell;
}

bool VerifyPlan::canRunOn(const Host &host)
{
    return std::any_of(host.roles.begin(), host.roles.end(), [](const QString &r) { return !isRemoteService(r); });
}

std::vector<VerifyHostPlan> VerifyPlan::build(const Design &design, const Analysis &analysis, int host)
{
    // (source, target, protocol, first port) -> check; std::map keeps the order stable.
    std::map<int, std::map<std::tuple<QString, int, int>, VerifyCheck>> bySource;
    std::map<int, QSet<QString>> unreachable;
    for (const Flow &f : analysis.flows) {
        if (!f.crossing() || (host >= 0 && f.from != host) || f.has(FlowReplyPath))
            continue;
        const Host &from = design.hosts[size_t(f.from)];
        const Host &to = design.hosts[size_t(f.to)];
        if (!canRunOn(from))
            continue;
        VerifyCheck c;
        c.to = f.to;
        c.target = to.id;
        c.address = connectAddress(to);
        c.protocol = f.protocol;
        c.range = f.range;
        c.port = f.range.first;
        if (c.address.isEmpty()) {
            unreachable[f.from].insert(to.id);
            continue;
        }
        bySource[f.from].emplace(std::make_tuple(to.id, int(f.protocol), int(c.port)), std::move(c));
    }
    std::vector<VerifyHostPlan> plans;
    for (size_t h = 0; h < design.hosts.size(); ++h) {
        const int index = int(h);
        if (!bySource.count(index) && !unreachable.count(index))
            continue;
        VerifyHostPlan plan;
        plan.host = index;
        plan.shell = shellFor(design.hosts[h]);
        for (auto &[key, check] : bySource[index])
            plan.checks.push_back(std::move(check));
        plan.unreachable = QStringList(unreachable[index].begin(), unreachable[index].end());
        plan.unreachable.sort();
        plans.push_back(std::move(plan));
    }
    return plans;
}

} // namespace pp
