#include "model/export/ExportText.h"

#include <QCryptographicHash>

#include <algorithm>

namespace pp::exporttext {

namespace {

bool isLineBreakOrControl(char16_t c)
{
    return c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == 0x2028 || c == 0x2029;
}

bool isPsQuoteChar(char16_t c)
{
    return c == u'\'' || (c >= 0x2018 && c <= 0x201b);
}

/// What singleLine() would return unchanged: no line break or control
/// character, no space to trim at either end.
bool isSingleLine(QStringView value)
{
    if (value.isEmpty())
        return true;
    if (value.front().isSpace() || value.back().isSpace())
        return false;
    return std::none_of(value.begin(), value.end(), [](QChar c) { return isLineBreakOrControl(c.unicode()); });
}

} // namespace

QString xml(const QString &value)
{
    QString out;
    out.reserve(value.size() + value.size() / 8);
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t c = value[i].unicode();
        if (QChar::isHighSurrogate(c)) {
            if (i + 1 < value.size() && QChar::isLowSurrogate(value[i + 1].unicode())) {
                out += value[i];
                out += value[++i];
            }
            continue;
        }
        if (QChar::isLowSurrogate(c) || c == 0xfffe || c == 0xffff)
            continue;
        if (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r')
            continue;
        switch (c) {
        case u'&': out += QLatin1String("&amp;"); break;
        case u'<': out += QLatin1String("&lt;"); break;
        case u'>': out += QLatin1String("&gt;"); break;
        case u'"': out += QLatin1String("&quot;"); break;
        case u'\'': out += QLatin1String("&#39;"); break;
        default: out += QChar(c);
        }
    }
    return out;
}

QString singleLine(const QString &value, int maxLength)
{
    // Most values are one line already: share them instead of copying.
    if (isSingleLine(value) && (maxLength <= 3 || value.size() <= maxLength))
        return value;
    QString out = value;
    for (QChar &c : out)
        if (isLineBreakOrControl(c.unicode()))
            c = QLatin1Char(' ');
    out = out.trimmed();
    if (maxLength > 3 && out.size() > maxLength)
        out = out.left(maxLength - 3) + QLatin1String("...");
    return out;
}

QString identifier(const QString &value, int maxLength)
{
    QString out;
    for (const QChar c : value) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
        if (ok)
            out += c;
        else if (!out.endsWith(QLatin1Char('_')))
            out += QLatin1Char('_');
    }
    while (out.startsWith(QLatin1Char('_')))
        out.remove(0, 1);
    if (out.isEmpty() || !out.front().isLetter())
        out.prepend(QLatin1Char('x'));
    out.truncate(qMax(1, maxLength));
    while (out.size() > 1 && out.endsWith(QLatin1Char('_')))
        out.chop(1);
    return out;
}

bool psPlain(QStringView value)
{
    return isSingleLine(value) && std::none_of(value.begin(), value.end(), [](QChar c) { return isPsQuoteChar(c.unicode()); });
}

QString psQuote(const QString &value)
{
    if (psPlain(value))
        return QLatin1Char('\'') + value + QLatin1Char('\'');
    QString out;
    out.reserve(value.size() + 2);
    out += QLatin1Char('\'');
    for (const QChar c : singleLine(value)) {
        if (isPsQuoteChar(c.unicode()))
            out += c;
        out += c;
    }
    out += QLatin1Char('\'');
    return out;
}

QString summarised(const QStringList &items, int shown)
{
    if (items.size() <= shown)
        return items.join(QStringLiteral(", "));
    return items.mid(0, shown).join(QStringLiteral(", ")) + QStringLiteral(" and %1 more").arg(items.size() - shown);
}

QString shortHash(const QString &value, int length)
{
    return QString::fromLatin1(QCryptographicHash::hash(value.toUtf8(), QCryptographicHash::Sha1).toHex().left(length));
}

} // namespace pp::exporttext
