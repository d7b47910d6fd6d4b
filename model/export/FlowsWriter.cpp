#include "model/export/FlowsWriter.h"

#include "model/design/Design.h"
#include "model/engine/Analysis.h"
#include "model/engine/FlowText.h"
#include "model/export/Csv.h"
#include "model/engine/FlowKinds.h"
#include "model/export/TextSink.h"

#include <QBuffer>

#include <vector>

namespace pp {

namespace {

/// A JSON string literal as nlohmann_json writes it without ensure_ascii:
/// quotes, backslashes and control characters escaped, the rest UTF-8.
QByteArray json(const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out += '"';
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (c < 0x20)
                out += QByteArray("\\u00") + QByteArray::number(c, 16).rightJustified(2, '0');
            else
                out += ch;
        }
    }
    out += '"';
    return out;
}

const char *boolean(bool b)
{
    return b ? "true" : "false";
}

/// Everything of a flow after its hosts and zones, as JSON members.
QByteArray jsonTail(const FlowKind &k)
{
    QByteArray out;
    auto member = [&out](const char *name, const QByteArray &value, bool last = false) {
        out += QByteArray("    \"") + name + "\": " + value + (last ? "\n" : ",\n");
    };
    member("protocol", json(k.protocol));
    member("port", json(k.port));
    member("ref", json(k.ref));
    member("crossing", boolean(k.crossing()));
    member("phase", json(k.phase));
    member("description", json(k.description));
    member("service", json(k.service));
    member("replyPath", boolean(k.flags & FlowReplyPath));
    member("viaProxy", boolean(k.flags & FlowViaProxy));
    member("fallback", boolean(k.flags & FlowFallback));
    member("fallbackPath", k.flags & FlowFallback ? json(k.fallback) : QByteArray("null"));
    member("manual", boolean(k.flags & FlowManual));
    return out;
}

/// Rule 10: the firewalls a flow passes, with each device's own names for
/// the zones it enters and leaves by, as the "path" member's value.
QByteArray jsonPath(const FlowText &text, const Path &path)
{
    if (path.empty())
        return "[]";
    QByteArray out = "[";
    for (const PathHop &hop : path) {
        out += &hop == &path.front() ? "\n      {\n" : ",\n      {\n";
        out += "        \"firewall\": " + json(text.firewallId(hop.firewall)) + ",\n";
        out += "        \"in\": " + json(text.interfaceName(hop.firewall, hop.ingress)) + ",\n";
        out += "        \"out\": " + json(text.interfaceName(hop.firewall, hop.egress)) + "\n      }";
    }
    return out + "\n    ]";
}

/// A CSV row's fields as bytes, each followed by a comma (the last by CRLF).
QByteArray csvFields(const QStringList &fields, bool last)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        TextSink sink(buffer);
        Csv::writeRow(sink, fields);
    }
    bytes.chop(2); // the row's CRLF
    return bytes + (last ? "\r\n" : ",");
}

} // namespace

FlowsWriter::FlowsWriter(const Design &design, const Catalog &catalog, const Analysis &analysis)
    : m_design(design)
    , m_catalog(catalog)
    , m_analysis(analysis)
{
}

bool FlowsWriter::write(Format format, bool crossingOnly, QIODevice &device, QString *error) const
{
    const bool asJson = format == Format::Json;
    auto encode = [asJson](const QString &id) { return asJson ? json(id) : csvFields({id}, false); };
    std::vector<QByteArray> hosts, zones;
    for (const Host &h : m_design.hosts)
        hosts.push_back(encode(h.id));
    for (const Zone &z : m_design.zones)
        zones.push_back(encode(z.id));
    const QByteArray noZone = encode(QString());
    auto zone = [&](int z) -> const QByteArray & { return z >= 0 ? zones[size_t(z)] : noZone; };

    std::vector<FlowKind> kinds;
    FlowKinds kindOf(m_design, m_catalog, kinds);
    std::vector<QByteArray> tails, descriptions;

    // Paths are shared by every flow between two zones: each is encoded
    // once. The CSV has a path column only where there are firewalls, so
    // that without them it stays exactly what scripts have always read.
    const FlowText text(m_design, m_catalog);
    const bool pathColumn = !m_design.firewalls.empty();
    std::vector<QByteArray> paths(m_analysis.paths.size());
    const QByteArray noPath = asJson ? jsonPath(text, {}) : csvFields({QStringLiteral("(no path)")}, false);
    const QByteArray emptyPath = asJson ? noPath : csvFields({QString()}, false);
    auto pathOf = [&](const Flow &f) -> const QByteArray & {
        if (f.path < 0)
            return f.crossing() ? noPath : emptyPath;
        QByteArray &encoded = paths[size_t(f.path)];
        if (encoded.isEmpty()) {
            const Path &path = m_analysis.paths[size_t(f.path)];
            encoded = asJson ? jsonPath(text, path) : csvFields({text.pathText(path)}, false);
        }
        return encoded;
    };

    TextSink out(device);
    if (asJson)
        out << '[';
    else if (pathColumn)
        out << "from,to,fromZone,toZone,protocol,port,ref,crossing,phase,path,description\r\n";
    else
        out << "from,to,fromZone,toZone,protocol,port,ref,crossing,phase,description\r\n";
    bool first = true;
    for (const Flow &f : m_analysis.flows) {
        if (crossingOnly && !f.crossing())
            continue;
        const size_t kind = size_t(kindOf.indexOf(f));
        if (kind == tails.size()) {
            const FlowKind &k = kinds[kind];
            // CSV: the words of the kind, split around the path column.
            tails.push_back(asJson ? jsonTail(k)
                                   : csvFields({k.protocol, k.port, k.ref, k.crossing() ? QStringLiteral("yes")
                                                                                        : QStringLiteral("no"),
                                                k.phase},
                                               false));
            descriptions.push_back(asJson ? QByteArray() : csvFields({k.description}, true));
        }
        if (asJson) {
            out << (first ? "\n  {\n    \"from\": " : ",\n  {\n    \"from\": ") << hosts[size_t(f.from)]
                << ",\n    \"to\": " << hosts[size_t(f.to)] << ",\n    \"fromZone\": " << zone(f.fromZone)
                << ",\n    \"toZone\": " << zone(f.toZone) << ",\n" << tails[kind] << "    \"path\": " << pathOf(f)
                << "\n  }";
        } else {
            out << hosts[size_t(f.from)] << hosts[size_t(f.to)] << zone(f.fromZone) << zone(f.toZone) << tails[kind];
            if (pathColumn)
                out << pathOf(f);
            out << descriptions[kind];
        }
        first = false;
    }
    if (asJson)
        out << (first ? "]\n" : "\n]\n");
    if (!out.flush()) {
        if (error)
            *error = QStringLiteral("cannot write: %1").arg(out.errorString());
        return false;
    }
    return true;
}

} // namespace pp
