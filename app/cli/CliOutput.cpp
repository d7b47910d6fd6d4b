#include "app/cli/CliOutput.h"

#include "app/cli/CliSupport.h"
#include "app/cli/TextTable.h"
#include "model/catalog/Catalog.h"
#include "model/export/Csv.h"
#include "model/design/Design.h"
#include "model/engine/FlowText.h"
#include "model/export/FlowsWriter.h"

#include <QFile>

#include <nlohmann/json.hpp>

namespace pp::cli {

using Json = nlohmann::ordered_json;

namespace {

std::string s(const QString &v)
{
    return v.toStdString();
}

Json portsJson(const std::vector<CatalogPort> &ports)
{
    Json out = Json::array();
    for (const CatalogPort &p : ports) {
        Json port;
        port["protocol"] = s(protocolName(p.protocol));
        port["port"] = s(p.port);
        Json alts = Json::array();
        for (const auto &a : p.alternatives)
            alts.push_back(s(a));
        port["alternatives"] = alts;
        port["description"] = s(p.description);
        port["descriptionZh"] = s(p.descriptionZh);
        port["notes"] = Json(std::vector<int>(p.notes.begin(), p.notes.end()));
        port["service"] = s(p.service);
        port["setting"] = p.setting ? Json(s(settingKey(*p.setting))) : Json();
        port["phase"] = s(phaseName(p.phase));
        Json conds = Json::array();
        for (Condition c : p.conditions)
            conds.push_back(s(conditionName(c)));
        port["conditions"] = conds;
        out.push_back(port);
    }
    return out;
}

QString portCell(const CatalogPort &p)
{
    QString text = p.port;
    if (!p.alternatives.isEmpty())
        text += QStringLiteral(" (or %1)").arg(p.alternatives.join(QStringLiteral(", ")));
    return text;
}

QString notesCell(const QVector<int> &notes)
{
    QStringList out;
    for (int n : notes)
        out << QString::number(n);
    return out.join(QLatin1Char(','));
}

QByteArray dump(const Json &j)
{
    return QByteArray::fromStdString(j.dump(2, ' ', false, Json::error_handler_t::replace)) + '\n';
}

} // namespace

QByteArray catalogOutput(const Catalog &catalog, Format format)
{
    auto roleId = [&catalog](int index) { return index < 0 ? QString() : catalog.role(index).id; };
    if (format == Format::Json) {
        Json out = Json::array();
        for (const Connection &c : catalog.connections()) {
            Json conn;
            conn["ref"] = s(c.ref);
            conn["from"] = s(roleId(c.from));
            conn["to"] = s(roleId(c.to));
            conn["direction"] = s(directionText(c.direction));
            conn["ports"] = portsJson(c.ports);
            conn["scope"] = s(scopeName(c.scope));
            Json conds = Json::array();
            for (Condition x : c.conditions)
                conds.push_back(s(conditionName(x)));
            conn["conditions"] = conds;
            conn["notes"] = Json(std::vector<int>(c.notes.begin(), c.notes.end()));
            conn["external"] = c.external;
            conn["when"] = s(c.when);
            if (!c.hostOption.isEmpty())
                conn["hostOption"] = s(c.hostOption);
            if (const Section *sec = catalog.section(c.ref)) {
                conn["title"] = s(sec->title);
                conn["titleZh"] = s(sec->titleZh);
            }
            out.push_back(conn);
        }
        for (const ReferenceTable &r : catalog.references()) {
            Json conn;
            conn["ref"] = s(r.ref);
            conn["from"] = r.from < 0 ? Json() : Json(s(roleId(r.from)));
            conn["to"] = r.to < 0 ? Json() : Json(s(roleId(r.to)));
            conn["direction"] = "-->";
            conn["ports"] = portsJson(r.ports);
            conn["scope"] = "manual";
            conn["when"] = s(r.when);
            if (const Section *sec = catalog.section(r.ref)) {
                conn["title"] = s(sec->title);
                conn["titleZh"] = s(sec->titleZh);
            }
            out.push_back(conn);
        }
        return dump(out);
    }
    const QStringList headers = {QStringLiteral("ref"), QStringLiteral("from"), QStringLiteral("dir"),
                                 QStringLiteral("to"), QStringLiteral("protocol"), QStringLiteral("port"),
                                 QStringLiteral("notes"), QStringLiteral("phase"), QStringLiteral("description")};
    TextTable table(headers);
    QByteArray csv = Csv::row(headers).toUtf8();
    auto add = [&](const QString &ref, const QString &from, const QString &dir, const QString &to,
                   const std::vector<CatalogPort> &ports) {
        for (const CatalogPort &p : ports) {
            const QStringList row = {ref, from, dir, to, protocolName(p.protocol), portCell(p),
                                     notesCell(p.notes), phaseName(p.phase), p.description};
            table.addRow(row);
            csv += Csv::row(row).toUtf8();
        }
    };
    for (const Connection &c : catalog.connections())
        add(c.ref, roleId(c.from), directionText(c.direction), roleId(c.to), c.ports);
    for (const ReferenceTable &r : catalog.references())
        add(r.ref, roleId(r.from), QStringLiteral("-->"), roleId(r.to), r.ports);
    return format == Format::Csv ? csv : table.toString().toUtf8();
}

bool writeFlows(const Design &design, const Catalog &catalog, const Analysis &analysis, bool crossingOnly,
                Format format)
{
    if (format == Format::Json || format == Format::Csv) {
        // Streamed flow by flow: an XL design has 700,000 of them.
        QFile out;
        out.open(stdout, QIODevice::WriteOnly);
        QString error;
        const FlowsWriter writer(design, catalog, analysis);
        if (writer.write(format == Format::Json ? FlowsWriter::Format::Json : FlowsWriter::Format::Csv, crossingOnly,
                         out, &error))
            return true;
        writeErr(QStringLiteral("portplanner-cli flows: %1").arg(error));
        return false;
    }
    const FlowText text(design, catalog);
    QStringList headers = {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("fromZone"),
                           QStringLiteral("toZone"), QStringLiteral("protocol"), QStringLiteral("port"),
                           QStringLiteral("ref"), QStringLiteral("crossing"), QStringLiteral("phase"),
                           QStringLiteral("description")};
    // The path column only where there are firewalls (as in the CSV).
    const bool paths = !design.firewalls.empty();
    if (paths)
        headers.insert(headers.size() - 1, QStringLiteral("path"));
    TextTable table(headers);
    for (const Flow &f : analysis.flows) {
        if (crossingOnly && !f.crossing())
            continue;
        QStringList row = {text.fromId(f), text.toId(f), text.fromZoneId(f), text.toZoneId(f),
                           protocolName(f.protocol), text.port(f), text.ref(f),
                           f.crossing() ? QStringLiteral("yes") : QStringLiteral("no"),
                           phaseName(f.phase), text.description(f)};
        if (paths)
            row.insert(row.size() - 1, f.crossing() && f.path < 0 ? QStringLiteral("(no path)")
                                                                  : text.pathText(analysis.pathOf(f)));
        table.addRow(row);
    }
    writeOut(table.toString().toUtf8());
    return true;
}

QByteArray notesOutput(const Design &design, const Catalog &catalog, const Analysis &analysis)
{
    const FlowText text(design, catalog);
    QByteArray out;
    for (const FlowNote &n : analysis.notes)
        out += QStringLiteral("note: %1: %2\n").arg(design.hosts[size_t(n.client)].id, text.noteText(n)).toUtf8();
    return out;
}

QByteArray findingsOutput(const Analysis &analysis, Format format)
{
    if (format == Format::Json) {
        Json out = Json::array();
        for (const Finding &f : analysis.findings) {
            Json j;
            j["severity"] = f.severity == Severity::Error ? "error" : "warning";
            j["code"] = s(f.code);
            j["message"] = s(f.message);
            Json hosts = Json::array();
            for (const auto &h : f.hosts)
                hosts.push_back(s(h));
            j["hosts"] = hosts;
            Json sites = Json::array();
            for (const auto &x : f.sites)
                sites.push_back(s(x));
            j["sites"] = sites;
            if (!f.zones.isEmpty() || !f.firewalls.isEmpty()) {
                Json zones = Json::array();
                for (const auto &z : f.zones)
                    zones.push_back(s(z));
                j["zones"] = zones;
                Json firewalls = Json::array();
                for (const auto &fw : f.firewalls)
                    firewalls.push_back(s(fw));
                j["firewalls"] = firewalls;
            }
            j["ref"] = f.ref.isEmpty() ? Json() : Json(s(f.ref));
            j["source"] = f.source.isEmpty() ? Json() : Json(s(f.source));
            out.push_back(j);
        }
        return dump(out);
    }
    QByteArray out;
    for (const Finding &f : analysis.findings) {
        out += (f.severity == Severity::Error ? "error: " : "warning: ") + f.message.toUtf8();
        if (!f.ref.isEmpty())
            out += " [" + f.ref.toUtf8() + "]";
        if (!f.source.isEmpty())
            out += " (source: " + f.source.toUtf8() + ")";
        out += '\n';
    }
    out += QStringLiteral("%1 error(s), %2 warning(s)\n").arg(analysis.errorCount()).arg(analysis.warningCount()).toUtf8();
    return out;
}

} // namespace pp::cli
