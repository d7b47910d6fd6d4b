#include "model/export/RequestAssembler.h"

#include "model/catalog/Catalog.h"
#include "model/engine/FlowText.h"
#include "model/export/GroupNaming.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <limits>
#include <numeric>
#include <unordered_map>
#include <unordered_set>

namespace pp {

namespace {

/// Host pairs listed per kind of flow in a justification; the flows sheet
/// has them all.
constexpr int justificationPairs = 4;

/// 0.0.0.0/0 and ::/0: a zone that stands for "anywhere" (the internet, a
/// cloud) needs no address per host, so saying so would be noise.
bool anywhere(const QStringList &subnets)
{
    return std::all_of(subnets.begin(), subnets.end(),
                       [](const QString &s) { return s.endsWith(QLatin1String("/0")); });
}

QString zoneName(const Zone &z)
{
    return z.name.isEmpty() ? z.id : z.name;
}

} // namespace

struct RequestAssembler::Source
{
    Source(const Design &d, const Analysis &a, const Catalog &c, std::vector<FlowKind> &requestKinds)
        : design(d)
        , analysis(a)
        , catalog(c)
        , hostIndex(d.hosts.size(), -1)
        , kinds(d, c, requestKinds)
    {
    }

    const Design &design;
    const Analysis &analysis;
    const Catalog &catalog;       ///< the one this version of the design follows
    std::vector<int> hostIndex;   ///< design host -> request host, -1 until used
    FlowKinds kinds;
    std::map<std::vector<int>, int> groupBySide; ///< zone, then design hosts -> object group
};

RequestAssembler::RequestAssembler(ChangeRequest &request, const Catalog &catalog, const ChangeRequestOptions &options)
    : m_request(request)
    , m_catalog(catalog)
    , m_options(options)
{
}

RequestAssembler::~RequestAssembler() = default;

int RequestAssembler::addSource(const Design &design, const Analysis &analysis)
{
    return addSource(design, analysis, m_catalog);
}

int RequestAssembler::addSource(const Design &design, const Analysis &analysis, const Catalog &catalog)
{
    m_sources.push_back(std::make_unique<Source>(design, analysis, catalog, m_request.flowKinds));
    return int(m_sources.size() - 1);
}

int RequestAssembler::hostOf(Source &source, int designHost)
{
    int &index = source.hostIndex[size_t(designHost)];
    if (index >= 0)
        return index;
    const Host &h = source.design.hosts[size_t(designHost)];
    RequestHost rh;
    rh.id = h.id;
    rh.name = h.name.isEmpty() ? h.id : h.name;
    rh.zoneId = h.zone;
    rh.site = h.site;
    rh.addresses = ruleAddresses(source.design, h, &rh.zoneSubnets);
    rh.count = h.machineCount();
    rh.roles = h.roles;
    const Zone *zone = source.design.zone(h.zone);
    const QString zoneText = zone ? zoneName(*zone) : h.zone;
    if (rh.addresses.isEmpty())
        rh.warning = QStringLiteral("%1 has no address and zone %2 no subnet: the rule cannot be scoped until "
                                    "one is filled in")
                         .arg(rh.name, zoneText);
    else if (rh.zoneSubnets && !anywhere(rh.addresses))
        rh.warning = QStringLiteral("%1 has no address: the subnets of zone %2 (%3) stand in")
                         .arg(rh.name, zoneText, rh.addresses.join(QStringLiteral(", ")));

    // The same host in both versions of a design (a delta) is one host.
    const QString content = QStringList{rh.id, rh.name, rh.zoneId, rh.site, rh.addresses.join(QLatin1Char(' ')),
                                        QString::number(rh.count), rh.roles.join(QLatin1Char(' '))}
                                .join(QChar(0x1f));
    const auto found = m_hostByContent.constFind(content);
    if (found != m_hostByContent.constEnd())
        return index = *found;
    index = int(m_request.hosts.size());
    m_hostByContent.insert(content, index);
    m_request.hosts.push_back(std::move(rh));
    return index;
}

int RequestAssembler::groupOf(Source &source, int zone, const std::vector<int> &designHosts)
{
    std::vector<int> sideKey;
    sideKey.reserve(designHosts.size() + 1);
    sideKey.push_back(zone);
    sideKey.insert(sideKey.end(), designHosts.begin(), designHosts.end());
    const auto known = source.groupBySide.find(sideKey);
    if (known != source.groupBySide.end())
        return known->second;

    std::vector<int> hosts;
    hosts.reserve(designHosts.size());
    for (int h : designHosts)
        hosts.push_back(hostOf(source, h));
    const QString zoneId = zone >= 0 ? source.design.zones[size_t(zone)].id : QString();
    std::vector<int> sorted = hosts;
    std::sort(sorted.begin(), sorted.end());
    auto [it, added] = m_groupByContent.try_emplace({zoneId, std::move(sorted)}, int(m_request.objectGroups.size()));
    if (added) {
        ObjectGroup g;
        g.zoneId = zoneId;
        g.zoneName = zone >= 0 ? zoneName(source.design.zones[size_t(zone)]) : QString();
        g.hosts = std::move(hosts);
        QSet<QString> seen;
        for (int h : g.hosts) {
            const RequestHost &rh = m_request.hosts[size_t(h)];
            g.hostNames << rh.name;
            for (const QString &a : rh.addresses)
                if (!seen.contains(a)) {
                    seen.insert(a);
                    g.addresses << a;
                }
            if (!rh.warning.isEmpty())
                g.warnings << rh.warning;
        }
        g.hostsText = g.hostNames.join(QStringLiteral(", "));
        g.addressesText = g.addresses.join(QStringLiteral(", "));
        g.warningsText = g.warnings.join(QLatin1Char('\n'));
        m_request.objectGroups.push_back(std::move(g));
    }
    source.groupBySide.emplace(std::move(sideKey), it->second);
    return it->second;
}

RequestSide RequestAssembler::side(Source &source, int zone, const std::vector<int> &designHosts)
{
    RequestSide side;
    if (zone >= 0) {
        const Zone &z = source.design.zones[size_t(zone)];
        side.zoneId = z.id;
        side.zoneName = zoneName(z);
        side.zoneKind = z.kind;
    }
    side.group = groupOf(source, zone, designHosts);
    return side;
}

RequestLine RequestAssembler::line(int tag, const Opening &o)
{
    Source &source = *m_sources[size_t(tag)];
    const FlowText text(source.design, source.catalog);
    RequestLine line;
    line.key = text.openingKey(o);
    line.protocol = o.protocol;
    line.range = o.range;
    line.port = o.portText;
    line.refs = o.refs;
    line.runtime = o.runtime;
    line.install = o.install;
    line.serviceIds = o.services;
    for (const QString &service : o.services)
        line.services << source.catalog.serviceName(service);
    line.source = side(source, o.fromZone, o.fromHosts);
    line.destination = side(source, o.toZone, o.toHosts);
    line.section = sectionOf(source, o.firewall);
    if (o.firewall >= 0) {
        // Rule 10: the device's rules name the zones as its interfaces do.
        const Firewall &fw = source.design.firewalls[size_t(o.firewall)];
        line.source.interfaceName = fw.interfaces[size_t(o.ingress)].ruleName();
        line.destination.interfaceName = fw.interfaces[size_t(o.egress)].ruleName();
    }
    line.flows.reserve(o.flows.size());
    for (int index : o.flows) {
        const Flow &f = source.analysis.flows[size_t(index)];
        line.flows.push_back({hostOf(source, f.from), hostOf(source, f.to), source.kinds.indexOf(f)});
        if (f.connection >= 0 && source.catalog.connections()[size_t(f.connection)].direction == Direction::BothWays)
            line.bothWays = true;
    }
    line.justification = justification(line);
    line.bridging = text.bridging(o, source.analysis.flows);
    if (m_options.risk)
        line.risk = m_options.risk(source.design, o);
    return line;
}

bool RequestAssembler::wanted(int tag, const Opening &o) const
{
    if (m_options.firewall.isEmpty())
        return true;
    const Design &design = m_sources[size_t(tag)]->design;
    return o.firewall >= 0 && design.firewalls[size_t(o.firewall)].id == m_options.firewall;
}

int RequestAssembler::sectionOf(const Source &source, int firewall)
{
    const QString device = firewall >= 0 ? source.design.firewalls[size_t(firewall)].id : QString();
    const auto known = m_sectionByDevice.constFind(device);
    if (known != m_sectionByDevice.constEnd())
        return *known;
    RequestSection section;
    if (firewall >= 0) {
        const Firewall &fw = source.design.firewalls[size_t(firewall)];
        section.device = fw.id;
        section.name = fw.name.isEmpty() ? fw.id : fw.name;
        section.platform = platformName(fw.platform);
    } else {
        // Section names are read by people: in the chosen language.
        section.name = QCoreApplication::translate("pp::RequestAssembler", "Zone boundaries");
        section.platform = QStringLiteral("generic");
    }
    m_sectionByDevice.insert(device, int(m_sections.size()));
    m_sections.push_back(section);
    return int(m_sections.size() - 1);
}

void RequestAssembler::addOtherFlows(int tag)
{
    Source &source = *m_sources[size_t(tag)];
    for (const Flow &f : source.analysis.flows)
        if (!f.crossing())
            m_request.otherFlows.push_back({hostOf(source, f.from), hostOf(source, f.to), source.kinds.indexOf(f)});
}

QString RequestAssembler::justification(const RequestLine &line) const
{
    // Flows of one kind of words (description and anchor) share a line; the
    // first pairs of hosts they join follow it.
    struct Kind
    {
        QString words;
        QStringList pairs;
        std::unordered_set<quint64> seen;
    };
    std::vector<Kind> kinds;
    QHash<QString, size_t> byWords;
    // Flow kind -> its slot in `kinds`: the words are made once per kind, not
    // once per flow (a line at XL serves thousands of flows).
    std::unordered_map<int, size_t> byKind;
    for (const RequestFlow &f : line.flows) {
        auto [slot, added] = byKind.try_emplace(f.kind, 0);
        if (added) {
            const FlowKind &k = m_request.kind(f);
            const QString words = k.description + QStringLiteral(" [") + k.ref + QLatin1Char(']');
            auto it = byWords.constFind(words);
            if (it == byWords.constEnd()) {
                it = byWords.insert(words, kinds.size());
                kinds.push_back({words, {}, {}});
            }
            slot->second = *it;
        }
        Kind &kind = kinds[slot->second];
        if (kind.seen.insert(quint64(quint32(f.from)) << 32 | quint32(f.to)).second && kind.pairs.size() < justificationPairs)
            kind.pairs << m_request.host(f.from).name + QStringLiteral(" -> ") + m_request.host(f.to).name;
    }
    QStringList out;
    for (const Kind &kind : kinds) {
        QString who = kind.pairs.join(QStringLiteral(", "));
        if (kind.seen.size() > size_t(justificationPairs))
            who += QStringLiteral(" and %1 more").arg(kind.seen.size() - justificationPairs);
        out << kind.words + QStringLiteral(": ") + who;
    }
    return out.join(QLatin1Char('\n'));
}

void RequestAssembler::finish(std::vector<RequestLine> lines)
{
    sortSections(lines);
    m_request.lines = std::move(lines);

    const int width = qMax(3, int(QString::number(m_request.lines.size()).size()));
    for (size_t i = 0; i < m_request.lines.size(); ++i)
        m_request.lines[i].id = QStringLiteral("CR-%1").arg(int(i + 1), width, 10, QLatin1Char('0'));
    pairLines();
    makeRules();
    GroupNaming naming;
    naming.nameObjectGroups(m_request.objectGroups, m_request.hosts);
    naming.nameServiceGroups(m_request.serviceGroups);
    naming.applyRenames(m_request.objectGroups, m_request.serviceGroups, m_request.info.groupNames,
                        &m_request.warnings);
    collectWarnings();
}

void RequestAssembler::sortSections(std::vector<RequestLine> &lines)
{
    // Rule 10: a section per firewall device, in the order of the newest
    // design's firewalls (devices only an older version has after them);
    // the implicit firewall (every line of a design without firewalls, or
    // the crossings no path serves) last. A design without firewalls and a
    // request for one device always have their section, lines or none.
    if (m_sections.empty()) {
        const Firewall *asked = nullptr;
        for (const auto &source : m_sources)
            if (!asked && !m_options.firewall.isEmpty())
                asked = source->design.firewall(m_options.firewall);
        sectionOf(*m_sources.back(), asked ? m_sources.back()->design.firewallIndex(asked->id) : -1);
    }
    auto rank = [this](const RequestSection &section) {
        if (section.device.isEmpty())
            return std::numeric_limits<int>::max();
        for (size_t age = 0; age < m_sources.size(); ++age) {
            const int index = m_sources[m_sources.size() - 1 - age]->design.firewallIndex(section.device);
            if (index >= 0)
                return int(age) * 1000000 + index;
        }
        return std::numeric_limits<int>::max() - 1;
    };
    std::vector<int> order(m_sections.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return rank(m_sections[size_t(a)]) < rank(m_sections[size_t(b)]); });
    std::vector<int> position(order.size());
    for (size_t i = 0; i < order.size(); ++i) {
        position[size_t(order[i])] = int(i);
        m_request.sections.push_back(m_sections[size_t(order[i])]);
    }
    if (m_request.sections.size() > 1 && m_request.sections.back().device.isEmpty())
        m_request.sections.back().name = QCoreApplication::translate("pp::RequestAssembler", "No firewall path");
    for (RequestLine &line : lines)
        line.section = position[size_t(line.section)];
    std::stable_sort(lines.begin(), lines.end(),
                     [](const RequestLine &a, const RequestLine &b) { return a.section < b.section; });
    int first = 0;
    for (size_t s = 0; s < m_request.sections.size(); ++s) {
        RequestSection &section = m_request.sections[s];
        section.firstLine = first;
        while (first < int(lines.size()) && lines[size_t(first)].section == int(s))
            ++first;
        section.lineCount = first - section.firstLine;
    }
}

void RequestAssembler::pairLines()
{
    // A <--> connection makes two openings, one per initiating side: mark
    // them as a pair so the firewall team sees they belong together.
    auto keyOf = [](const RequestLine &l, bool reversed) {
        const QString &from = reversed ? l.destination.zoneId : l.source.zoneId;
        const QString &to = reversed ? l.source.zoneId : l.destination.zoneId;
        return QStringLiteral("%1|%2|%3>%4/%5/%6")
            .arg(l.section)
            .arg(requestActionName(l.action), from, to, protocolName(l.protocol), l.port);
    };
    QHash<QString, int> byKey;
    for (size_t i = 0; i < m_request.lines.size(); ++i)
        byKey.insert(keyOf(m_request.lines[i], false), int(i));
    for (RequestLine &line : m_request.lines) {
        const int other = byKey.value(keyOf(line, true), -1);
        if (other >= 0 && (line.bothWays || m_request.lines[size_t(other)].bothWays))
            line.pairLine = m_request.lines[size_t(other)].id;
    }
}

void RequestAssembler::makeRules()
{
    // Lines with the same action and the same two host sets on one device
    // become one rule over the service group of their ports.
    using RuleKey = std::tuple<int, int, int, int>;
    std::map<RuleKey, int> ruleIndex;
    std::vector<QStringList> serviceIds;
    for (RequestSection &section : m_request.sections) {
        section.firstRule = int(m_request.rules.size());
        for (int i = section.firstLine; i < section.firstLine + section.lineCount; ++i) {
            RequestLine &line = m_request.lines[size_t(i)];
            line.section = int(&section - m_request.sections.data());
            const RuleKey key{line.section, int(line.action), line.source.group, line.destination.group};
            auto [it, added] = ruleIndex.try_emplace(key, int(m_request.rules.size()));
            if (added) {
                FirewallRule rule;
                rule.id = QStringLiteral("FW-%1").arg(int(m_request.rules.size() + 1), 2, 10, QLatin1Char('0'));
                rule.section = line.section;
                rule.action = line.action;
                rule.fromZone = line.source.ruleZone();
                rule.toZone = line.destination.ruleZone();
                rule.sourceGroup = line.source.group;
                rule.destinationGroup = line.destination.group;
                m_request.rules.push_back(rule);
                serviceIds.emplace_back();
            }
            line.rule = it->second;
            m_request.rules[size_t(it->second)].lines << line.id;
            for (const QString &s : line.serviceIds)
                if (!serviceIds[size_t(it->second)].contains(s))
                    serviceIds[size_t(it->second)] << s;
        }
        section.ruleCount = int(m_request.rules.size()) - section.firstRule;
    }

    // Rules over the same ports share one service group.
    QHash<QString, int> serviceIndex;
    std::vector<QStringList> members(m_request.rules.size());
    for (const RequestLine &line : m_request.lines)
        if (!members[size_t(line.rule)].contains(line.portLabel()))
            members[size_t(line.rule)] << line.portLabel();
    for (size_t r = 0; r < m_request.rules.size(); ++r) {
        const QString key = members[r].join(QLatin1Char(','));
        auto it = serviceIndex.constFind(key);
        if (it == serviceIndex.constEnd()) {
            it = serviceIndex.insert(key, int(m_request.serviceGroups.size()));
            m_request.serviceGroups.push_back({QString(), members[r], serviceIds[r]});
        } else {
            ServiceGroup &g = m_request.serviceGroups[size_t(*it)];
            for (const QString &s : serviceIds[r])
                if (!g.services.contains(s))
                    g.services << s;
        }
        m_request.rules[r].serviceGroup = *it;
    }
    for (RequestLine &line : m_request.lines)
        line.serviceGroup = m_request.rules[size_t(line.rule)].serviceGroup;
}

void RequestAssembler::collectWarnings()
{
    // In the order lines first use each group: the source's, then the
    // destination's hosts.
    std::vector<bool> visited(m_request.objectGroups.size(), false);
    QSet<QString> seen;
    for (const RequestLine &line : m_request.lines)
        for (int group : {line.source.group, line.destination.group}) {
            if (visited[size_t(group)])
                continue;
            visited[size_t(group)] = true;
            for (const QString &w : m_request.objectGroups[size_t(group)].warnings)
                if (!seen.contains(w)) {
                    seen.insert(w);
                    m_request.warnings << w;
                }
        }
}

} // namespace pp
