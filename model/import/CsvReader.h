#pragma once

#include <QByteArray>
#include <QString>

#include "model/import/CsvRecord.h"
#include "model/import/CsvTable.h"

namespace pp {

/// Reads RFC 4180 CSV as spreadsheets and PowerShell's Export-Csv write it:
/// quoted fields with doubled quotes and line breaks, CRLF or LF. Decodes a
/// UTF-8, UTF-16 or UTF-32 byte-order mark (else UTF-8, else Windows-1252),
/// skips the "#TYPE ..." line Export-Csv writes without -NoTypeInformation,
/// and takes ';' or tab as the separator when the first line has more of
/// those than commas (Export-Csv -UseCulture). Stops at the first malformed
/// record with its line.
class CsvReader
{
public:
    static CsvTable read(const QByteArray &bytes);

private:
    explicit CsvReader(QString text);

    CsvTable run();
    void skipTypeLine();
    /// A field that begins with a quote: to the closing quote, "" is one.
    bool readQuotedField();
    void endField();
    void endRecord();
    bool fail(const QString &error, int line);

    const QString m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    CsvTable m_table;
    CsvRecord m_record;
    QString m_field;
    bool m_quotedField = false; ///< the current field began with a quote
    bool m_blank = true;        ///< nothing on the record yet
};

/// CsvReader::read.
CsvTable readCsv(const QByteArray &bytes);

} // namespace pp
