// The current-branch host options through the Edits API: each edit one
// undo step that changes what the engine computes, deleting a host another
// host names takes the name along (or the saved file would not load), and
// pasted pull distribution points follow their pasted sources.
#include "tests/support/TestDesign.h"

#include "app/commands/Edits.h"
#include "model/catalog/Catalog.h"
#include "model/document/DesignDocument.h"
#include "model/engine/FlowText.h"
#include "model/engine/RulesEngine.h"
#include "model/file/DesignFile.h"

#include <QTest>
#include <QUndoStack>

using namespace pp;

namespace {

const QString PS1 = QStringLiteral("PS1");
const QString Current = QStringLiteral("configmgr-current-2022");

Design base()
{
    test::TestDesign t = test::TestDesign::primaryWithServer();
    t.design.catalog = Current;
    t.zone(QStringLiteral("dmz"), ZoneKind::Perimeter).zone(QStringLiteral("cloud"), ZoneKind::Cloud);
    t.host(QStringLiteral("dp1"), QStringLiteral("dc"), PS1, {QStringLiteral("distribution_point")});
    t.host(QStringLiteral("pull"), QStringLiteral("dmz"), PS1, {QStringLiteral("distribution_point")});
    t.host(QStringLiteral("cmg"), QStringLiteral("cloud"), PS1, {QStringLiteral("cloud_management_gateway")});
    t.host(QStringLiteral("cmgcp"), QStringLiteral("dmz"), PS1, {QStringLiteral("cmg_connection_point")});
    // A SQL Server of its own (no site role): reached only when named.
    t.host(QStringLiteral("dwsql"), QStringLiteral("dc"), PS1, QStringList {});
    t.host(QStringLiteral("dw"), QStringLiteral("dmz"), PS1, {QStringLiteral("data_warehouse_service_point")});
    return t.design;
}

/// "TCP/443" for each flow from -> to under `ref`, sorted, unique.
QStringList ports(const Design &d, const QString &from, const QString &to, const QString &ref)
{
    const Catalog &catalog = *Catalog::forDesign(d.catalog);
    const Analysis a = RulesEngine(catalog).analyze(d);
    const FlowText text(d, catalog);
    QStringList out;
    for (const Flow &f : a.flows)
        if (text.fromId(f) == from && text.toId(f) == to && text.ref(f) == ref && !f.has(FlowReplyPath))
            out << protocolName(f.protocol) + QLatin1Char('/') + text.port(f);
    out.sort();
    out.removeDuplicates();
    return out;
}

struct Fixture
{
    Fixture()
        : edits(&stack, &document, Catalog::builtin())
    {
        document.reset(base());
    }
    HostOptions options(const QString &host) const { return document.host(host)->options; }

    QUndoStack stack;
    DesignDocument document;
    commands::Edits edits;
};

} // namespace

class TestHostOptions : public QObject
{
    Q_OBJECT

private slots:
    void eachOptionIsOneStepTheEngineFollows_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("ref");
        QTest::addColumn<QStringList>("before");
        QTest::addColumn<QStringList>("after");
        // BKMK_PortsPullDP-DPSource: a pull DP reaches each source it names.
        QTest::newRow("pullSources") << "pull"
                                     << "pull"
                                     << "dp1"
                                     << "BKMK_PortsPullDP-DPSource" << QStringList {}
                                     << QStringList {"TCP/443", "TCP/80"};
        // bkmk_cmgcp-cmg2: two or more VM instances take 10124-10139, not 443.
        QTest::newRow("cmgInstances") << "cmg"
                                      << "cmgcp"
                                      << "cmg"
                                      << "bkmk_cmgcp-cmg2" << QStringList {"TCP/443"}
                                      << QStringList {"TCP/10124-10139"};
        // bkmk_cmgcp-cmg: a classic cloud service; the scale-set rows go.
        QTest::newRow("cmgDeployment") << "cmg"
                                       << "cmgcp"
                                       << "cmg"
                                       << "bkmk_cmgcp-cmg" << QStringList {}
                                       << QStringList {"TCP/10140-10155", "TCP/443"};
        // BKMK_PortsDWSPSQL: the named SQL Server instead of the site database.
        QTest::newRow("warehouseDatabase") << "dw"
                                           << "dw"
                                           << "dwsql"
                                           << "BKMK_PortsDWSPSQL" << QStringList {} << QStringList {"TCP/1433"};
    }

    void eachOptionIsOneStepTheEngineFollows()
    {
        QFETCH(QString, host);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, ref);
        QFETCH(QStringList, before);
        QFETCH(QStringList, after);
        Fixture f;
        HostOptions o = f.options(host);
        const QString option = QString::fromLatin1(QTest::currentDataTag());
        if (option == QLatin1String("pullSources"))
            o.pullSources = {QStringLiteral("dp1")};
        else if (option == QLatin1String("cmgInstances"))
            o.cmgInstances = 3;
        else if (option == QLatin1String("cmgDeployment"))
            o.cmgDeployment = QStringLiteral("classic");
        else
            o.warehouseDatabase = QStringLiteral("dwsql");
        const Design original = f.document.design();
        QCOMPARE(ports(original, from, to, ref), before);

        QVERIFY(f.edits.setHostOptions(host, o, QStringLiteral("Set %1").arg(option)));
        QCOMPARE(f.stack.count(), 1);
        QCOMPARE(f.stack.undoText(), QStringLiteral("Set %1").arg(option));
        QCOMPARE(f.options(host), o);
        QCOMPARE(ports(f.document.design(), from, to, ref), after);
        // Whatever else the host has stays as it was.
        Host expected = original.hosts[size_t(original.hostIndex(host))];
        expected.options = o;
        QCOMPARE(*f.document.host(host), expected);

        f.stack.undo();
        QCOMPARE(f.document.design(), original);
        QCOMPARE(ports(f.document.design(), from, to, ref), before);
        f.stack.redo();
        QCOMPARE(f.options(host), o);
    }

    void unchangedOrUnknownPushesNothing()
    {
        Fixture f;
        QVERIFY(
            !f.edits.setHostOptions(QStringLiteral("pull"), f.options(QStringLiteral("pull")), QStringLiteral("x")));
        QVERIFY(!f.edits.setHostOptions(QStringLiteral("nobody"), HostOptions {}, QStringLiteral("x")));
        QCOMPARE(f.stack.count(), 0);
    }

    void deletingANamedHostLetsGoOfItInTheSameStep()
    {
        Fixture f;
        HostOptions pull = f.options(QStringLiteral("pull"));
        pull.pullSources = {QStringLiteral("dp1")};
        f.edits.setHostOptions(QStringLiteral("pull"), pull, QStringLiteral("sources"));
        HostOptions dw = f.options(QStringLiteral("dw"));
        dw.warehouseDatabase = QStringLiteral("dwsql");
        f.edits.setHostOptions(QStringLiteral("dw"), dw, QStringLiteral("database"));
        const Design named = f.document.design();

        f.edits.remove({QStringLiteral("dp1"), QStringLiteral("dwsql")}, {});
        QCOMPARE(f.stack.count(), 3);
        QVERIFY(f.options(QStringLiteral("pull")).pullSources.isEmpty());
        QVERIFY(f.options(QStringLiteral("dw")).warehouseDatabase.isEmpty());
        // The saved design loads again: nothing names a host that is gone.
        const LoadResult reloaded = DesignFile::parse(DesignFile::serialize(f.document.design()), Catalog::builtin());
        QVERIFY2(reloaded.ok(), qPrintable(reloaded.errorText()));

        f.stack.undo();
        QCOMPARE(f.document.design(), named);
    }

    void pastedPullPointsFollowTheirPastedSources()
    {
        Fixture f;
        HostOptions pull = f.options(QStringLiteral("pull"));
        pull.pullSources = {QStringLiteral("dp1")};
        f.edits.setHostOptions(QStringLiteral("pull"), pull, QStringLiteral("sources"));

        // With its source: the copy pulls from the source's copy.
        const QStringList both = f.edits.paste(f.edits.copy({QStringLiteral("pull"), QStringLiteral("dp1")}, {}),
                                               QPointF(30, 30), QString(), nullptr);
        QCOMPARE(both.size(), 2);
        const QString pullCopy = f.document.host(both[0])->hasRole(QStringLiteral("distribution_point"))
                && !f.options(both[0]).pullSources.isEmpty()
            ? both[0]
            : both[1];
        const QString sourceCopy = pullCopy == both[0] ? both[1] : both[0];
        QCOMPARE(f.options(pullCopy).pullSources, QStringList {sourceCopy});

        // Alone, into a design that lacks the source: the name is dropped.
        const QByteArray alone = f.edits.copy({QStringLiteral("pull")}, {});
        Fixture other;
        other.edits.remove({QStringLiteral("dp1"), QStringLiteral("pull")}, {});
        const QStringList pasted = other.edits.paste(alone, QPointF(30, 30), QString(), nullptr);
        QCOMPARE(pasted.size(), 1);
        QVERIFY(other.options(pasted[0]).pullSources.isEmpty());
        // Alone, beside its source: it keeps pulling from it.
        const QStringList beside = f.edits.paste(alone, QPointF(60, 60), QString(), nullptr);
        QCOMPARE(f.options(beside.value(0)).pullSources, QStringList {QStringLiteral("dp1")});
    }
};

QTEST_GUILESS_MAIN(TestHostOptions)
#include "tst_host_options.moc"
