#include "app/cli/AuditCommand.h"

#include "app/cli/AnalyzedDesign.h"
#include "app/cli/Cli.h"
#include "app/cli/CliSupport.h"
#include "app/cli/TextTable.h"
#include "model/audit/AuditSubset.h"
#include "model/audit/PolicyAudit.h"
#include "model/audit/PolicyReader.h"
#include "model/export/ChangeRequestBuilder.h"
#include "model/export/Csv.h"
#include "model/review/RiskRules.h"
#include "model/export/ExportProgress.h"
#include "render/ExportFormats.h"

#include <QFileInfo>
#include <QSaveFile>

#include <nlohmann/json.hpp>

namespace pp::cli {

namespace {

using Json = nlohmann::ordered_json;

Json strings(const QStringList &list)
{
    Json a = Json::array();
    for (const QString &s : list)
        a.push_back(s.toStdString());
    return a;
}

QByteArray json(const AuditReport &report)
{
    Json out;
    Json summary;
    summary["format"] = report.format.toStdString();
    summary["openings"] = report.items.size();
    for (AuditStatus s : {AuditStatus::Allowed, AuditStatus::Partial, AuditStatus::Missing})
        summary[auditStatusName(s).toStdString()] = report.count(s);
    summary["findings"] = report.findings.size();
    out["summary"] = summary;
    Json items = Json::array();
    for (const AuditItem &i : report.items) {
        Json j;
        j["key"] = i.key.toStdString();
        j["status"] = auditStatusName(i.status).toStdString();
        j["rules"] = strings(i.rules);
        j["missing"] = strings(i.missing);
        j["deniedBy"] = strings(i.deniedBy);
        items.push_back(j);
    }
    out["openings"] = items;
    Json findings = Json::array();
    for (const AuditFinding &f : report.findings) {
        Json j;
        j["rule"] = f.rule.toStdString();
        j["where"] = f.where.toStdString();
        j["hosts"] = strings(f.hosts);
        j["reasons"] = strings(f.reasons);
        j["message"] = f.message.toStdString();
        findings.push_back(j);
    }
    out["findings"] = findings;
    out["notes"] = strings(report.notes);
    return QByteArray::fromStdString(out.dump(2)) + '\n';
}

QByteArray csv(const AuditReport &report)
{
    QString out = Csv::row({QStringLiteral("key"), QStringLiteral("status"), QStringLiteral("rules"),
                            QStringLiteral("missing")});
    for (const AuditItem &i : report.items)
        out += Csv::row({i.key, auditStatusName(i.status), i.rules.join(QStringLiteral("; ")),
                         i.missing.join(QStringLiteral("; "))});
    return out.toUtf8();
}

QByteArray table(const AuditReport &report)
{
    TextTable t({QStringLiteral("opening"), QStringLiteral("status"), QStringLiteral("rule / still missing")});
    for (const AuditItem &i : report.items)
        t.addRow({i.key, auditStatusName(i.status),
                  i.status == AuditStatus::Allowed ? i.rules.join(QStringLiteral("; "))
                                                   : i.missing.mid(0, 3).join(QStringLiteral("; "))
                          + (i.missing.size() > 3 ? QStringLiteral(" (+%1 more)").arg(i.missing.size() - 3) : QString())});
    QString out = t.toString();
    out += QStringLiteral("%1 opening(s): %2 allowed, %3 partial, %4 missing\n")
               .arg(report.items.size())
               .arg(report.count(AuditStatus::Allowed))
               .arg(report.count(AuditStatus::Partial))
               .arg(report.count(AuditStatus::Missing));
    if (!report.findings.empty()) {
        out += QStringLiteral("\nWider than the design needs (for the security review):\n");
        for (const AuditFinding &f : report.findings)
            out += QStringLiteral("  finding: %1\n").arg(f.message);
    }
    for (const QString &n : report.notes)
        out += QStringLiteral("note: %1\n").arg(n);
    return out.toUtf8();
}

/// The change request of only what the policy does not allow yet (missing
/// and partial openings: notYetAllowed, as the designer's export), through
/// the one request model.
int writeMissingRequest(const QString &path, const AuditReport &report, const AnalyzedDesign &source)
{
    const QString format = QFileInfo(path).suffix().toLower();
    static const QStringList formats = {QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("html"),
                                        QStringLiteral("pdf"), QStringLiteral("ps1"),  QStringLiteral("nft")};
    if (!formats.contains(format)) {
        writeErr(QStringLiteral("portplanner-cli audit: --request FILE ends in .%1 (use .%2)")
                     .arg(format, formats.join(QStringLiteral(", ."))));
        return ExitUsage;
    }
    const Analysis missing = notYetAllowed(source.design, *source.catalog, source.analysis, report);
    ChangeRequestOptions options;
    options.risk = riskRulesProvider(RiskRules::builtin());
    const ChangeRequest request = ChangeRequestBuilder::build(source.design, *source.catalog, missing, options);
    // Streamed by the format's one writer, as export writes it.
    const auto writer = exportformats::writer(format);
    const ExportInput input{request, source.design, *source.catalog, missing};
    ExportProgress progress;
    QString error;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !writer->write(input, file, progress, &error) || !file.commit()) {
        writeErr(QStringLiteral("portplanner-cli audit: cannot write %1: %2")
                     .arg(path, error.isEmpty() ? file.errorString() : error));
        return ExitCannotWrite;
    }
    writeErr(QStringLiteral("wrote %1 (%2 opening(s) not yet allowed)").arg(path).arg(missing.openings.size()));
    return ExitOk;
}

} // namespace

int auditCommand(const QStringList &args)
{
    Command cmd(QStringLiteral("audit"),
                QStringLiteral("Hold each opening against an existing firewall policy: allowed (by which rule), "
                               "partial (what is still missing) or missing; and the policy's rules that reach "
                               "ConfigMgr hosts wider than the design needs. Exit 0 when nothing is missing, 1 "
                               "otherwise, 2 when a file cannot be read."),
                {QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv")}, QStringLiteral("table"));
    const QCommandLineOption policy(QStringLiteral("policy"),
                                    QStringLiteral("The policy: nft -j list ruleset, iptables-save, a Capirca .pol, "
                                                   "a PAN-OS configuration XML or a CSV rule list."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption policyFormat(QStringLiteral("policy-format"),
                                          QStringLiteral("The policy's format when its content does not tell: %1.")
                                              .arg(PolicyReader::formats().join(QLatin1Char('|'))),
                                          QStringLiteral("FORMAT"));
    const QCommandLineOption definitions(QStringLiteral("definitions"),
                                         QStringLiteral("Capirca's definitions folder (*.net, *.svc); default: def/ "
                                                        "beside the policy or above it."),
                                         QStringLiteral("DIR"));
    const QCommandLineOption firewall(QStringLiteral("firewall"),
                                      QStringLiteral("Only the openings of this firewall (rule 10)."), QStringLiteral("ID"));
    const QCommandLineOption request(QStringLiteral("request"),
                                     QStringLiteral("Also write the change request of only what is missing or partly "
                                                    "missing; the extension picks the format (csv, xlsx, html, pdf, "
                                                    "ps1, nft)."),
                                     QStringLiteral("FILE"));
    for (const auto *o : {&policy, &policyFormat, &definitions, &firewall, &request})
        cmd.parser.addOption(*o);
    if (auto stop = cmd.parse(args, 1, QStringLiteral("DESIGN --policy FILE")))
        return *stop;
    if (!cmd.parser.isSet(policy)) {
        writeErr(QStringLiteral("portplanner-cli audit: --policy FILE is required"));
        return ExitUsage;
    }
    if (cmd.parser.isSet(policyFormat) && !PolicyReader::formats().contains(cmd.parser.value(policyFormat))) {
        writeErr(QStringLiteral("portplanner-cli audit: unknown policy format \"%1\" (use %2)")
                     .arg(cmd.parser.value(policyFormat), PolicyReader::formats().join(QLatin1Char('|'))));
        return ExitUsage;
    }
    const auto source = AnalyzedDesign::load(cmd.parser.positionalArguments().constFirst(), cmd.catalogOverride());
    if (!source)
        return ExitUnreadable;
    int device = -1;
    if (cmd.parser.isSet(firewall)) {
        device = source->design.firewallIndex(cmd.parser.value(firewall));
        if (device < 0) {
            writeErr(noSuchFirewall(cmd.name, source->design, cmd.parser.value(firewall)));
            return ExitUsage;
        }
    }
    const PolicyReadResult read = PolicyReader::load(cmd.parser.value(policy), cmd.parser.value(policyFormat),
                                                     cmd.parser.value(definitions));
    if (!read.ok()) {
        writeErr(QStringLiteral("portplanner-cli audit: %1").arg(read.error));
        return ExitUnreadable;
    }
    const AuditReport report = PolicyAudit::run(source->design, *source->catalog, source->analysis, read.policy, device);
    switch (cmd.outputFormat()) {
    case Format::Json: writeOut(json(report)); break;
    case Format::Csv: writeOut(csv(report)); break;
    case Format::Table: writeOut(table(report)); break;
    }
    if (cmd.parser.isSet(request))
        if (const int written = writeMissingRequest(cmd.parser.value(request), report, *source); written != ExitOk)
            return written;
    return report.count(AuditStatus::Missing) + report.count(AuditStatus::Partial) == 0 ? ExitOk : ExitFindings;
}

} // namespace pp::cli
