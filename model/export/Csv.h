#pragma once

#include <QString>
#include <QStringList>

namespace pp {

class TextSink;

/// RFC 4180 CSV: fields quoted when they hold a comma, quote or line break;
/// CRLF line ends. Cells that a spreadsheet would run as a formula (leading
/// =, +, -, @, tab or CR) are neutralised with a leading apostrophe, except
/// plain numbers such as "-1".
class Csv
{
public:
    static QString field(const QString &value);
    static QString row(const QStringList &fields);
    /// The same row, written straight to a sink (no copy of long fields).
    static void writeRow(TextSink &sink, const QStringList &fields);

private:
    static bool needsApostrophe(QStringView value);
    static bool needsQuotes(QStringView value);
};

} // namespace pp
