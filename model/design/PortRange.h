#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace pp {

/// Transport protocol of a flow. ICMP carries no port; its "port" text is the
/// message type (e.g. "echo-request").
enum class Protocol : quint8 { Tcp, Udp, Icmp };

QString protocolName(Protocol p);
std::optional<Protocol> protocolFromName(QStringView name);

/// An inclusive port range; a single port has first == last. An empty range
/// (first == 0) stands for "no port" (ICMP).
struct PortRange
{
    quint16 first = 0;
    quint16 last = 0;

    static PortRange single(quint16 port) { return {port, port}; }
    /// Parses "443", "63000-64000" (also "49152:65535", the seed's prose form).
    /// Rejects 0, values above 65535, reversed ranges and stray characters.
    static std::optional<PortRange> parse(QStringView text);

    bool isEmpty() const { return first == 0; }
    bool isSingle() const { return first == last; }
    int width() const { return isEmpty() ? 0 : int(last) - int(first) + 1; }
    bool contains(quint16 port) const { return port >= first && port <= last; }
    QString toString() const;

    friend bool operator==(PortRange a, PortRange b) { return a.first == b.first && a.last == b.last; }
    friend bool operator!=(PortRange a, PortRange b) { return !(a == b); }
    friend bool operator<(PortRange a, PortRange b)
    {
        return a.first != b.first ? a.first < b.first : a.last < b.last;
    }
};

} // namespace pp
