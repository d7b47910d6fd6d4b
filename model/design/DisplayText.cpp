#include "model/design/DisplayText.h"

#include <QCoreApplication>
#include <QLocale>

namespace pp {

bool chineseTerms()
{
    const QLocale locale;
    return locale.language() == QLocale::Chinese && locale.script() != QLocale::SimplifiedChineseScript;
}

void setTermsLanguage(const QString &code)
{
    QLocale::setDefault(code == QLatin1String("zh_TW") ? QLocale(QLocale::Chinese, QLocale::TraditionalChineseScript,
                                                                 QLocale::Taiwan)
                                                       : QLocale(QLocale::English, QLocale::UnitedStates));
}

QString zoneKindText(ZoneKind kind)
{
    switch (kind) {
    case ZoneKind::Internal: return QCoreApplication::translate("pp::DisplayText", "Internal");
    case ZoneKind::Perimeter: return QCoreApplication::translate("pp::DisplayText", "Perimeter (DMZ)");
    case ZoneKind::Internet: return QCoreApplication::translate("pp::DisplayText", "Internet");
    case ZoneKind::Cloud: return QCoreApplication::translate("pp::DisplayText", "Cloud");
    case ZoneKind::Branch: return QCoreApplication::translate("pp::DisplayText", "Branch office");
    case ZoneKind::Transit: return QCoreApplication::translate("pp::DisplayText", "Transit (WAN between firewalls)");
    }
    return zoneKindName(kind);
}

QString platformText(FirewallPlatform platform)
{
    switch (platform) {
    case FirewallPlatform::Generic: return QCoreApplication::translate("pp::DisplayText", "Generic firewall");
    case FirewallPlatform::PaloAlto: return QCoreApplication::translate("pp::DisplayText", "Palo Alto Networks (PAN-OS)");
    case FirewallPlatform::Fortigate: return QCoreApplication::translate("pp::DisplayText", "Fortinet FortiGate");
    case FirewallPlatform::CiscoAsa: return QCoreApplication::translate("pp::DisplayText", "Cisco ASA");
    case FirewallPlatform::JuniperSrx: return QCoreApplication::translate("pp::DisplayText", "Juniper SRX");
    case FirewallPlatform::Nftables: return QCoreApplication::translate("pp::DisplayText", "Linux nftables");
    case FirewallPlatform::Iptables: return QCoreApplication::translate("pp::DisplayText", "Linux iptables");
    case FirewallPlatform::Windows: return QCoreApplication::translate("pp::DisplayText", "Windows Defender Firewall");
    case FirewallPlatform::AzureNsg: return QCoreApplication::translate("pp::DisplayText", "Azure network security group");
    case FirewallPlatform::AwsSg: return QCoreApplication::translate("pp::DisplayText", "AWS security group");
    case FirewallPlatform::Capirca: return QCoreApplication::translate("pp::DisplayText", "Capirca policy");
    }
    return platformName(platform);
}

QString siteTypeText(SiteType type)
{
    switch (type) {
    case SiteType::Cas: return QCoreApplication::translate("pp::DisplayText", "Central administration site");
    case SiteType::Primary: return QCoreApplication::translate("pp::DisplayText", "Primary site");
    case SiteType::Secondary: return QCoreApplication::translate("pp::DisplayText", "Secondary site");
    }
    return siteTypeName(type);
}

QString clientConnectionsText(ClientConnections connections)
{
    switch (connections) {
    case ClientConnections::Intranet: return QCoreApplication::translate("pp::DisplayText", "Intranet clients only");
    case ClientConnections::Internet: return QCoreApplication::translate("pp::DisplayText", "Internet clients only");
    case ClientConnections::Both: return QCoreApplication::translate("pp::DisplayText", "Intranet and internet clients");
    }
    return clientConnectionsName(connections);
}

QString verdictText(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Approve: return QCoreApplication::translate("pp::DisplayText", "approved");
    case Verdict::Reject: return QCoreApplication::translate("pp::DisplayText", "rejected");
    case Verdict::Question: return QCoreApplication::translate("pp::DisplayText", "questioned");
    }
    return verdictName(verdict);
}

} // namespace pp
