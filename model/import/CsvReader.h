#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace pp {

/// A CSV file as records, each with the line it starts on, for messages
/// that point at the right line.
struct CsvRecord
{
    int line = 0;             ///< 1-based line of the record's first character
    QStringList fields;
};

struct CsvTable
{
    std::vector<CsvRecord> records; ///< blank lines left out
    QString error;            ///< empty when the whole file was read
    int errorLine = 0;

    bool ok() const { return error.isEmpty(); }
};

/// Reads RFC 4180 CSV as spreadsheets and PowerShell's Export-Csv write it:
/// quoted fields with doubled quotes and line breaks, CRLF or LF. Decodes a
/// UTF-8, UTF-16 or UTF-32 byte-order mark (else UTF-8, else Windows-1252),
/// skips the "#TYPE ..." line Export-Csv writes without -NoTypeInformation,
/// and takes ';' or tab as the separator when the first line has more of
/// those than commas (Export-Csv -UseCulture). Stops at the first malformed
/// record with its line.
CsvTable readCsv(const QByteArray &bytes);

} // namespace pp
