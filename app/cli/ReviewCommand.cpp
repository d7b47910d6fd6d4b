#include "app/cli/ReviewCommand.h"

#include "app/cli/AnalyzedDesign.h"
#include "app/cli/Cli.h"
#include "app/cli/CliSupport.h"
#include "app/cli/TextTable.h"
#include "model/catalog/Catalog.h"
#include "model/engine/FlowText.h"
#include "model/review/ReviewRecord.h"
#include "model/review/ReviewSheet.h"

#include <QSaveFile>

#include <nlohmann/json.hpp>

namespace pp::cli {

int reviewCommand(const QStringList &args)
{
    Command cmd(QStringLiteral("review"),
                QStringLiteral("Review progress of a design: every crossing, highest risk first. Exit 0 only when "
                               "every crossing is approved and none needs re-review."),
                {QStringLiteral("json"), QStringLiteral("table")}, QStringLiteral("table"));
    const QCommandLineOption record(QStringLiteral("record"),
                                    QStringLiteral("Also write the review record (HTML) to FILE."), QStringLiteral("FILE"));
    cmd.parser.addOption(record);
    if (auto stop = cmd.parse(args, 1, QStringLiteral("DESIGN")))
        return *stop;
    const auto source = AnalyzedDesign::load(cmd.parser.positionalArguments().constFirst(), cmd.catalogOverride());
    if (!source)
        return ExitUnreadable;
    const Catalog &catalog = *source->catalog;
    const Design &design = source->design;
    const Analysis &analysis = source->analysis;
    const ReviewSheet sheet(design, catalog, analysis);
    const FlowText text(design, catalog);

    if (cmd.outputFormat() == Format::Json) {
        using Json = nlohmann::ordered_json;
        Json out;
        Json summary;
        summary["crossings"] = sheet.items().size();
        for (ReviewStatus s : {ReviewStatus::Approved, ReviewStatus::Rejected, ReviewStatus::Questioned,
                               ReviewStatus::Pending, ReviewStatus::Stale})
            summary[reviewStatusName(s).toStdString()] = sheet.count(s);
        summary["passed"] = sheet.allApproved();
        out["summary"] = summary;
        Json items = Json::array();
        for (const ReviewItem &item : sheet.items()) {
            Json j;
            j["key"] = item.key.toStdString();
            j["risk"] = riskLevelName(item.risk.level).toStdString();
            j["score"] = item.risk.score;
            j["traffic"] = trafficName(item.traffic).toStdString();
            j["status"] = reviewStatusName(item.status).toStdString();
            j["reviewer"] = item.decision ? Json(item.decision->reviewer.toStdString()) : Json();
            j["time"] = item.decision ? Json(item.decision->time.toStdString()) : Json();
            j["comment"] = item.decision ? Json(item.decision->comment.toStdString()) : Json();
            Json reasons = Json::array();
            for (const QString &r : item.risk.reasons)
                reasons.push_back(r.toStdString());
            j["reasons"] = reasons;
            items.push_back(j);
        }
        out["items"] = items;
        writeOut(QByteArray::fromStdString(out.dump(2)) + '\n');
    } else {
        TextTable table({QStringLiteral("#"), QStringLiteral("risk"), QStringLiteral("opening"), QStringLiteral("traffic"),
                         QStringLiteral("status"), QStringLiteral("reviewer"), QStringLiteral("when")});
        int n = 0;
        for (const ReviewItem &item : sheet.items())
            table.addRow({QString::number(++n), riskLevelName(item.risk.level), item.key, trafficName(item.traffic),
                          reviewStatusName(item.status), item.decision ? item.decision->reviewer : QString(),
                          item.decision ? item.decision->time : QString()});
        writeOut(table.toString().toUtf8());
        writeOut(QStringLiteral("%1 crossing(s): %2 approved, %3 rejected, %4 questioned, %5 pending, %6 need re-review\n")
                     .arg(sheet.items().size())
                     .arg(sheet.count(ReviewStatus::Approved))
                     .arg(sheet.count(ReviewStatus::Rejected))
                     .arg(sheet.count(ReviewStatus::Questioned))
                     .arg(sheet.count(ReviewStatus::Pending))
                     .arg(sheet.count(ReviewStatus::Stale))
                     .toUtf8());
    }
    if (cmd.parser.isSet(record)) {
        QSaveFile file(cmd.parser.value(record));
        const QByteArray html = reviewRecordHtml(design, catalog, analysis, sheet);
        if (!file.open(QIODevice::WriteOnly) || file.write(html) != html.size() || !file.commit()) {
            writeErr(QStringLiteral("portplanner-cli review: cannot write %1: %2")
                         .arg(cmd.parser.value(record), file.errorString()));
            return ExitCannotWrite;
        }
    }
    return sheet.allApproved() ? ExitOk : ExitFindings;
}

} // namespace pp::cli
