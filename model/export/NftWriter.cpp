#include "model/export/NftWriter.h"

#include "model/design/Design.h"
#include "model/export/ChangeRequest.h"
#include "model/export/ExportProgress.h"
#include "model/export/ExportText.h"
#include "model/export/RequestTable.h"
#include "model/export/TextSink.h"

#include <QHostAddress>
#include <QSet>

namespace pp {

namespace {

using exporttext::singleLine;

enum Family { V4, V6 };

void comment(TextSink &out, const char *indent, const QString &text)
{
    out << indent << "# " << singleLine(text) << '\n';
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

/// A set of addresses, split by family, named once.
struct NamedSet
{
    QString name;
    QString note;
    QStringList elements[2];

    NamedSet(const QString &setName, const QString &setNote, const QStringList &addresses)
        : name(setName)
        , note(setNote)
    {
        QSet<QString> seen;
        for (const QString &a : addresses) {
            Family f = V4;
            const QString e = element(a, &f);
            if (!e.isEmpty() && !seen.contains(e)) {
                seen.insert(e);
                elements[f] << e;
            }
        }
    }

    void write(TextSink &out) const
    {
        for (Family f : {V4, V6}) {
            if (elements[f].isEmpty())
                continue;
            comment(out, "\t", note);
            out << "\tset " << name << (f == V4 ? "_v4" : "_v6") << " {\n\t\ttype "
                << (f == V4 ? "ipv4_addr" : "ipv6_addr") << "\n\t\tflags interval\n\t\tauto-merge\n\t\telements = { "
                << elements[f].join(QStringLiteral(", ")) << " }\n\t}\n";
        }
    }
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

void header(TextSink &out, const ExportInput &input)
{
    const ChangeRequest &request = input.request;
    out << "#!/usr/sbin/nft -f\n";
    comment(out, "", QStringLiteral("PortPlanner: nftables ruleset for a zone firewall, design %1").arg(request.designName));
    comment(out, "", requesttable::metadataLine(request));
    if (!request.delta) {
        out << "# Loading it again replaces the whole table. The forward chain's policy stays\n"
               "# accept: set the default drop yourself (policy drop) once the rules are in.\n"
               "table inet portplanner\ndelete table inet portplanner\n";
        return;
    }
    out << "# Changes only. Load it over the table of the previous version: it adds the\n"
           "# new and modified rules. Delete the replaced and removed ones by hand:\n"
           "#   nft -a list chain inet portplanner forward   (finds each rule's handle)\n"
           "#   nft delete rule inet portplanner forward handle N\n";
    bool any = false;
    for (int i = 0; i < input.linesToWrite(); ++i) {
        const RequestLine &line = request.lines[size_t(i)];
        if (line.action == RequestAction::Add)
            continue;
        comment(out, "  ", QStringLiteral("%1: delete the rule tagged \"%2\"").arg(line.id, commentString(line.key)));
        any = true;
    }
    if (!any)
        out << "# Nothing to delete.\n";
}

void rule(TextSink &out, const ChangeRequest &request, const RequestLine &line, const std::vector<NamedSet *> &sets)
{
    const char *indent = "\t\t";
    comment(out, indent, QStringLiteral("%1 %2 %3: %4 -> %5 [%6]")
                             .arg(line.id, requestActionName(line.action), line.key, line.source.label(),
                                  line.destination.label(), line.refs.join(QStringLiteral(", "))));
    for (const QString &w : request.lineWarnings(line))
        comment(out, indent, QStringLiteral("WARNING: ") + w);
    for (const QString &b : line.bridging)
        comment(out, indent, b);
    const NamedSet &src = *sets[size_t(line.source.group)];
    const NamedSet &dst = *sets[size_t(line.destination.group)];
    bool any = false;
    for (Family f : {V4, V6}) {
        if (src.elements[f].isEmpty() || dst.elements[f].isEmpty())
            continue;
        const QString what = match(line, f);
        if (what.isEmpty())
            continue;
        const char *ip = f == V4 ? "ip" : "ip6";
        const char *suffix = f == V4 ? "_v4" : "_v6";
        out << indent << ip << " saddr @" << src.name << suffix << ' ' << ip << " daddr @" << dst.name << suffix << ' '
            << what << " accept comment \"" << commentString(line.key) << "\"\n";
        any = true;
    }
    if (!any)
        comment(out, indent, QStringLiteral("skipped: no source and destination addresses of one family "
                                            "(or no nftables match for %1)").arg(line.portLabel()));
}

} // namespace

bool NftWriter::write(const ExportInput &input, QIODevice &device, ExportProgress &progress, QString *error) const
{
    const ChangeRequest &request = input.request;
    const int count = input.linesToWrite();
    progress.addTotal(count);
    TextSink out(device);
    header(out, input);
    out << "\ntable inet portplanner {\n";

    QSet<QString> used;
    for (const Zone &z : input.design.zones) {
        const NamedSet zone(QStringLiteral("zone_") + exporttext::identifier(z.id, 20),
                            QStringLiteral("zone %1 (%2)").arg(z.name, z.id), z.subnets);
        used.insert(zone.name);
        zone.write(out);
    }
    // One set per object group a rule uses, made when it is first needed.
    std::vector<std::unique_ptr<NamedSet>> owned(request.objectGroups.size());
    std::vector<NamedSet *> sets(request.objectGroups.size(), nullptr);
    for (int i = 0; i < count; ++i) {
        const RequestLine &line = request.lines[size_t(i)];
        if (line.action == RequestAction::Remove)
            continue;
        for (int g : {line.source.group, line.destination.group}) {
            if (sets[size_t(g)])
                continue;
            const ObjectGroup &group = request.objectGroups[size_t(g)];
            QString name = group.name;
            if (used.contains(name)) // a zone set of the same name
                name += QStringLiteral("_hosts");
            used.insert(name);
            owned[size_t(g)] = std::make_unique<NamedSet>(
                name, QStringLiteral("hosts %1").arg(exporttext::summarised(group.hostNames, 10)), group.addresses);
            sets[size_t(g)] = owned[size_t(g)].get();
            sets[size_t(g)]->write(out);
        }
    }

    out << "\n\tchain forward {\n";
    out << (request.delta ? "\t\ttype filter hook forward priority filter;\n"
                          : "\t\ttype filter hook forward priority filter; policy accept;\n"
                            "\t\tct state established,related accept\n");
    for (const RequestSection &section : request.sections) {
        if (!section.device.isEmpty())
            comment(out, "\t\t", QStringLiteral("firewall %1 (%2)").arg(section.name, section.device));
        for (const RequestLine &line : request.linesOf(section)) {
            const int index = int(&line - request.lines.data());
            if (index >= count)
                break;
            if (line.action != RequestAction::Remove)
                rule(out, request, line, sets);
            if (!progress.advance())
                return cancelled(error);
        }
    }
    out << "\t}\n}\n";
    return finish(out, progress, error);
}

} // namespace pp
