// The catalog as data: complete, self-consistent, and covering DESIGN.md's
// contract (role ids, settings) without needing the seed beside the clone.
#include "model/catalog/Catalog.h"

#include <QFile>
#include <QSet>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace pp;

class TestCatalog : public QObject
{
    Q_OBJECT

private slots:
    void designRoleIds_data()
    {
        QTest::addColumn<QString>("id");
        // DESIGN.md "Role ids": the contract.
        const QStringList ids = {
            "site_server", "sms_provider", "site_database", "management_point", "distribution_point",
            "cloud_distribution_point", "software_update_point", "upstream_wsus", "fallback_status_point",
            "state_migration_point", "reporting_services_point", "app_catalog_web_service_point",
            "app_catalog_website_point", "asset_intelligence_sync_point", "endpoint_protection_point",
            "enrollment_point", "enrollment_proxy_point", "certificate_registration_point", "policy_module",
            "service_connection_point", "exchange_connector", "console", "client", "mac_client",
            "mobile_device", "domain_controller", "issuing_ca", "exchange_online", "exchange_onprem",
            "microsoft_cloud", "intune", "internet", "proxy_server"};
        for (const QString &id : ids)
            QTest::newRow(qPrintable(id)) << id;
    }

    void designRoleIds()
    {
        QFETCH(QString, id);
        const Role *role = Catalog::builtin().role(id);
        QVERIFY(role);
        QVERIFY(!role->name.isEmpty());
        QVERIFY(!role->nameZh.isEmpty());
        QVERIFY(!role->group.isEmpty());
    }

    void exactlyTheDesignRoles()
    {
        QCOMPARE(int(Catalog::builtin().roles().size()), 33);
    }

    void globalRolesHaveNoSite()
    {
        // Rule 3's list.
        for (const char *id : {"domain_controller", "issuing_ca", "microsoft_cloud", "intune", "exchange_online",
                               "exchange_onprem", "internet", "upstream_wsus", "proxy_server"})
            QCOMPARE(Catalog::builtin().role(QString::fromLatin1(id))->scope, RoleScope::Global);
        // Rule 4's list.
        for (const char *id : {"service_connection_point", "asset_intelligence_sync_point",
                               "endpoint_protection_point", "certificate_registration_point"})
            QCOMPARE(Catalog::builtin().role(QString::fromLatin1(id))->scope, RoleScope::Hierarchy);
    }

    void connectionsAreWellFormed()
    {
        const Catalog &c = Catalog::builtin();
        QSet<QString> refs;
        for (const Connection &conn : c.connections()) {
            QVERIFY2(!conn.ports.empty(), qPrintable(conn.ref));
            QVERIFY2(c.section(conn.ref), qPrintable(conn.ref));
            QVERIFY2(!c.section(conn.ref)->title.isEmpty(), qPrintable(conn.ref));
            for (const CatalogPort &p : conn.ports) {
                QVERIFY2(!p.description.isEmpty() && !p.descriptionZh.isEmpty(), qPrintable(conn.ref));
                if (p.protocol != Protocol::Icmp && !p.isDynamic())
                    QVERIFY2(!p.range.isEmpty(), qPrintable(conn.ref + p.port));
                if (p.isDynamic())
                    QCOMPARE(p.setting, std::optional<Setting>(Setting::RpcDynamicRange));
                for (int n : p.notes)
                    QVERIFY(c.note(n));
            }
            refs.insert(conn.ref);
        }
        // 62 connection sections plus the prose sections that imply flows.
        QCOMPARE(refs.size(), 65);
        QVERIFY(refs.contains(QStringLiteral("BKMK_IBCMports")));
        QVERIFY(refs.contains(QStringLiteral("BKMK_SQLPorts")));
        QVERIFY(refs.contains(QStringLiteral("bkmk_discovery")));
        QVERIFY(c.reference(QStringLiteral("BKMK_ClientShares")));
        QVERIFY(c.reference(QStringLiteral("BKMK_ServerPorts")));
    }

    void notesAreRules()
    {
        const Catalog &c = Catalog::builtin();
        for (int n = 1; n <= 6; ++n)
            QVERIFY(c.note(n) && !c.note(n)->summary.isEmpty());
        // The rows each note governs carry the setting the engine resolves.
        int proxy = 0, wsus = 0, tftp = 0, dynamic = 0;
        for (const Connection &conn : c.connections())
            for (const CatalogPort &p : conn.ports) {
                if (p.hasNote(1)) {
                    ++proxy;
                    QCOMPARE(p.setting, std::optional<Setting>(Setting::ProxyPort));
                }
                if (p.hasNote(3)) {
                    ++wsus;
                    QVERIFY(p.setting == Setting::WsusHttpPort || p.setting == Setting::WsusHttpsPort);
                    QCOMPARE(p.alternatives.size(), 1);
                }
                tftp += p.hasNote(4);
                dynamic += p.hasNote(6);
            }
        QCOMPARE(proxy, 2);
        QCOMPARE(wsus, 6);
        QCOMPARE(tftp, 1);
        QVERIFY(dynamic > 10);
    }

    void settingDefaults_data()
    {
        QTest::addColumn<int>("setting");
        QTest::addColumn<QString>("value");
        // DESIGN.md's settings table.
        QTest::newRow("clientHttpPort") << int(Setting::ClientHttpPort) << "80";
        QTest::newRow("clientHttpsPort") << int(Setting::ClientHttpsPort) << "443";
        QTest::newRow("clientNotificationPort") << int(Setting::ClientNotificationPort) << "10123";
        QTest::newRow("wakeOnLanPort") << int(Setting::WakeOnLanPort) << "9";
        QTest::newRow("wakeUpProxyPort") << int(Setting::WakeUpProxyPort) << "25536";
        QTest::newRow("proxyPort") << int(Setting::ProxyPort) << "8080";
        QTest::newRow("multicastRange") << int(Setting::MulticastRange) << "63000-64000";
        QTest::newRow("wsusHttpPort") << int(Setting::WsusHttpPort) << "8530";
        QTest::newRow("wsusHttpsPort") << int(Setting::WsusHttpsPort) << "8531";
        QTest::newRow("sqlPort") << int(Setting::SqlPort) << "1433";
        QTest::newRow("sqlBrokerPort") << int(Setting::SqlBrokerPort) << "4022";
        QTest::newRow("rpcDynamicRange") << int(Setting::RpcDynamicRange) << "49152-65535";
    }

    void settingDefaults()
    {
        QFETCH(int, setting);
        QFETCH(QString, value);
        QCOMPARE(Catalog::builtin().defaultValue(Setting(setting)).toString(), value);
        const SettingDefault &d = Catalog::builtin().settingDefault(Setting(setting));
        // Every default says where it comes from: a seed anchor or a named source.
        QVERIFY2(!d.ref.isEmpty() || !d.source.isEmpty(), qPrintable(value));
    }

    void brokenCatalogsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("not json") << QByteArray("{") << "parse";
        QTest::newRow("not a catalog") << QByteArray("{\"format\": \"x\"}") << "not a PortPlanner catalog";
    }

    void brokenCatalogsAreRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        QString message;
        QVERIFY(!Catalog::parse(json, &message));
        QVERIFY2(message.contains(error), qPrintable(message));
    }

    // Note numbers must be whole numbers in range: get<int>() would cut 2.5
    // to 2, wrap 1e12, and a float past int's range (the catalog fuzzer's
    // 4.4e28) is undefined behaviour.
    void noteNumbersAreWholeNumbers_data()
    {
        QTest::addColumn<QString>("where");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("error");
        const QList<std::pair<QString, QString>> places = {
            {QStringLiteral("setting"), QStringLiteral("note of setting clientHttpPort")},
            {QStringLiteral("note id"), QStringLiteral("note id")},
            {QStringLiteral("connection"), QStringLiteral("notes of BKMK_PortsMP-Site")},
            {QStringLiteral("port"), QStringLiteral("notes of BKMK_PortsAI-to-SQL")},
        };
        for (const auto &[where, error] : places)
            for (const char *value : {"4.4e28", "2.5", "-1", "1000000000000", "\"2\"", "null"})
                QTest::addRow("%s %s", qPrintable(where), value) << where << QByteArray(value) << error;
    }

    void noteNumbersAreWholeNumbers()
    {
        QFETCH(QString, where);
        QFETCH(QByteArray, value);
        QFETCH(QString, error);
        QFile file(QStringLiteral(":/catalog/configmgr-2017.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        nlohmann::json doc = nlohmann::json::parse(file.readAll().toStdString());
        const nlohmann::json v = nlohmann::json::parse(value.toStdString());
        auto connection = [&doc](const char *ref) -> nlohmann::json & {
            for (auto &c : doc["connections"])
                if (c["ref"] == ref)
                    return c;
            throw std::runtime_error(ref);
        };
        if (where == QLatin1String("setting"))
            doc["settings"][0]["note"] = v;
        else if (where == QLatin1String("note id"))
            doc["notes"][0]["id"] = v;
        else if (where == QLatin1String("connection"))
            connection("BKMK_PortsMP-Site")["notes"][0] = v;
        else
            for (auto &p : connection("BKMK_PortsAI-to-SQL")["ports"])
                if (p.contains("notes"))
                    p["notes"][0] = v;
        const std::string bytes = doc.dump();
        QString message;
        QVERIFY(!Catalog::parse(QByteArray::fromStdString(bytes), &message));
        QVERIFY2(message.contains(error) && message.contains(QLatin1String("whole number")), qPrintable(message));

        // The same catalog with the number as it was is read.
        QVERIFY(Catalog::parse(file.seek(0) ? file.readAll() : QByteArray(), &message));
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
