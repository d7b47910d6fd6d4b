#pragma once

#include <QString>
#include <QStringView>

#include "model/design/PortRange.h"

#include <array>
#include <optional>

namespace pp {

/// Port-valued settings of DESIGN.md's settings table. Each may be set on a
/// host, a site or the design (where the catalog's "levels" allow it); the
/// engine resolves a value from the responding host outwards, then falls back
/// to the catalog default. The keys are the file format's names.
enum class Setting : int {
    ClientHttpPort,
    ClientHttpsPort,
    ClientNotificationPort,
    WakeOnLanPort,
    WakeUpProxyPort,
    HttpPort,
    HttpsPort,
    SqlPort,
    SqlBrokerPort,
    WsusHttpPort,
    WsusHttpsPort,
    RpcDynamicRange,
    MulticastRange,
    ProxyPort,
    Count
};

constexpr int SettingCount = int(Setting::Count);

QString settingKey(Setting s);
std::optional<Setting> settingFromKey(QStringView key);
/// Range-valued settings are written as strings ("49152-65535"); the others
/// as JSON numbers.
bool settingIsRange(Setting s);

/// A sparse set of setting values: absent means "inherit".
class PortSettings
{
public:
    const std::optional<PortRange> &value(Setting s) const { return m_values[size_t(s)]; }
    void set(Setting s, std::optional<PortRange> v) { m_values[size_t(s)] = v; }
    bool isEmpty() const
    {
        for (const auto &v : m_values)
            if (v)
                return false;
        return true;
    }
    friend bool operator==(const PortSettings &a, const PortSettings &b)
    {
        return a.m_values == b.m_values;
    }
    friend bool operator!=(const PortSettings &a, const PortSettings &b) { return !(a == b); }

private:
    std::array<std::optional<PortRange>, SettingCount> m_values{};
};

} // namespace pp
