#include "model/audit/RuleText.h"

#include <algorithm>

namespace pp::ruletext {

std::optional<QStringList> words(QStringView line)
{
    QStringList out;
    QString word;
    bool inWord = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (c.isSpace()) {
            if (inWord)
                out << word;
            word.clear();
            inWord = false;
            continue;
        }
        inWord = true;
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            const QChar quote = c;
            bool closed = false;
            for (++i; i < line.size(); ++i) {
                if (quote == QLatin1Char('"') && line[i] == QLatin1Char('\\') && i + 1 < line.size()) {
                    word += line[++i];
                } else if (line[i] == quote) {
                    closed = true;
                    break;
                } else {
                    word += line[i];
                }
            }
            if (!closed)
                return std::nullopt;
            continue;
        }
        word += c;
    }
    if (inWord)
        out << word;
    return out;
}

QStringList split(QStringView text, QStringView separators, bool whiteSpace, Qt::SplitBehavior behavior)
{
    const auto cuts = [&](QChar c) {
        if (whiteSpace && (c == u' ' || c == u'\t' || c == u'\n' || c == u'\v' || c == u'\f' || c == u'\r'))
            return true;
        return separators.contains(c);
    };
    QStringList out;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && !cuts(text[i]))
            continue;
        if (i > start || behavior == Qt::KeepEmptyParts)
            out << text.mid(start, i - start).toString();
        start = i + 1;
    }
    return out;
}

std::optional<PortSet> ports(QStringView text)
{
    const QString t = text.trimmed().toString().toLower();
    if (t == QLatin1String("any") || t == QLatin1String("*") || t.isEmpty())
        return PortSet::all();
    PortSet out;
    for (const QString &part : split(t, u",;", true, Qt::SkipEmptyParts)) {
        const QStringList ends = split(part, u"-:", false);
        if (ends.size() > 2)
            return std::nullopt;
        bool ok1 = false, ok2 = false;
        const int a = ends[0].toInt(&ok1);
        const int b = ends.size() == 2 ? ends[1].toInt(&ok2) : a;
        if (!ok1 || (ends.size() == 2 && !ok2) || a < 0 || b > 65535 || a > b)
            return std::nullopt;
        out.add(std::max(a, 1), b);
    }
    return out;
}

std::optional<Protocol> protocol(QStringView text, bool *any)
{
    const QString t = text.trimmed().toString().toLower();
    if (any)
        *any = t == QLatin1String("all") || t == QLatin1String("any") || t == QLatin1String("ip")
            || t == QLatin1String("*") || t == QLatin1String("0");
    if (t == QLatin1String("tcp") || t == QLatin1String("6"))
        return Protocol::Tcp;
    if (t == QLatin1String("udp") || t == QLatin1String("17"))
        return Protocol::Udp;
    if (t == QLatin1String("icmp") || t == QLatin1String("1") || t == QLatin1String("ipv6-icmp")
        || t == QLatin1String("icmpv6") || t == QLatin1String("58"))
        return Protocol::Icmp;
    return std::nullopt;
}

QString shown(QStringView text)
{
    QString s = text.left(60).toString();
    for (QChar &c : s)
        if (!c.isPrint())
            c = QLatin1Char('?');
    return text.size() > 60 ? s + QStringLiteral("...") : s;
}

} // namespace pp::ruletext
