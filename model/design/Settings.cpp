#include "model/design/Settings.h"

namespace pp {

namespace {
constexpr std::array<const char16_t *, SettingCount> keys = {
    u"clientHttpPort",   u"clientHttpsPort", u"clientNotificationPort", u"wakeOnLanPort",
    u"wakeUpProxyPort",  u"httpPort",        u"httpsPort",              u"sqlPort",
    u"sqlBrokerPort",    u"wsusHttpPort",    u"wsusHttpsPort",          u"rpcDynamicRange",
    u"multicastRange",   u"proxyPort",
};
} // namespace

QString settingKey(Setting s)
{
    return QString::fromUtf16(keys[size_t(s)]);
}

std::optional<Setting> settingFromKey(QStringView key)
{
    for (int i = 0; i < SettingCount; ++i)
        if (key == QStringView(keys[size_t(i)]))
            return Setting(i);
    return std::nullopt;
}

bool settingIsRange(Setting s)
{
    return s == Setting::RpcDynamicRange || s == Setting::MulticastRange;
}

} // namespace pp
