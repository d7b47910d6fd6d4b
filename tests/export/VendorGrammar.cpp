#include "tests/export/VendorGrammar.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSet>

namespace pp::test {

namespace {

using Re = QRegularExpression;

// A name as the writers make them (PlatformNames): letters, digits, _ . -
const QString name = QStringLiteral(R"([A-Za-z][A-Za-z0-9_.\-]*)");
// A FortiOS quoted string: \" and \\ escape, nothing else ends it.
const QString fortiString = QStringLiteral(R"("(?:[^"\\\r\n]|\\.)*")");
// PAN-OS and Junos quoted text: no quote or backslash inside at all.
const QString setString = QStringLiteral(R"("[^"\\\r\n]*")");
const QString ports = QStringLiteral(R"(\d{1,5}(?:-\d{1,5})?)");

QRegularExpressionMatch match(const QString &pattern, const QString &line)
{
    const Re re(QLatin1Char('^') + pattern + QLatin1Char('$'));
    Q_ASSERT(re.isValid());
    return re.match(line);
}

/// Collects problems with their line numbers.
struct Problems
{
    QStringList list;
    int line = 0;
    void add(const QString &what) { list << QStringLiteral("line %1: %2").arg(line).arg(what); }
};

bool validAddress(const QString &text)
{
    return !QHostAddress(text.section(QLatin1Char('/'), 0, 0)).isNull();
}

bool validPorts(const QString &text)
{
    for (const QString &range : text.split(QRegularExpression(QStringLiteral("[ ,]")), Qt::SkipEmptyParts)) {
        const QStringList ends = range.split(QLatin1Char('-'));
        bool ok1 = false;
        bool ok2 = false;
        const int lo = ends.front().toInt(&ok1);
        const int hi = ends.back().toInt(&ok2);
        if (!ok1 || !ok2 || lo < 1 || hi > 65535 || lo > hi)
            return false;
    }
    return true;
}

/// The quoted strings of a FortiOS value list, unescaped.
QStringList fortiValues(const QString &text)
{
    QStringList out;
    const Re re(fortiString);
    for (auto it = re.globalMatch(text); it.hasNext();) {
        QString v = it.next().captured();
        v = v.mid(1, v.size() - 2);
        v.replace(QStringLiteral("\\\""), QStringLiteral("\"")).replace(QStringLiteral("\\\\"), QStringLiteral("\\"));
        out << v;
    }
    return out;
}

QStringList bracketList(const QString &text)
{
    QString t = text.trimmed();
    if (t.startsWith(QLatin1Char('[')))
        t = t.mid(1, t.size() - 2);
    return t.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

QStringList VendorGrammar::fortiOs(const QString &text)
{
    Problems p;
    QString section;     // "firewall address", ...
    QString edit;        // the entry being edited
    QSet<QString> addresses, services;
    QSet<QString> policyKeys;
    const QString values = QStringLiteral("(%1(?: %1)*)").arg(fortiString);
    const QHash<QString, QString> keys = {
        {QStringLiteral("firewall address"), QStringLiteral("subnet|comment")},
        {QStringLiteral("firewall address6"), QStringLiteral("ip6|comment")},
        {QStringLiteral("firewall addrgrp"), QStringLiteral("member|comment")},
        {QStringLiteral("firewall addrgrp6"), QStringLiteral("member|comment")},
        {QStringLiteral("firewall service custom"), QStringLiteral("tcp-portrange|udp-portrange|protocol|icmptype|comment")},
        {QStringLiteral("firewall service group"), QStringLiteral("member|comment")},
        {QStringLiteral("firewall policy"),
         QStringLiteral("name|srcintf|dstintf|srcaddr|dstaddr|srcaddr6|dstaddr6|action|schedule|service|logtraffic|comments")},
    };
    auto closePolicy = [&] {
        // A policy commits only with all of these (batfish policyValid).
        for (const char *k : {"srcintf", "dstintf", "service", "schedule"})
            if (!policyKeys.contains(QLatin1String(k)))
                p.add(QStringLiteral("policy without %1").arg(QLatin1String(k)));
        if (!(policyKeys.contains(QStringLiteral("srcaddr")) || policyKeys.contains(QStringLiteral("srcaddr6")))
            || !(policyKeys.contains(QStringLiteral("dstaddr")) || policyKeys.contains(QStringLiteral("dstaddr6"))))
            p.add(QStringLiteral("policy without addresses"));
        policyKeys.clear();
    };
    for (const QString &raw : text.split(QLatin1Char('\n'))) {
        ++p.line;
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        if (auto c = match(QStringLiteral("config (.+)"), line); c.hasMatch()) {
            if (!section.isEmpty())
                p.add(QStringLiteral("config inside config"));
            section = c.captured(1);
            if (!keys.contains(section))
                p.add(QStringLiteral("unknown section %1").arg(section));
        } else if (line == QLatin1String("end")) {
            if (section.isEmpty() || !edit.isEmpty())
                p.add(QStringLiteral("end without config, or inside edit"));
            section.clear();
        } else if (auto e = match(QStringLiteral("edit (\\d+|%1)").arg(fortiString), line); e.hasMatch()) {
            if (section.isEmpty() || !edit.isEmpty())
                p.add(QStringLiteral("edit outside config, or inside edit"));
            const bool policy = section == QLatin1String("firewall policy");
            // edit 0: FortiOS allocates a new id, never edits an existing policy.
            if (policy != (e.captured(1) == QLatin1String("0")))
                p.add(QStringLiteral("policies are edited as 0, objects by name"));
            edit = fortiValues(e.captured(1)).value(0, QStringLiteral("0"));
            const int limit = policy ? 35 : 79;
            if (edit.size() > limit)
                p.add(QStringLiteral("name longer than %1").arg(limit));
            (section.contains(QLatin1String("service")) ? services : addresses).insert(edit);
        } else if (line == QLatin1String("next")) {
            if (edit.isEmpty())
                p.add(QStringLiteral("next without edit"));
            if (section == QLatin1String("firewall policy"))
                closePolicy();
            edit.clear();
        } else if (auto set = match(QStringLiteral("set ([a-z0-9-]+) (.+)"), line); set.hasMatch()) {
            const QString key = set.captured(1);
            const QString value = set.captured(2);
            if (edit.isEmpty() || !match(keys.value(section), key).hasMatch()) {
                p.add(QStringLiteral("set %1 where it does not belong").arg(key));
                continue;
            }
            policyKeys.insert(key);
            bool ok = true;
            if (key == QLatin1String("subnet"))
                ok = match(QStringLiteral(R"(([\d.]+) ([\d.]+))"), value).hasMatch()
                    && validAddress(value.section(QLatin1Char(' '), 0, 0));
            else if (key == QLatin1String("ip6"))
                ok = validAddress(value);
            else if (key.endsWith(QLatin1String("portrange")))
                ok = match(QStringLiteral("%1(?: %1)*").arg(ports), value).hasMatch() && validPorts(value);
            else if (key == QLatin1String("protocol"))
                ok = value == QLatin1String("ICMP");
            else if (key == QLatin1String("icmptype"))
                ok = match(QStringLiteral(R"(\d{1,3})"), value).hasMatch();
            else if (key == QLatin1String("action"))
                ok = value == QLatin1String("accept");
            else if (key == QLatin1String("logtraffic"))
                ok = value == QLatin1String("all");
            else if (key == QLatin1String("schedule"))
                ok = value == QLatin1String("\"always\"");
            else
                ok = match(values, value).hasMatch();
            if (!ok) {
                p.add(QStringLiteral("bad value for %1: %2").arg(key, value));
                continue;
            }
            const QStringList vs = fortiValues(value);
            if (key == QLatin1String("name") && vs.value(0).size() > 35)
                p.add(QStringLiteral("policy name longer than 35"));
            if (key.startsWith(QLatin1String("comment")) && vs.value(0).size() > (key == QLatin1String("comment") ? 255 : 1023))
                p.add(QStringLiteral("comment too long"));
            const bool addressRef = key == QLatin1String("member") ? !section.contains(QLatin1String("service"))
                                                                  : key.contains(QLatin1String("addr"));
            const bool serviceRef = key == QLatin1String("service")
                || (key == QLatin1String("member") && section.contains(QLatin1String("service")));
            for (const QString &v : vs)
                if ((addressRef && !addresses.contains(v)) || (serviceRef && !services.contains(v)))
                    p.add(QStringLiteral("%1 used before it is defined").arg(v));
        } else {
            p.add(QStringLiteral("not a line the grammar knows: %1").arg(line.left(80)));
        }
    }
    if (!section.isEmpty())
        p.add(QStringLiteral("config without end"));
    return p.list;
}

QStringList VendorGrammar::panOsSet(const QString &text)
{
    Problems p;
    QSet<QString> addresses, services;
    const QString list = QStringLiteral(R"((\[(?: %1)+ \]|%1))").arg(name);
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        ++p.line;
        if (line.isEmpty())
            continue;
        QRegularExpressionMatch m;
        auto is = [&](const QString &pattern) { return (m = match(pattern, line)).hasMatch(); };
        auto defined = [&](const QSet<QString> &set, const QString &members) {
            for (const QString &member : bracketList(members))
                if (!set.contains(member))
                    p.add(QStringLiteral("%1 used before it is defined").arg(member));
        };
        if (is(QStringLiteral("set address (%1) ip-netmask (\\S+)").arg(name))) {
            if (!validAddress(m.captured(2)))
                p.add(QStringLiteral("bad address %1").arg(m.captured(2)));
            addresses.insert(m.captured(1));
        } else if (is(QStringLiteral("set address-group (%1) static %2").arg(name, list))) {
            defined(addresses, m.captured(2));
            addresses.insert(m.captured(1));
        } else if (is(QStringLiteral("set service (%1) protocol (tcp|udp) port (%2(?:,%2)*)").arg(name, ports))) {
            if (!validPorts(m.captured(3)))
                p.add(QStringLiteral("bad ports %1").arg(m.captured(3)));
            services.insert(m.captured(1));
        } else if (is(QStringLiteral("set service-group (%1) members %2").arg(name, list))) {
            defined(services, m.captured(2));
            services.insert(m.captured(1));
        } else if (is(QStringLiteral("set (address|address-group|service|service-group) (%1) description (%2)")
                          .arg(name, setString))) {
            if (!(m.captured(1).startsWith(QLatin1String("address")) ? addresses : services).contains(m.captured(2)))
                p.add(QStringLiteral("description before its object"));
            if (m.captured(3).size() > 1023 + 2)
                p.add(QStringLiteral("description longer than 1023"));
        } else if (is(QStringLiteral("set rulebase security rules (%1) from (%1) to (%1) source %2 destination %2 "
                                     "application (any|%2) service (application-default|%2) action allow")
                          .arg(name, list))) {
            defined(addresses, m.captured(4));
            defined(addresses, m.captured(5));
            if (m.captured(7) != QLatin1String("application-default"))
                defined(services, m.captured(7));
        } else if (is(QStringLiteral("set rulebase security rules (%1) description (%2)").arg(name, setString))) {
            if (m.captured(2).size() > 1023 + 2)
                p.add(QStringLiteral("description longer than 1023"));
        } else {
            p.add(QStringLiteral("not a line the grammar knows: %1").arg(line.left(80)));
            continue;
        }
        // Names are 1-63 characters (pan-os-codegen specs).
        const Re names(QStringLiteral(R"((?:address|address-group|service|service-group|rules) (\S+))"));
        if (const auto n = names.match(line); n.hasMatch() && n.captured(1).size() > 63)
            p.add(QStringLiteral("name longer than 63"));
    }
    return p.list;
}

QStringList VendorGrammar::ciscoAsa(const QString &text)
{
    Problems p;
    QSet<QString> objects, services;
    QString block; // "object network", "object-group network", "object-group service"
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        ++p.line;
        if (line.isEmpty() || line.startsWith(QLatin1Char('!')))
            continue;
        QRegularExpressionMatch m;
        auto is = [&](const QString &pattern) { return (m = match(pattern, line)).hasMatch(); };
        auto needs = [&](const char *kind) {
            if (block != QLatin1String(kind))
                p.add(QStringLiteral("sub-command outside %1").arg(QLatin1String(kind)));
        };
        if (is(QStringLiteral("(object network|object-group network|object-group service) (%1)").arg(name))) {
            block = m.captured(1);
            if (m.captured(2).size() > 64)
                p.add(QStringLiteral("name longer than 64"));
            (block.endsWith(QLatin1String("service")) ? services : objects).insert(m.captured(2));
        } else if (is(QStringLiteral(R"( host (\S+))"))) {
            needs("object network");
            if (!validAddress(m.captured(1)))
                p.add(QStringLiteral("bad host %1").arg(m.captured(1)));
        } else if (is(QStringLiteral(R"( subnet (\S+)(?: (\S+))?)"))) {
            needs("object network");
            if (!validAddress(m.captured(1)))
                p.add(QStringLiteral("bad subnet %1").arg(m.captured(1)));
        } else if (is(QStringLiteral(" network-object object (%1)").arg(name))) {
            needs("object-group network");
            if (!objects.contains(m.captured(1)))
                p.add(QStringLiteral("%1 used before it is defined").arg(m.captured(1)));
        } else if (is(QStringLiteral(R"( service-object (tcp|udp) destination (eq (\d+)|range (\d+) (\d+)))"))) {
            needs("object-group service");
            if (!validPorts(m.captured(3).isEmpty() ? m.captured(4) + QLatin1Char('-') + m.captured(5) : m.captured(3)))
                p.add(QStringLiteral("bad port"));
        } else if (is(QStringLiteral(R"( service-object icmp echo)"))) {
            needs("object-group service");
        } else if (is(QStringLiteral(R"( description ([^\r\n]{1,200}))"))) {
            if (block.isEmpty())
                p.add(QStringLiteral("description outside an object"));
        } else if (is(QStringLiteral(R"(access-list (%1) remark ([^\r\n]+))").arg(name))) {
            block.clear();
            if (m.captured(2).size() > 100)
                p.add(QStringLiteral("remark longer than 100"));
        } else if (is(QStringLiteral("access-list (%1) extended permit object-group (%1) object-group (%1) "
                                     "object-group (%1)( log)?")
                          .arg(name))) {
            block.clear();
            if (!services.contains(m.captured(2)))
                p.add(QStringLiteral("%1 used before it is defined").arg(m.captured(2)));
            for (int i : {3, 4})
                if (!objects.contains(m.captured(i)))
                    p.add(QStringLiteral("%1 used before it is defined").arg(m.captured(i)));
        } else {
            // Includes `clear configure`, `no ...` and `access-group`: a delta
            // never removes or rebinds what is there.
            p.add(QStringLiteral("not a line the grammar knows: %1").arg(line.left(80)));
        }
    }
    return p.list;
}

QStringList VendorGrammar::junosSet(const QString &text)
{
    Problems p;
    QSet<QString> addresses, applications;
    QHash<QString, QSet<QString>> policyParts;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        ++p.line;
        if (line.isEmpty())
            continue;
        QRegularExpressionMatch m;
        auto is = [&](const QString &pattern) { return (m = match(pattern, line)).hasMatch(); };
        auto defined = [&](const QSet<QString> &set, const QString &n) {
            if (!set.contains(n))
                p.add(QStringLiteral("%1 used before it is defined").arg(n));
        };
        const QString book = QStringLiteral("set security address-book global ");
        if (is(book + QStringLiteral("address (%1) (\\S+)").arg(name)) && m.captured(2) != QLatin1String("description")) {
            if (!validAddress(m.captured(2)) || !m.captured(2).contains(QLatin1Char('/')))
                p.add(QStringLiteral("an SRX address is a prefix: %1").arg(m.captured(2)));
            addresses.insert(m.captured(1));
        } else if (is(book + QStringLiteral("address (%1) description (%2)").arg(name, setString))) {
            defined(addresses, m.captured(1));
        } else if (is(book + QStringLiteral("address-set (%1) address (%1)").arg(name))) {
            defined(addresses, m.captured(2));
            addresses.insert(m.captured(1));
        } else if (is(QStringLiteral("set applications application (%1) term (%1) protocol "
                                     "(?:(tcp|udp) destination-port (%2)|icmp icmp-type 8)")
                          .arg(name, ports))) {
            if (!m.captured(4).isEmpty() && !validPorts(m.captured(4)))
                p.add(QStringLiteral("bad port"));
            if (m.captured(1).startsWith(QLatin1String("junos-")))
                p.add(QStringLiteral("junos- names are Juniper's"));
            applications.insert(m.captured(1));
        } else if (is(QStringLiteral("set applications application-set (%1) application (%1)").arg(name))) {
            defined(applications, m.captured(2));
            applications.insert(m.captured(1));
        } else if (is(QStringLiteral("set security policies from-zone (%1) to-zone (%1) policy (%1) "
                                     "(match source-address|match destination-address|match application|then permit|"
                                     "then log session-close|description)(?: (.+))?")
                          .arg(name))) {
            const QString what = m.captured(4);
            const QString value = m.captured(5);
            const QString key = m.captured(1) + QLatin1Char('>') + m.captured(2) + QLatin1Char('/') + m.captured(3);
            if (m.captured(1) == QLatin1String("all") || m.captured(2) == QLatin1String("all"))
                p.add(QStringLiteral("zone all is for global policies"));
            policyParts[key].insert(what);
            if (what.endsWith(QLatin1String("address")))
                defined(addresses, value);
            else if (what == QLatin1String("match application"))
                defined(applications, value);
            else if (what == QLatin1String("description") && !match(setString, value).hasMatch())
                p.add(QStringLiteral("description is not one quoted string"));
            else if (what.startsWith(QLatin1String("then")) && !value.isEmpty())
                p.add(QStringLiteral("bad then"));
            if (m.captured(3).size() > 63)
                p.add(QStringLiteral("policy name longer than 63"));
        } else {
            // Includes `replace:`, `delete` and `deactivate`: a delta only adds.
            p.add(QStringLiteral("not a line the grammar knows: %1").arg(line.left(80)));
        }
    }
    for (auto it = policyParts.cbegin(); it != policyParts.cend(); ++it)
        for (const char *part : {"match source-address", "match destination-address", "match application", "then permit"})
            if (!it.value().contains(QLatin1String(part)))
                p.list << QStringLiteral("policy %1 has no %2").arg(it.key(), QLatin1String(part));
    return p.list;
}

QStringList VendorGrammar::capircaLayout(const QString &dir)
{
    QStringList problems;
    auto read = [&](const QString &path) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            problems << QStringLiteral("missing %1").arg(QDir(dir).relativeFilePath(path));
            return QString();
        }
        return QString::fromUtf8(f.readAll());
    };
    auto tokens = [](const QString &text) {
        QSet<QString> out;
        const Re re(QStringLiteral(R"(^([A-Za-z][A-Za-z0-9_\-]*)\s*=)"), Re::MultilineOption);
        for (auto it = re.globalMatch(text); it.hasNext();)
            out.insert(it.next().captured(1));
        return out;
    };
    const QSet<QString> networks = tokens(read(dir + QStringLiteral("/def/NETWORK.net")));
    const QSet<QString> services = tokens(read(dir + QStringLiteral("/def/SERVICES.svc")));
    const QStringList pols = QDir(dir + QStringLiteral("/policies/pol")).entryList({QStringLiteral("*.pol")}, QDir::Files);
    if (pols.isEmpty())
        problems << QStringLiteral("no policies/pol/*.pol");
    const Re use(QStringLiteral(R"(^\s*(source-address|destination-address|destination-port)::\s*(.+)$)"),
                 Re::MultilineOption);
    for (const QString &pol : pols) {
        const QString text = read(dir + QStringLiteral("/policies/pol/") + pol);
        if (!text.contains(QLatin1String("header {")) || !text.contains(QLatin1String("target::")))
            problems << QStringLiteral("%1 has no header with a target").arg(pol);
        for (auto it = use.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            const QSet<QString> &known = m.captured(1) == QLatin1String("destination-port") ? services : networks;
            for (const QString &token : m.captured(2).split(QLatin1Char(' '), Qt::SkipEmptyParts))
                if (!known.contains(token))
                    problems << QStringLiteral("%1: %2 is not defined in def/").arg(pol, token);
        }
    }
    return problems;
}

} // namespace pp::test
