#include "model/design/PortRange.h"

namespace pp {

QString protocolName(Protocol p)
{
    switch (p) {
    case Protocol::Tcp: return QStringLiteral("TCP");
    case Protocol::Udp: return QStringLiteral("UDP");
    case Protocol::Icmp: return QStringLiteral("ICMP");
    }
    return {};
}

std::optional<Protocol> protocolFromName(QStringView name)
{
    if (name.compare(u"TCP", Qt::CaseInsensitive) == 0)
        return Protocol::Tcp;
    if (name.compare(u"UDP", Qt::CaseInsensitive) == 0)
        return Protocol::Udp;
    if (name.compare(u"ICMP", Qt::CaseInsensitive) == 0)
        return Protocol::Icmp;
    return std::nullopt;
}

static std::optional<quint16> parsePort(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty() || text.size() > 5)
        return std::nullopt;
    for (QChar c : text)
        if (!c.isDigit() || c.unicode() > '9')
            return std::nullopt;
    const int value = text.toInt();
    if (value < 1 || value > 65535)
        return std::nullopt;
    return quint16(value);
}

std::optional<PortRange> PortRange::parse(QStringView text)
{
    qsizetype sep = text.indexOf(u'-');
    if (sep < 0)
        sep = text.indexOf(u':');
    if (sep < 0) {
        auto port = parsePort(text);
        if (!port)
            return std::nullopt;
        return single(*port);
    }
    auto first = parsePort(text.left(sep));
    auto last = parsePort(text.mid(sep + 1));
    if (!first || !last || *first > *last)
        return std::nullopt;
    return PortRange{*first, *last};
}

QString PortRange::toString() const
{
    if (isEmpty())
        return {};
    if (isSingle())
        return QString::number(first);
    return QStringLiteral("%1-%2").arg(first).arg(last);
}

} // namespace pp
