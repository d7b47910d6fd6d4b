#include "render/diagram/DrawioWriter.h"

#include "model/catalog/Catalog.h"
#include "model/design/Design.h"
#include "render/diagram/Diagram.h"
#include "render/diagram/EdgeSummary.h"

#include <QXmlStreamWriter>

namespace pp::diagram {

namespace {

QString num(qreal v)
{
    return QString::number(v, 'f', 1);
}

QString zoneColours(ZoneKind kind)
{
    switch (kind) {
    case ZoneKind::Internal: return QStringLiteral("fillColor=#e8f0fa;strokeColor=#1f5f99;fontColor=#1f5f99;");
    case ZoneKind::Perimeter: return QStringLiteral("fillColor=#fdf0e1;strokeColor=#c25e00;fontColor=#a04d00;");
    case ZoneKind::Internet: return QStringLiteral("fillColor=#fceaea;strokeColor=#b02a2a;fontColor=#9a2222;");
    case ZoneKind::Cloud: return QStringLiteral("fillColor=#f1eafb;strokeColor=#6c3483;fontColor=#5b2c6f;");
    case ZoneKind::Branch: return QStringLiteral("fillColor=#e8f6ec;strokeColor=#1e8449;fontColor=#196f3d;");
    case ZoneKind::Transit: return QStringLiteral("fillColor=#eef0f2;strokeColor=#5d6d7e;fontColor=#4d5d6e;");
    }
    return QStringLiteral("fillColor=#ffffff;strokeColor=#888888;");
}

QString reviewName(ReviewMark m)
{
    switch (m) {
    case ReviewMark::NotReviewed: return QStringLiteral("not reviewed");
    case ReviewMark::Approved: return QStringLiteral("approved");
    case ReviewMark::Rejected: return QStringLiteral("rejected");
    case ReviewMark::Questioned: return QStringLiteral("questioned");
    case ReviewMark::Stale: return QStringLiteral("needs re-review");
    }
    return {};
}

QString kindName(LineKind k)
{
    switch (k) {
    case LineKind::Crossing: return QStringLiteral("crossing");
    case LineKind::Internal: return QStringLiteral("internal");
    case LineKind::FallbackOnly: return QStringLiteral("fallback only");
    case LineKind::Install: return QStringLiteral("install phase");
    }
    return {};
}

/// An <object> (a cell with properties of its own) opened; the caller adds
/// its <mxCell> and closes it.
void openObject(QXmlStreamWriter &w, const QString &id, const QString &label,
                const QList<QPair<QString, QString>> &properties)
{
    w.writeStartElement(QStringLiteral("object"));
    w.writeAttribute(QStringLiteral("id"), id);
    w.writeAttribute(QStringLiteral("label"), label);
    for (const auto &[key, value] : properties)
        w.writeAttribute(key, value);
}

void geometry(QXmlStreamWriter &w, const QRectF &r)
{
    w.writeStartElement(QStringLiteral("mxGeometry"));
    w.writeAttribute(QStringLiteral("x"), num(r.x()));
    w.writeAttribute(QStringLiteral("y"), num(r.y()));
    w.writeAttribute(QStringLiteral("width"), num(r.width()));
    w.writeAttribute(QStringLiteral("height"), num(r.height()));
    w.writeAttribute(QStringLiteral("as"), QStringLiteral("geometry"));
    w.writeEndElement();
}

void cell(QXmlStreamWriter &w, const QString &style, const QString &parent, bool vertex)
{
    w.writeStartElement(QStringLiteral("mxCell"));
    w.writeAttribute(QStringLiteral("style"), style);
    w.writeAttribute(vertex ? QStringLiteral("vertex") : QStringLiteral("edge"), QStringLiteral("1"));
    w.writeAttribute(QStringLiteral("parent"), parent);
}

QString html(const QString &text)
{
    return text.toHtmlEscaped();
}

void writeZones(QXmlStreamWriter &w, const Design &design, const Diagram &d)
{
    for (size_t z = 0; z < design.zones.size(); ++z) {
        const Zone &zone = design.zones[z];
        openObject(w, QStringLiteral("zone:") + zone.id, zone.name.isEmpty() ? zone.id : zone.name,
                   {{QStringLiteral("kind"), zoneKindName(zone.kind)}, {QStringLiteral("subnets"), zone.subnets.join(QStringLiteral(", "))}});
        cell(w, QStringLiteral("swimlane;startSize=30;rounded=1;arcSize=2;fontStyle=1;align=left;spacingLeft=10;"
                               "container=1;collapsible=0;html=1;") + zoneColours(zone.kind),
             QStringLiteral("1"), true);
        geometry(w, d.geometry.zones[z]);
        w.writeEndElement(); // mxCell
        w.writeEndElement(); // object
    }
}

void writeHosts(QXmlStreamWriter &w, const Design &design, const Catalog &catalog, const Diagram &d)
{
    for (size_t h = 0; h < design.hosts.size(); ++h) {
        const Host &host = design.hosts[h];
        QStringList roles;
        for (const QString &id : host.roles)
            roles << (catalog.role(id) ? catalog.role(id)->name : id);
        const QString name = host.name.isEmpty() ? host.id : host.name;
        const QString label = QStringLiteral("<b>%1</b><br><font style=\"font-size:10px\">%2<br>%3</font>")
                                  .arg(html(name), html(roles.join(QStringLiteral(", "))), html(host.addresses.join(QStringLiteral(", "))));
        openObject(w, QStringLiteral("host:") + host.id, label,
                   {{QStringLiteral("roles"), host.roles.join(QStringLiteral(", "))},
                    {QStringLiteral("site"), host.site},
                    {QStringLiteral("addresses"), host.addresses.join(QStringLiteral(", "))},
                    {QStringLiteral("machines"), QString::number(host.machineCount())}});
        const int zone = design.zoneIndex(host.zone);
        const QString parent = zone >= 0 ? QStringLiteral("zone:") + host.zone : QStringLiteral("1");
        const Role *first = host.roles.isEmpty() ? nullptr : catalog.role(host.roles.constFirst());
        // The card's colour bar of the canvas becomes its outline here.
        cell(w, QStringLiteral("rounded=1;arcSize=8;whiteSpace=wrap;html=1;align=left;verticalAlign=top;spacingLeft=12;"
                               "spacingTop=4;fillColor=#ffffff;fontColor=#212529;shadow=1;strokeWidth=2;strokeColor=%1;")
                 .arg(hex(accentColor(first ? first->group : QString()))),
             parent, true);
        // Inside a container a shape's place is relative to it.
        QRectF r = d.geometry.cards[h];
        if (zone >= 0)
            r.translate(-d.geometry.zones[size_t(zone)].topLeft());
        geometry(w, r);
        w.writeEndElement();
        w.writeEndElement();
    }
}

/// Rule 10: each firewall as a device shape on the page, its platform,
/// management address and interfaces as properties.
void writeFirewalls(QXmlStreamWriter &w, const Design &design, const Diagram &d)
{
    for (size_t i = 0; i < design.firewalls.size() && i < d.geometry.devices.size(); ++i) {
        const Firewall &f = design.firewalls[i];
        QStringList interfaces;
        for (const FirewallInterface &in : f.interfaces)
            interfaces << QStringLiteral("%1=%2 (%3)").arg(in.id, in.zone, in.ruleName());
        const QString name = f.name.isEmpty() ? f.id : f.name;
        openObject(w, QStringLiteral("firewall:") + f.id,
                   QStringLiteral("<b>%1</b><br><font style=\"font-size:10px\">%2</font>").arg(html(name), html(platformName(f.platform))),
                   {{QStringLiteral("platform"), platformName(f.platform)},
                    {QStringLiteral("management"), f.management},
                    {QStringLiteral("interfaces"), interfaces.join(QStringLiteral("; "))}});
        cell(w, QStringLiteral("shape=mxgraph.cisco.security.firewall;html=1;verticalLabelPosition=bottom;verticalAlign=top;"
                               "fillColor=#c0392b;strokeColor=#7a1f12;fontColor=#212529;"),
             QStringLiteral("1"), true);
        geometry(w, d.geometry.devices[i]);
        w.writeEndElement();
        w.writeEndElement();
    }
}

QString endId(const Design &design, EndKind kind, int index)
{
    switch (kind) {
    case EndKind::Zone: return QStringLiteral("zone:") + design.zones[size_t(index)].id;
    case EndKind::Host: return QStringLiteral("host:") + design.hosts[size_t(index)].id;
    case EndKind::Firewall: return QStringLiteral("firewall:") + design.firewalls[size_t(index)].id;
    }
    return {};
}

void writeEdges(QXmlStreamWriter &w, const Design &design, const Diagram &d)
{
    for (const DiagramEdge &e : d.edges) {
        const QString a = endId(design, e.aKind, e.a), b = endId(design, e.bKind, e.b);
        const QString id = (e.isTrunk() ? QStringLiteral("trunk:") : QStringLiteral("line:")) + a.section(QLatin1Char(':'), 1)
            + QLatin1Char(':') + b.section(QLatin1Char(':'), 1);
        QString label = e.isTrunk() ? trunkLabel(e) : portsLabel(e);
        if (e.review != ReviewMark::NotReviewed)
            label = reviewGlyph(e.review) + QLatin1Char(' ') + label;
        QList<QPair<QString, QString>> properties{{QStringLiteral("ports"), e.ports.join(QStringLiteral(", "))},
                                                  {QStringLiteral("kind"), kindName(e.kind)}};
        if (e.crossing)
            properties.push_back({QStringLiteral("review"), reviewName(e.review)});
        // Issue 15: the audit and the verification, in words (draw.io shows
        // an object's properties on hover and in Edit Data).
        if (e.crossing && e.policy != PolicyMark::None)
            properties.push_back({QStringLiteral("policy"), policyText(e.policy)});
        if (e.crossing && e.check != CheckMark::None)
            properties.push_back({QStringLiteral("verification"), checkText(e.check)});
        if (e.isTrunk())
            properties.push_back({QStringLiteral("openings"), QString::number(e.openings.size())});
        openObject(w, id, label, properties);
        const LineStyle s = lineStyle(e.kind);
        QString style = QStringLiteral("edgeStyle=orthogonalEdgeStyle;rounded=0;html=1;labelBackgroundColor=#ffffff;"
                                       "fontSize=11;strokeColor=%1;strokeWidth=%2;startArrow=%3;endArrow=%4;")
                            .arg(hex(s.color), num(e.isTrunk() ? trunkWidth(int(e.openings.size())) : s.width),
                                 e.arrows & DiagramEdge::AtA ? QStringLiteral("block") : QStringLiteral("none"),
                                 e.arrows & DiagramEdge::AtB ? QStringLiteral("block") : QStringLiteral("none"));
        if (!s.dashes.empty()) {
            QStringList pattern;
            for (qreal v : s.dashes)
                pattern << num(v / s.width);
            style += QStringLiteral("dashed=1;dashPattern=%1;").arg(pattern.join(QLatin1Char(' ')));
        }
        cell(w, style, QStringLiteral("1"), false);
        w.writeAttribute(QStringLiteral("source"), a);
        w.writeAttribute(QStringLiteral("target"), b);
        w.writeStartElement(QStringLiteral("mxGeometry"));
        w.writeAttribute(QStringLiteral("relative"), QStringLiteral("1"));
        w.writeAttribute(QStringLiteral("as"), QStringLiteral("geometry"));
        // The route's bends as waypoints: diagrams.net keeps the canvas's lines.
        if (e.route.size() > 2) {
            w.writeStartElement(QStringLiteral("Array"));
            w.writeAttribute(QStringLiteral("as"), QStringLiteral("points"));
            for (size_t i = 1; i + 1 < e.route.size(); ++i) {
                w.writeStartElement(QStringLiteral("mxPoint"));
                w.writeAttribute(QStringLiteral("x"), num(e.route[i].x()));
                w.writeAttribute(QStringLiteral("y"), num(e.route[i].y()));
                w.writeEndElement();
            }
            w.writeEndElement();
        }
        w.writeEndElement(); // mxGeometry
        w.writeEndElement(); // mxCell
        w.writeEndElement(); // object
    }
}

} // namespace

QByteArray diagramDrawio(const Design &design, const Catalog &catalog, const Diagram &d)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("mxfile"));
    w.writeAttribute(QStringLiteral("host"), QStringLiteral("PortPlanner"));
    w.writeAttribute(QStringLiteral("type"), QStringLiteral("device"));
    w.writeStartElement(QStringLiteral("diagram"));
    w.writeAttribute(QStringLiteral("id"), QStringLiteral("portplanner"));
    w.writeAttribute(QStringLiteral("name"), design.name.isEmpty() ? QStringLiteral("Design") : design.name);
    w.writeStartElement(QStringLiteral("mxGraphModel"));
    for (const auto &[key, value] : {std::pair{"grid", "1"}, {"gridSize", "10"}, {"guides", "1"}, {"tooltips", "1"},
                                     {"connect", "1"}, {"arrows", "1"}, {"fold", "1"}, {"page", "0"}, {"math", "0"}, {"shadow", "0"}})
        w.writeAttribute(QLatin1String(key), QLatin1String(value));
    w.writeStartElement(QStringLiteral("root"));
    w.writeEmptyElement(QStringLiteral("mxCell"));
    w.writeAttribute(QStringLiteral("id"), QStringLiteral("0"));
    w.writeEmptyElement(QStringLiteral("mxCell"));
    w.writeAttribute(QStringLiteral("id"), QStringLiteral("1"));
    w.writeAttribute(QStringLiteral("parent"), QStringLiteral("0"));
    writeZones(w, design, d);
    writeHosts(w, design, catalog, d);
    writeFirewalls(w, design, d);
    writeEdges(w, design, d);
    w.writeEndElement(); // root
    w.writeEndElement(); // mxGraphModel
    w.writeEndElement(); // diagram
    w.writeEndElement(); // mxfile
    w.writeEndDocument();
    return out;
}

} // namespace pp::diagram
