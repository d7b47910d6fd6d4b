#include "model/export/NftExport.h"

#include "model/design/Design.h"
#include "model/export/ChangeRequest.h"
#include "model/export/ExportText.h"
#include "model/export/RequestTable.h"

#include <QHostAddress>
#include <QSet>

#include <map>

namespace pp {

namespace {

using exporttext::singleLine;

enum Family { V4, V6 };

QString comment(const QString &indent, const QString &text)
{
    return indent + QStringLiteral("# ") + singleLine(text) + QLatin1Char('\n');
}

/// An address or subnet as an nftables set element, with host bits of a
/// subnet cleared (nft refuses "10.0.0.5/16"). Empty when it is neither.
QString element(const QString &text, Family *family)
{
    const bool subnet = text.contains(QLatin1Char('/'));
    QPair<QHostAddress, int> parsed = QHostAddress::parseSubnet(subnet ? text : text + QStringLiteral("/128"));
    if (!subnet) {
        const QHostAddress a(text);
        if (a.isNull())
            return {};
        parsed = {a, a.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128};
    }
    const QHostAddress &a = parsed.first;
    if (a.isNull())
        return {};
    const int prefix = parsed.second;
    if (a.protocol() == QAbstractSocket::IPv4Protocol) {
        *family = V4;
        const quint32 mask = prefix == 0 ? 0 : ~quint32(0) << (32 - prefix);
        const QHostAddress net(a.toIPv4Address() & mask);
        return prefix == 32 ? net.toString() : net.toString() + QLatin1Char('/') + QString::number(prefix);
    }
    *family = V6;
    Q_IPV6ADDR bytes = a.toIPv6Address();
    for (int i = 0; i < 16; ++i) {
        const int bits = qBound(0, prefix - i * 8, 8);
        bytes[i] &= quint8(bits == 0 ? 0 : 0xff << (8 - bits));
    }
    const QString net = QHostAddress(bytes).toString();
    return prefix == 128 ? net : net + QLatin1Char('/') + QString::number(prefix);
}

struct NamedSet
{
    QString name;
    QString note;
    QStringList elements[2];
};

/// Rule key text is ids and port text; keep what an nft string may hold.
QString commentString(const QString &text)
{
    QString out;
    for (const QChar c : singleLine(text, 120))
        out += (c.isLetterOrNumber() && c.unicode() < 128) || QStringLiteral(">/-_.:").contains(c) ? c : QLatin1Char('_');
    return out;
}

QString match(const RequestLine &line, Family family)
{
    const QString l4 = protocolName(line.protocol).toLower();
    if (line.protocol == Protocol::Icmp) {
        const QString proto = family == V4 ? QStringLiteral("icmp") : QStringLiteral("icmpv6");
        if (line.port == QLatin1String("echo-request"))
            return proto + QStringLiteral(" type echo-request");
        if (line.port == QLatin1String("any"))
            return QStringLiteral("meta l4proto ") + (family == V4 ? QStringLiteral("icmp") : QStringLiteral("ipv6-icmp"));
        return {};
    }
    return QStringLiteral("%1 dport %2").arg(l4, line.range.isSingle() ? QString::number(line.range.first)
                                                                       : line.range.toString());
}

} // namespace

QByteArray changeRequestNft(const ChangeRequest &request, const Design &design)
{
    std::vector<NamedSet> sets;
    std::map<QString, size_t> setIndex;
    QSet<QString> used;
    auto addSet = [&](const QString &key, const QString &wanted, const QString &note, const QStringList &addresses) {
        auto it = setIndex.find(key);
        if (it != setIndex.end())
            return it->second;
        QString name = wanted;
        if (used.contains(name))
            name += QLatin1Char('_') + exporttext::shortHash(key, 4);
        used.insert(name);
        NamedSet set{name, note, {}};
        for (const QString &a : addresses) {
            Family f = V4;
            const QString e = element(a, &f);
            if (!e.isEmpty() && !set.elements[f].contains(e))
                set.elements[f] << e;
        }
        setIndex.emplace(key, sets.size());
        sets.push_back(set);
        return sets.size() - 1;
    };

    for (const Zone &z : design.zones)
        addSet(QStringLiteral("zone:") + z.id, QStringLiteral("zone_") + exporttext::identifier(z.id, 20),
               QStringLiteral("zone %1 (%2)").arg(z.name, z.id), z.subnets);

    QString rules;
    QString removals;
    const QString indent = QStringLiteral("\t\t");
    for (const RequestLine &line : request.lines) {
        const QString head = QStringLiteral("%1 %2 %3: %4 -> %5 [%6]")
                                 .arg(line.id, requestActionName(line.action), line.key, line.source.zoneName,
                                      line.destination.zoneName, line.refs.join(QStringLiteral(", ")));
        if (line.action != RequestAction::Add) {
            removals += comment(QStringLiteral("  "), QStringLiteral("%1: delete the rule tagged \"%2\"")
                                                          .arg(line.id, commentString(line.key)));
            if (line.action == RequestAction::Remove)
                continue;
        }
        const size_t src = addSet(QStringLiteral("group:") + line.source.group, line.source.group,
                                  QStringLiteral("hosts %1").arg(line.source.hostNames().join(QStringLiteral(", "))),
                                  line.source.addresses());
        const size_t dst = addSet(QStringLiteral("group:") + line.destination.group, line.destination.group,
                                  QStringLiteral("hosts %1").arg(line.destination.hostNames().join(QStringLiteral(", "))),
                                  line.destination.addresses());
        rules += comment(indent, head);
        for (const QString &w : line.warnings)
            rules += comment(indent, QStringLiteral("WARNING: ") + w);
        for (const QString &b : line.bridging)
            rules += comment(indent, b);
        bool any = false;
        for (Family f : {V4, V6}) {
            if (sets[src].elements[f].isEmpty() || sets[dst].elements[f].isEmpty())
                continue;
            const QString what = match(line, f);
            if (what.isEmpty())
                continue;
            const QString ip = f == V4 ? QStringLiteral("ip") : QStringLiteral("ip6");
            const QString suffix = f == V4 ? QStringLiteral("_v4") : QStringLiteral("_v6");
            rules += indent + QStringLiteral("%1 saddr @%2 %1 daddr @%3 %4 accept comment \"%5\"\n")
                                  .arg(ip, sets[src].name + suffix, sets[dst].name + suffix, what, commentString(line.key));
            any = true;
        }
        if (!any)
            rules += comment(indent, QStringLiteral("skipped: no source and destination addresses of one family "
                                                    "(or no nftables match for %1)").arg(line.portLabel()));
    }

    QString nft;
    nft += QStringLiteral("#!/usr/sbin/nft -f\n");
    nft += comment(QString(), QStringLiteral("PortPlanner: nftables ruleset for a zone firewall, design %1").arg(request.designName));
    nft += comment(QString(), requesttable::metadataLine(request));
    if (request.delta) {
        nft += QStringLiteral("# Changes only. Load it over the table of the previous version: it adds the\n"
                              "# new and modified rules. Delete the replaced and removed ones by hand:\n"
                              "#   nft -a list chain inet portplanner forward   (finds each rule's handle)\n"
                              "#   nft delete rule inet portplanner forward handle N\n");
        nft += removals.isEmpty() ? QStringLiteral("# Nothing to delete.\n") : removals;
    } else {
        nft += QStringLiteral("# Loading it again replaces the whole table. The forward chain's policy stays\n"
                              "# accept: set the default drop yourself (policy drop) once the rules are in.\n"
                              "table inet portplanner\ndelete table inet portplanner\n");
    }
    nft += QStringLiteral("\ntable inet portplanner {\n");
    for (const NamedSet &set : sets) {
        for (Family f : {V4, V6}) {
            if (set.elements[f].isEmpty())
                continue;
            nft += comment(QStringLiteral("\t"), set.note);
            nft += QStringLiteral("\tset %1%2 {\n\t\ttype %3\n\t\tflags interval\n\t\tauto-merge\n\t\telements = { %4 }\n\t}\n")
                       .arg(set.name, f == V4 ? QStringLiteral("_v4") : QStringLiteral("_v6"),
                            f == V4 ? QStringLiteral("ipv4_addr") : QStringLiteral("ipv6_addr"),
                            set.elements[f].join(QStringLiteral(", ")));
        }
    }
    nft += QStringLiteral("\n\tchain forward {\n");
    nft += request.delta ? QStringLiteral("\t\ttype filter hook forward priority filter;\n")
                         : QStringLiteral("\t\ttype filter hook forward priority filter; policy accept;\n"
                                          "\t\tct state established,related accept\n");
    nft += rules;
    nft += QStringLiteral("\t}\n}\n");
    return nft.toUtf8();
}

} // namespace pp
