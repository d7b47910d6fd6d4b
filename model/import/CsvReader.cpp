#include "model/import/CsvReader.h"

#include <QStringDecoder>

namespace pp {

namespace {

QString decode(const QByteArray &bytes)
{
    if (auto encoding = QStringConverter::encodingForData(bytes)) {
        QStringDecoder decoder(*encoding);
        QString text = decoder(bytes);
        if (text.startsWith(QChar(0xfeff)))
            text.remove(0, 1);
        return text;
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(bytes);
    if (!utf8.hasError())
        return text;
    // Windows PowerShell 5.1's Export-Csv writes the ANSI code page by
    // default; Latin-1 keeps every byte and is right for the usual names.
    return QString::fromLatin1(bytes);
}

QChar separatorOf(const QString &text, qsizetype from)
{
    int commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (qsizetype i = from; i < text.size() && (quoted || (text[i] != u'\n' && text[i] != u'\r')); ++i) {
        const QChar c = text[i];
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && c == u',')
            ++commas;
        else if (!quoted && c == u';')
            ++semicolons;
        else if (!quoted && c == u'\t')
            ++tabs;
    }
    if (semicolons > commas && semicolons >= tabs)
        return QLatin1Char(';');
    if (tabs > commas)
        return QLatin1Char('\t');
    return QLatin1Char(',');
}

} // namespace

CsvTable readCsv(const QByteArray &bytes)
{
    const QString text = decode(bytes);
    CsvTable table;
    qsizetype i = 0;
    int line = 1;
    if (text.startsWith(QLatin1String("#TYPE"))) {
        while (i < text.size() && text[i] != u'\n')
            ++i;
        ++i;
        ++line;
    }
    const QChar separator = separatorOf(text, i);

    CsvRecord record;
    record.line = line;
    QString field;
    bool quotedField = false; // the current field began with a quote
    bool blank = true;        // nothing on the record yet
    auto endRecord = [&]() {
        record.fields << field;
        if (!(blank && record.fields.size() == 1 && field.isEmpty()))
            table.records.push_back(record);
        record = CsvRecord();
        field.clear();
        quotedField = false;
        blank = true;
    };

    while (i < text.size()) {
        const QChar c = text[i];
        if (field.isEmpty() && !quotedField && c == u'"') {
            // A quoted field: runs to the closing quote, "" is one quote.
            const int startLine = line;
            quotedField = true;
            blank = false;
            ++i;
            for (;;) {
                if (i >= text.size()) {
                    table.error = QStringLiteral("a quoted field is never closed");
                    table.errorLine = startLine;
                    return table;
                }
                const QChar q = text[i];
                if (q == u'"') {
                    if (i + 1 < text.size() && text[i + 1] == u'"') {
                        field += q;
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                if (q == u'\n')
                    ++line;
                field += q;
                ++i;
            }
            if (i < text.size() && text[i] != separator && text[i] != u'\r' && text[i] != u'\n') {
                table.error = QStringLiteral("text after the closing quote of a field");
                table.errorLine = line;
                return table;
            }
            continue;
        }
        if (c == separator) {
            record.fields << field;
            field.clear();
            quotedField = false;
            blank = false;
            ++i;
        } else if (c == u'\r' || c == u'\n') {
            endRecord();
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            ++i;
            ++line;
            record.line = line;
        } else if (c == u'"') {
            table.error = QStringLiteral("a quote inside a field that is not quoted");
            table.errorLine = line;
            return table;
        } else {
            field += c;
            blank = false;
            ++i;
        }
    }
    if (!blank || !field.isEmpty() || !record.fields.isEmpty())
        endRecord();
    return table;
}

} // namespace pp
