#include "model/export/Csv.h"

#include "model/export/TextSink.h"

namespace pp {

namespace {

/// "-1", "+2.5": numbers a spreadsheet reads as numbers, not formulas.
bool isPlainNumber(QStringView v)
{
    qsizetype i = v.startsWith(u'-') || v.startsWith(u'+') ? 1 : 0;
    const qsizetype digitsFrom = i;
    while (i < v.size() && v[i].isDigit() && v[i].unicode() < 128)
        ++i;
    if (i == digitsFrom)
        return false;
    if (i == v.size())
        return true;
    if (v[i] != u'.' || ++i == v.size())
        return false;
    while (i < v.size() && v[i].isDigit() && v[i].unicode() < 128)
        ++i;
    return i == v.size();
}

} // namespace

bool Csv::needsApostrophe(QStringView v)
{
    if (v.isEmpty())
        return false;
    const QChar c = v.front();
    const bool risky = c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
    return risky && !isPlainNumber(v);
}

bool Csv::needsQuotes(QStringView v)
{
    for (const QChar c : v)
        if (c == u',' || c == u'"' || c == u'\n' || c == u'\r')
            return true;
    return false;
}

QString Csv::field(const QString &value)
{
    QString v = needsApostrophe(value) ? QLatin1Char('\'') + value : value;
    if (needsQuotes(v)) {
        v.replace(QLatin1String("\""), QLatin1String("\"\""));
        v = QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v;
}

QString Csv::row(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields)
        out << field(f);
    return out.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

void Csv::writeRow(TextSink &sink, const QStringList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            sink << ',';
        const QStringView v = fields[i];
        const bool quoted = needsQuotes(v);
        if (quoted)
            sink << '"';
        if (needsApostrophe(v))
            sink << '\'';
        if (!quoted) {
            sink << v;
            continue;
        }
        qsizetype from = 0;
        for (qsizetype q = v.indexOf(u'"'); q >= 0; q = v.indexOf(u'"', from)) {
            sink << v.mid(from, q + 1 - from) << '"';
            from = q + 1;
        }
        sink << v.mid(from) << '"';
    }
    sink << "\r\n";
}

} // namespace pp
