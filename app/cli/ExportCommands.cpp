#include "app/cli/ExportCommands.h"

#include "app/cli/AnalyzedDesign.h"
#include "app/cli/Cli.h"
#include "app/cli/CliSupport.h"
#include "app/cli/DeviceExport.h"
#include "app/cli/TextTable.h"
#include "model/catalog/Catalog.h"
#include "model/export/ChangeRequestBuilder.h"
#include "model/export/ExportProgress.h"
#include "render/DiagramWriter.h"
#include "render/diagram/DiagramStyle.h"
#include "model/export/ExportText.h"
#include "model/export/OpeningDelta.h"
#include "model/review/RiskRules.h"
#include "render/ExportFormats.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <nlohmann/json.hpp>

namespace pp::cli {

namespace {

const QStringList exportFormats = exportformats::names();
const QStringList diffFormats{QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv"),
                              QStringLiteral("xlsx"),  QStringLiteral("html"), QStringLiteral("pdf"),
                              QStringLiteral("ps1"),   QStringLiteral("nft")};
const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                      QStringLiteral("Write to FILE (\"-\" or none: standard output, text formats only)."),
                                      QStringLiteral("FILE"));

/// --format if given, else the output file's extension, else the default.
QString chosenFormat(const Command &cmd, const QStringList &allowed)
{
    if (!cmd.parser.isSet(cmd.format) && cmd.parser.isSet(outputOption)) {
        const QString suffix = QFileInfo(cmd.parser.value(outputOption)).suffix().toLower();
        if (allowed.contains(suffix))
            return suffix;
    }
    return cmd.parser.value(cmd.format);
}

/// The format of one device's request: --format or the file's extension
/// when given, else what its platform reads (its own language; nft for
/// nftables, a script of rules for Windows hosts, CSV for generic).
QString deviceFormat(const Command &cmd, const Firewall &device)
{
    const QString chosen = chosenFormat(cmd, exportFormats);
    if (cmd.parser.isSet(cmd.format) || chosen != cmd.parser.value(cmd.format))
        return chosen;
    return exportformats::forPlatform(device.platform);
}

/// Writes the output (atomically when to a file); returns an exit code.
int writeOutput(const Command &cmd, const QString &format, const QByteArray &bytes)
{
    const QString path = cmd.parser.value(outputOption);
    if (path.isEmpty() || path == QLatin1String("-")) {
        writeOut(bytes);
        return ExitOk;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        writeErr(QStringLiteral("portplanner-cli %1: cannot write %2: %3").arg(cmd.name, path, file.errorString()));
        return ExitCannotWrite;
    }
    writeErr(QStringLiteral("wrote %1 (%2)").arg(path, format));
    return ExitOk;
}

/// Shared checks after parsing: the format is built in, a binary one has -o.
std::optional<int> checkOutput(const Command &cmd, const QString &format)
{
    const QString path = cmd.parser.value(outputOption);
    if (exportformats::isBinary(format) && (path.isEmpty() || path == QLatin1String("-"))) {
        writeErr(QStringLiteral("portplanner-cli %1: the %2 format needs -o FILE").arg(cmd.name, format));
        return ExitUsage;
    }
    return std::nullopt;
}

/// Tells a change request's warnings and streams it in one format to -o
/// (atomically: a file that cannot be finished is not left behind) or to
/// standard output; an exit code.
/// `writer`: the format's own unless the command chose one (a diagram at a
/// level of detail).
int writeRequest(const Command &cmd, const QString &format, const ChangeRequest &request, const AnalyzedDesign &source,
                 std::unique_ptr<RequestWriter> writer = nullptr)
{
    for (const QString &w : request.warnings)
        writeErr(QStringLiteral("warning: ") + exporttext::singleLine(w));
    if (!writer)
        writer = exportformats::writer(format);
    const ExportInput input{request, source.design, *source.catalog, source.analysis};
    ExportProgress progress;
    QString error;
    const QString path = cmd.parser.value(outputOption);
    if (path.isEmpty() || path == QLatin1String("-")) {
        QFile out;
        out.open(stdout, QIODevice::WriteOnly);
        if (writer->write(input, out, progress, &error))
            return ExitOk;
        writeErr(QStringLiteral("portplanner-cli %1: %2").arg(cmd.name, error));
        return ExitCannotWrite;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        writeErr(QStringLiteral("portplanner-cli %1: cannot write %2: %3").arg(cmd.name, path, file.errorString()));
        return ExitCannotWrite;
    }
    if (!writer->write(input, file, progress, &error) || !file.commit()) {
        writeErr(QStringLiteral("portplanner-cli %1: cannot write %2: %3")
                     .arg(cmd.name, path, error.isEmpty() ? file.errorString() : error));
        return ExitCannotWrite;
    }
    writeErr(QStringLiteral("wrote %1 (%2)").arg(path, format));
    return ExitOk;
}

QByteArray deltaTable(const OpeningDelta &delta, const ChangeRequest &request)
{
    // Rule 10: the same crossing on two devices is two changes; a firewall
    // column says whose, only where there are devices.
    const bool devices = std::any_of(request.sections.begin(), request.sections.end(),
                                     [](const RequestSection &s) { return !s.device.isEmpty(); });
    QStringList headers{QStringLiteral("line"), QStringLiteral("action"), QStringLiteral("opening"),
                        QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("refs"), QStringLiteral("change")};
    if (devices)
        headers.insert(2, QStringLiteral("firewall"));
    TextTable table(headers);
    for (const RequestLine &line : request.lines) {
        QStringList row{line.id, requestActionName(line.action), exporttext::singleLine(line.key),
                        exporttext::singleLine(request.group(line.source).hostsText, 40),
                        exporttext::singleLine(request.group(line.destination).hostsText, 40),
                        line.refs.join(QStringLiteral(", ")), exporttext::singleLine(line.change)};
        if (devices)
            row.insert(2, request.sections[size_t(line.section)].device);
        table.addRow(row);
    }
    QString out = request.lines.empty() ? QString() : table.toString();
    out += QStringLiteral("%1 added, %2 removed, %3 changed, %4 unchanged\n")
               .arg(delta.count(DeltaKind::Added))
               .arg(delta.count(DeltaKind::Removed))
               .arg(delta.count(DeltaKind::Changed))
               .arg(delta.unchanged);
    return out.toUtf8();
}

QByteArray deltaJson(const OpeningDelta &delta, const ChangeRequest &request)
{
    using Json = nlohmann::ordered_json;
    auto strings = [](const QStringList &list) {
        Json a = Json::array();
        for (const QString &s : list)
            a.push_back(s.toStdString());
        return a;
    };
    Json out;
    out["added"] = Json::array();
    out["removed"] = Json::array();
    out["changed"] = Json::array();
    // Lines are in zone-pair order; find each one's change by its key.
    for (const RequestLine &line : request.lines) {
        const auto change = std::find_if(delta.changes.begin(), delta.changes.end(), [&line](const OpeningChange &c) {
            return c.key == line.key && (c.kind == DeltaKind::Removed) == (line.action == RequestAction::Remove);
        });
        Json j;
        j["key"] = line.key.toStdString();
        if (const QString &device = request.sections[size_t(line.section)].device; !device.isEmpty())
            j["firewall"] = device.toStdString();
        j["fromZone"] = line.source.zoneId.toStdString();
        j["toZone"] = line.destination.zoneId.toStdString();
        j["protocol"] = protocolName(line.protocol).toStdString();
        j["port"] = line.port.toStdString();
        QStringList from, to;
        for (int h : request.group(line.source).hosts)
            from << request.host(h).id;
        for (int h : request.group(line.destination).hosts)
            to << request.host(h).id;
        j["from"] = strings(from);
        j["to"] = strings(to);
        j["refs"] = strings(line.refs);
        if (change != delta.changes.end() && change->kind == DeltaKind::Changed) {
            j["sourcesAdded"] = strings(change->sourcesAdded);
            j["sourcesRemoved"] = strings(change->sourcesRemoved);
            j["destinationsAdded"] = strings(change->destinationsAdded);
            j["destinationsRemoved"] = strings(change->destinationsRemoved);
            j["addressesAdded"] = strings(change->addressesAdded);
            j["addressesRemoved"] = strings(change->addressesRemoved);
            j["refsAdded"] = strings(change->refsAdded);
            j["refsRemoved"] = strings(change->refsRemoved);
        }
        const char *bucket = line.action == RequestAction::Add ? "added"
            : line.action == RequestAction::Remove             ? "removed"
                                                               : "changed";
        out[bucket].push_back(j);
    }
    out["unchanged"] = delta.unchanged;
    return QByteArray::fromStdString(out.dump(2)) + '\n';
}

/// The delta between two analysed designs, in `format`; an exit code
/// (ExitFindings when they differ).
int writeDelta(const Command &cmd, const QString &format, const AnalyzedDesign &before, const AnalyzedDesign &after)
{
    const OpeningDelta delta =
        OpeningDelta::compare(before.design, before.analysis, after.design, after.analysis, *after.catalog);
    ChangeRequestOptions options;
    options.risk = riskRulesProvider(RiskRules::builtin());
    // Removed lines read the old design's catalog, the others the new one's.
    const ChangeRequest request = ChangeRequestBuilder::build(delta, before.design, before.analysis, *before.catalog,
                                                              after.design, after.analysis, *after.catalog, options);
    int written = ExitOk;
    if (format == QLatin1String("table"))
        written = writeOutput(cmd, format, deltaTable(delta, request));
    else if (format == QLatin1String("json"))
        written = writeOutput(cmd, format, deltaJson(delta, request));
    else
        written = writeRequest(cmd, format, request, after);
    if (written != ExitOk)
        return written;
    return delta.isEmpty() ? ExitOk : ExitFindings;
}

} // namespace

int exportCommand(const QStringList &args)
{
    Command cmd(QStringLiteral("export"),
                QStringLiteral("Export a design's firewall change request: one line per opening (every boundary "
                               "crossing), grouped into rules by zone pair. svg, png and drawio (diagrams.net) draw the "
                               "diagram, at --detail zones (one trunk per zone pair, the default) or hosts; capirca, "
                               "paloalto, fortigate, cisco-asa, juniper-srx, iptables, azure-nsg and aws-sg write "
                               "each firewall's own language, one file per device in the folder -o names when the "
                               "design has several (capirca: the folders aclgen reads).\n"
                               "Without --format the output file's extension decides; for a design with firewalls "
                               "and -o a folder, each device gets its platform's format.\n"
                               "Exit 0: written; 2: the design cannot be read; 64: bad command line; "
                               "73: the output cannot be written."),
                exportFormats, QStringLiteral("csv"));
    cmd.parser.addOption(outputOption);
    const QCommandLineOption allFlows(QStringLiteral("all-flows"),
                                      QStringLiteral("List the flows that cross no boundary too (flows sheet)."));
    cmd.parser.addOption(allFlows);
    const QCommandLineOption firewall(QStringLiteral("firewall"),
                                      QStringLiteral("Only the request for firewall device ID (rule 10), in its "
                                                     "platform's format when neither --format nor the file says."),
                                      QStringLiteral("ID"));
    cmd.parser.addOption(firewall);
    const QCommandLineOption detailOption(QStringLiteral("detail"),
                                          QStringLiteral("Diagram formats: zones (trunks, the default) or hosts (host to host)."),
                                          QStringLiteral("LEVEL"), QStringLiteral("zones"));
    cmd.parser.addOption(detailOption);
    if (auto stop = cmd.parse(args, 1, QStringLiteral("DESIGN")))
        return *stop;
    diagram::DiagramOptions drawing;
    if (!diagram::detailFromName(cmd.parser.value(detailOption), &drawing.detail)
        || drawing.detail == diagram::Detail::Automatic) {
        writeErr(QStringLiteral("portplanner-cli export: --detail is zones or hosts, not \"%1\"").arg(cmd.parser.value(detailOption)));
        return ExitUsage;
    }
    const auto source = AnalyzedDesign::load(cmd.parser.positionalArguments().constFirst(), cmd.catalogOverride());
    if (!source)
        return ExitUnreadable;
    const Firewall *device = nullptr;
    if (cmd.parser.isSet(firewall)) {
        device = source->design.firewall(cmd.parser.value(firewall));
        if (!device) {
            writeErr(noSuchFirewall(cmd.name, source->design, cmd.parser.value(firewall)));
            return ExitUsage;
        }
    }
    const QString format = device ? deviceFormat(cmd, *device) : chosenFormat(cmd, exportFormats);
    if (auto stop = checkOutput(cmd, format))
        return *stop;
    if (source->analysis.errorCount() > 0)
        writeErr(QStringLiteral("warning: the design has %1 error(s); 'portplanner-cli validate' lists them")
                     .arg(source->analysis.errorCount()));

    ChangeRequestOptions options;
    options.risk = riskRulesProvider(RiskRules::builtin());
    options.allFlows = cmd.parser.isSet(allFlows);
    if (device)
        options.firewall = device->id;
    const ChangeRequest request = ChangeRequestBuilder::build(source->design, *source->catalog, source->analysis, options);
    // A format given (or a device chosen) is used as it is; none, with -o a
    // folder, writes each device in its platform's format.
    const bool formatGiven = device || cmd.parser.isSet(cmd.format)
        || exportFormats.contains(QFileInfo(cmd.parser.value(outputOption)).suffix().toLower());
    const DeviceExport job{cmd.name, formatGiven ? format : QString(), device ? device->id : QString(),
                           cmd.parser.value(outputOption)};
    if (auto code = exportByDevice(job, request, *source))
        return *code;
    std::unique_ptr<RequestWriter> diagramWriter;
    if (format == QLatin1String("svg"))
        diagramWriter = std::make_unique<DiagramWriter>(DiagramWriter::Kind::Svg, drawing);
    else if (format == QLatin1String("png"))
        diagramWriter = std::make_unique<DiagramWriter>(DiagramWriter::Kind::Png, drawing);
    else if (format == QLatin1String("drawio"))
        diagramWriter = std::make_unique<DiagramWriter>(DiagramWriter::Kind::Drawio, drawing);
    return writeRequest(cmd, format, request, *source, std::move(diagramWriter));
}

int diffCommand(const QStringList &args)
{
    Command cmd(QStringLiteral("diff"),
                QStringLiteral("Compare the openings of two versions of a design: added, removed and changed "
                               "(same opening, other hosts, addresses or anchors). Every format but table and "
                               "json is a change request for only what changed.\n"
                               "Exit 0: nothing changed; 1: something did; 2: a design cannot be read; "
                               "64: bad command line; 73: the output cannot be written."),
                diffFormats, QStringLiteral("table"));
    cmd.parser.addOption(outputOption);
    if (auto stop = cmd.parse(args, 2, QStringLiteral("OLD NEW")))
        return *stop;
    const QString format = chosenFormat(cmd, diffFormats);
    if (auto stop = checkOutput(cmd, format))
        return *stop;
    const auto before = AnalyzedDesign::load(cmd.parser.positionalArguments().at(0), cmd.catalogOverride());
    if (!before)
        return ExitUnreadable;
    const auto after = AnalyzedDesign::load(cmd.parser.positionalArguments().at(1), cmd.catalogOverride());
    if (!after)
        return ExitUnreadable;
    return writeDelta(cmd, format, *before, *after);
}

int diffCatalogCommand(const QStringList &args)
{
    Command cmd(QStringLiteral("diff-catalog"),
                QStringLiteral("The openings to add and to remove when a design moves from one port catalog to "
                               "another (e.g. from the 2017 page to current-branch guidance). Every format but "
                               "table and json is a change request for only what changes.\n"
                               "Exit 0: nothing changes; 1: something does; 2: the design cannot be read; "
                               "64: bad command line; 73: the output cannot be written."),
                diffFormats, QStringLiteral("table"));
    cmd.parser.addOption(outputOption);
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("The catalog now (default: the design's own)."),
                                  QStringLiteral("ID"));
    const QCommandLineOption to(QStringLiteral("to"),
                                QStringLiteral("The catalog to move to (default: the newest, %1).")
                                    .arg(Catalog::builtinIds().constLast()),
                                QStringLiteral("ID"));
    cmd.parser.addOption(from);
    cmd.parser.addOption(to);
    if (auto stop = cmd.parse(args, 1, QStringLiteral("DESIGN")))
        return *stop;
    for (const QCommandLineOption *o : {&from, &to})
        if (cmd.parser.isSet(*o) && !Catalog::byId(cmd.parser.value(*o))) {
            writeErr(QStringLiteral("portplanner-cli diff-catalog: unknown catalog \"%1\" (use %2)")
                         .arg(cmd.parser.value(*o), Catalog::builtinIds().join(QLatin1Char('|'))));
            return ExitUsage;
        }
    const QString format = chosenFormat(cmd, diffFormats);
    if (auto stop = checkOutput(cmd, format))
        return *stop;
    const QString path = cmd.parser.positionalArguments().constFirst();
    const auto before = AnalyzedDesign::load(path, cmd.parser.value(from));
    if (!before)
        return ExitUnreadable;
    Design moved = before->design;
    moved.catalog = cmd.parser.isSet(to) ? cmd.parser.value(to) : Catalog::builtinIds().constLast();
    writeErr(QStringLiteral("%1: from catalog %2 to %3").arg(path, before->design.catalog, moved.catalog));
    return writeDelta(cmd, format, *before, AnalyzedDesign::of(std::move(moved)));
}


bool needsGuiApplication(const QStringList &arguments)
{
    if (!arguments.isEmpty() && arguments.constFirst() == QLatin1String("audit")) {
        // audit --request FILE.pdf draws the request.
        for (int i = 1; i + 1 < arguments.size(); ++i)
            if (arguments[i] == QLatin1String("--request"))
                return QFileInfo(arguments[i + 1]).suffix().toLower() == QLatin1String("pdf");
        for (const QString &a : arguments)
            if (a.startsWith(QLatin1String("--request=")))
                return QFileInfo(a.mid(10)).suffix().toLower() == QLatin1String("pdf");
        return false;
    }
    if (arguments.isEmpty()
        || (arguments.constFirst() != QLatin1String("export") && arguments.constFirst() != QLatin1String("diff")
            && arguments.constFirst() != QLatin1String("diff-catalog")))
        return false;
    // A light scan of the arguments: the command's own parser runs later.
    QString format, output;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        const QString next = i + 1 < arguments.size() ? arguments[i + 1] : QString();
        if (a == QLatin1String("-f") || a == QLatin1String("--format"))
            format = next;
        else if (a.startsWith(QLatin1String("--format=")))
            format = a.mid(9);
        else if (a == QLatin1String("-o") || a == QLatin1String("--output"))
            output = next;
        else if (a.startsWith(QLatin1String("--output=")))
            output = a.mid(9);
    }
    if (format.isEmpty())
        format = QFileInfo(output).suffix().toLower();
    return exportformats::needsGui(format);
}

} // namespace pp::cli
