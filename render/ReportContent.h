#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace pp {
struct Analysis;
struct ChangeRequest;
struct FirewallRule;
struct ObjectGroup;
struct RequestLine;
struct RequestSide;
}

/// What the HTML and PDF reports both say, decided once: the title, the
/// counts, what a report shortens and says so, the summary per zone pair.
namespace pp::reportcontent {

/// The reports' own words (titles, headers, sentences) in the chosen
/// language: the CLI's --lang or the designer's, as the engine's messages.
struct ReportText
{
    Q_DECLARE_TR_FUNCTIONS(pp::Report)
};

/// Hosts and addresses a report names per list; the rest is counted.
constexpr int listedHosts = 10;
/// Request-wide warnings a report lists; the CSV has every line's.
constexpr int listedWarnings = 20;
/// Lines per table block: long requests page through blocks of this many.
constexpr int linesPerBlock = 1000;

QString title(const ChangeRequest &request);
/// "10 request line(s) in 6 firewall rule(s): 10 to add, 0 to modify, 0 to remove."
QString counts(const ChangeRequest &request);
/// What the report shortened and where the whole lists are.
QString summarised(const ChangeRequest &request);

/// A list as a report shows it: at most listedHosts items, then "and N more".
QString shortList(const QStringList &items);
QString hostsText(const ObjectGroup &group);
QString addressesText(const ObjectGroup &group);

/// The lines between two zones in one section, in a few words.
struct ZonePair
{
    QString from, to;
    int lines = 0;
    QStringList rules, ports, actions;
    QString risk;             ///< the highest
};
std::vector<ZonePair> zonePairs(const ChangeRequest &request);
QStringList zonePairHeaders();
QStringList zonePairRow(const ZonePair &pair);

/// The rules table as the reports show it: without the firewall column
/// while the design has no devices, line lists shortened.
QStringList ruleHeaders(const ChangeRequest &request);
QStringList ruleRow(const ChangeRequest &request, const FirewallRule &rule);

/// The design's findings as rows (severity, code, message, hosts, ref).
QStringList findingHeaders();
std::vector<QStringList> findingRows(const Analysis &analysis);

/// "CR-0001 to CR-1000": the lines of one block.
QString blockTitle(const ChangeRequest &request, int first, int count);

} // namespace pp::reportcontent
