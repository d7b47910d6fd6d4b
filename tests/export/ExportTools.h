#pragma once

// Opening exports with the tools their users have: Python's csv and
// html.parser, xlsx2csv, pdftotext, nft (in a private network namespace) and
// the tree-sitter PowerShell grammar. Each helper says why it could not run
// (`skip`) so a test can QSKIP naming the missing package.

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace pp {
struct Analysis;
struct ChangeRequest;
struct Design;
}

namespace pp::test {

/// A change request in one format, through that format's writer (and the
/// builtin catalog); empty with *error set when it could not be written.
QByteArray exportBytes(const QString &format, const ChangeRequest &request, const Design &design,
                       const Analysis &analysis, QString *error = nullptr);

struct ToolRun
{
    bool started = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

ToolRun runTool(const QString &program, const QStringList &args, int timeoutMs = 120000);

/// Rows of a CSV file as Python's csv module reads them.
struct Rows
{
    QString skip;
    QString error;
    std::vector<QStringList> rows;
};
Rows pythonCsvRows(const QString &path);

/// One sheet of an XLSX file through xlsx2csv, then Python's csv module.
Rows xlsxSheet(const QString &path, const QString &sheet);

/// A JSON report of a helper script (html_check.py, xlsx_check.py, ps_check.mjs).
struct Report
{
    QString skip;
    QString error;
    QJsonObject json;
};
Report htmlCheck(const QString &path);
Report xlsxCheck(const QString &path);
/// The tree-sitter PowerShell grammar's view of a script.
Report powerShellCheck(const QString &path);

/// `nft -c -f FILE` inside a private network namespace; `error` holds nft's
/// message when the ruleset is refused.
Report nftCheck(const QString &path);
/// Loads the ruleset into a private network namespace and lists it back
/// (`nft -j list ruleset`): what the kernel made of it.
Report nftLoad(const QString &path);

/// pdftotext's text of a PDF (layout kept).
Report pdfText(const QString &path, QString *text);
/// The same, page by page.
Report pdfPages(const QString &path, QStringList *pages);
/// The words of a PDF in the order they were drawn (pdftotext -bbox).
Report pdfWords(const QString &path, QStringList *words);

/// The commands a generated script may call; anything else would be text
/// from the design that escaped its quotes.
QStringList allowedPowerShellCommands();

} // namespace pp::test
