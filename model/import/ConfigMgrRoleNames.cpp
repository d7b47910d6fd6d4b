#include "model/import/ConfigMgrRoleNames.h"

#include <QHash>

namespace pp {

ConfigMgrRoleName configMgrRoleName(const QString &name)
{
    using Kind = ConfigMgrRoleName::Kind;
    // The names ConfigMgr gives its site-system roles, and the catalog role
    // each one is. A distribution point with multicast or PXE shows up as a
    // role name of its own.
    static const QHash<QString, ConfigMgrRoleName> names{
        {QStringLiteral("sms site server"), {Kind::Role, QStringLiteral("site_server"), {}}},
        {QStringLiteral("sms provider"), {Kind::Role, QStringLiteral("sms_provider"), {}}},
        {QStringLiteral("sms sql server"), {Kind::Role, QStringLiteral("site_database"), {}}},
        {QStringLiteral("sms management point"), {Kind::Role, QStringLiteral("management_point"), {}}},
        {QStringLiteral("sms device management point"), {Kind::Role, QStringLiteral("management_point"), {}}},
        {QStringLiteral("sms distribution point"), {Kind::Role, QStringLiteral("distribution_point"), {}}},
        {QStringLiteral("sms multicast service point"),
         {Kind::Role, QStringLiteral("distribution_point"), QStringLiteral("multicast")}},
        {QStringLiteral("sms pxe service point"), {Kind::Role, QStringLiteral("distribution_point"), QStringLiteral("pxe")}},
        {QStringLiteral("sms software update point"), {Kind::Role, QStringLiteral("software_update_point"), {}}},
        {QStringLiteral("sms srs reporting point"), {Kind::Role, QStringLiteral("reporting_services_point"), {}}},
        {QStringLiteral("sms fallback status point"), {Kind::Role, QStringLiteral("fallback_status_point"), {}}},
        {QStringLiteral("sms state migration point"), {Kind::Role, QStringLiteral("state_migration_point"), {}}},
        {QStringLiteral("sms application web service"), {Kind::Role, QStringLiteral("app_catalog_web_service_point"), {}}},
        {QStringLiteral("sms portal web site"), {Kind::Role, QStringLiteral("app_catalog_website_point"), {}}},
        {QStringLiteral("sms endpoint protection point"), {Kind::Role, QStringLiteral("endpoint_protection_point"), {}}},
        {QStringLiteral("sms enrollment server"), {Kind::Role, QStringLiteral("enrollment_point"), {}}},
        {QStringLiteral("sms enrollment web site"), {Kind::Role, QStringLiteral("enrollment_proxy_point"), {}}},
        {QStringLiteral("sms certificate registration point"),
         {Kind::Role, QStringLiteral("certificate_registration_point"), {}}},
        {QStringLiteral("sms dmp connector"), {Kind::Role, QStringLiteral("service_connection_point"), {}}},
        {QStringLiteral("ai update service point"), {Kind::Role, QStringLiteral("asset_intelligence_sync_point"), {}}},
        {QStringLiteral("sms site system"), {Kind::Generic, {}, {}}},
        {QStringLiteral("sms component server"), {Kind::Generic, {}, {}}},
        {QStringLiteral("sms cloud proxy connector"), {Kind::Uncatalogued, {}, {}}},
        {QStringLiteral("sms amt service point"), {Kind::Uncatalogued, {}, {}}},
        {QStringLiteral("sms out of band service point"), {Kind::Uncatalogued, {}, {}}},
        {QStringLiteral("sms server locator point"), {Kind::Uncatalogued, {}, {}}},
        {QStringLiteral("sms system health validator"), {Kind::Uncatalogued, {}, {}}},
        {QStringLiteral("sms data warehouse service point"), {Kind::Uncatalogued, {}, {}}},
    };
    return names.value(name.simplified().toLower(), ConfigMgrRoleName{});
}

} // namespace pp
