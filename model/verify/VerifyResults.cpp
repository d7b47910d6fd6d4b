#include "model/verify/VerifyResults.h"

#include "model/import/CsvReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace pp {

namespace {

const char *const columns[] = {"host", "target", "address", "protocol", "port", "result", "time"};
constexpr int MaxLines = 1000000;

std::optional<CheckResult> resultFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    for (CheckResult r : {CheckResult::Open, CheckResult::Closed, CheckResult::Timeout, CheckResult::Untested,
                          CheckResult::Error})
        if (n == checkResultName(r))
            return r;
    return std::nullopt;
}

/// Fills `out` from the seven values of one line; an error names the column.
QString readLine(const QStringList &values, CheckLine &out)
{
    out.host = values[0].trimmed();
    out.target = values[1].trimmed();
    out.address = values[2].trimmed();
    if (out.host.isEmpty())
        return QStringLiteral("host is empty");
    if (out.target.isEmpty())
        return QStringLiteral("target is empty");
    const auto protocol = protocolFromName(values[3].trimmed().toUpper());
    if (!protocol)
        return QStringLiteral("protocol \"%1\" is not TCP, UDP or ICMP").arg(values[3].left(40));
    out.protocol = *protocol;
    bool ok = false;
    const int port = values[4].trimmed().toInt(&ok);
    if (!ok || port < 0 || port > 65535 || (port == 0 && *protocol != Protocol::Icmp))
        return QStringLiteral("port \"%1\" is not a port from 1 to 65535").arg(values[4].left(40));
    out.port = quint16(port);
    const auto result = resultFromName(values[5]);
    if (!result)
        return QStringLiteral("result \"%1\" is not open, closed, timeout, untested or error").arg(values[5].left(40));
    out.result = *result;
    out.time = values[6].trimmed();
    return {};
}

VerifyResults failAt(int line, const QString &message)
{
    VerifyResults r;
    r.error = QStringLiteral("line %1: %2").arg(line).arg(message);
    return r;
}

VerifyResults fromCsv(const QByteArray &bytes)
{
    const CsvTable table = readCsv(bytes);
    if (!table.ok())
        return failAt(table.errorLine, table.error);
    if (table.records.empty())
        return failAt(1, QStringLiteral("no header line (expected host,target,address,protocol,port,result,time)"));
    const CsvRecord &head = table.records.front();
    QList<int> index;
    for (const char *name : columns) {
        int at = -1;
        for (int i = 0; i < head.fields.size(); ++i)
            if (head.fields[i].trimmed().compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
                at = i;
        if (at < 0 && QLatin1String(name) != QLatin1String("address") && QLatin1String(name) != QLatin1String("time"))
            return failAt(head.line, QStringLiteral("no \"%1\" column (the header has: %2)")
                                       .arg(QLatin1String(name), head.fields.join(QStringLiteral(", ")).left(200)));
        index << at;
    }
    VerifyResults r;
    for (size_t i = 1; i < table.records.size(); ++i) {
        const CsvRecord &rec = table.records[i];
        if (int(i) > MaxLines)
            return failAt(rec.line, QStringLiteral("more than %1 results").arg(MaxLines));
        QStringList values;
        for (int at : index)
            values << (at >= 0 && at < rec.fields.size() ? rec.fields[at] : QString());
        CheckLine line;
        line.line = rec.line;
        if (const QString error = readLine(values, line); !error.isEmpty())
            return failAt(rec.line, error);
        r.lines.push_back(std::move(line));
    }
    return r;
}

QString jsonValue(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? QString::number(v.toDouble(), 'f', 0) : v.toString();
}

VerifyResults fromJsonObjects(const QList<QJsonObject> &objects, const QList<int> &lines)
{
    VerifyResults r;
    for (int i = 0; i < objects.size(); ++i) {
        QStringList values;
        for (const char *name : columns)
            values << jsonValue(objects[i], name);
        CheckLine line;
        line.line = lines[i];
        if (const QString error = readLine(values, line); !error.isEmpty())
            return failAt(line.line, error);
        r.lines.push_back(std::move(line));
    }
    return r;
}

VerifyResults fromJson(const QByteArray &bytes)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    QList<QJsonObject> objects;
    QList<int> lines;
    if (error.error == QJsonParseError::NoError) {
        const QJsonArray array = doc.isArray() ? doc.array() : doc.object().value(QLatin1String("results")).toArray();
        if (!doc.isArray() && !doc.object().value(QLatin1String("results")).isArray())
            return failAt(1, QStringLiteral("expected an array of results or an object with \"results\""));
        for (int i = 0; i < array.size(); ++i) {
            if (!array[i].isObject())
                return failAt(i + 1, QStringLiteral("result %1 is not an object").arg(i + 1));
            objects << array[i].toObject();
            lines << i + 1;
        }
        return fromJsonObjects(objects, lines);
    }
    // One JSON object per line (JSON Lines).
    const QList<QByteArray> rows = bytes.split('\n');
    for (int i = 0; i < rows.size(); ++i) {
        const QByteArray row = rows[i].trimmed();
        if (row.isEmpty())
            continue;
        const QJsonDocument one = QJsonDocument::fromJson(row, &error);
        if (error.error != QJsonParseError::NoError || !one.isObject())
            return failAt(i + 1, QStringLiteral("not JSON: %1").arg(error.errorString()));
        objects << one.object();
        lines << i + 1;
    }
    return fromJsonObjects(objects, lines);
}

} // namespace

VerifyResults VerifyResults::parse(const QByteArray &bytes)
{
    QByteArray body = bytes;
    if (body.startsWith("\xEF\xBB\xBF"))
        body = body.mid(3);
    const QByteArray start = body.trimmed().left(1);
    if (start == "[" || start == "{")
        return fromJson(body);
    return fromCsv(bytes);
}

} // namespace pp
