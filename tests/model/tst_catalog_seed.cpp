// Cross-checks the catalog data against the seed document itself, so that a
// missing, extra or wrong port row fails the build's tests. The seed lives
// outside the repository (../shared); without it these tests skip.
#include "model/catalog/Catalog.h"
#include "tests/support/TestPaths.h"

#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QTest>

using namespace pp;

namespace {

struct SeedSection
{
    QString anchor;
    QString heading;
    QStringList body;
};

QString decodeEntities(QString s)
{
    return s.replace(QLatin1String("&lt;"), QLatin1String("<")).replace(QLatin1String("&gt;"), QLatin1String(">"));
}

QVector<SeedSection> readSeed(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QVector<SeedSection> out;
    static const QRegularExpression anchor(QStringLiteral("<a name=\"([^\"]+)\">"));
    for (const QString &line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
        const auto m = anchor.match(line);
        if (m.hasMatch() && line.trimmed().startsWith(QLatin1Char('#'))) {
            QString heading = line;
            heading.remove(QRegularExpression(QStringLiteral("^#+\\s*<a name=\"[^\"]+\">\\s*</a>\\s*")));
            out.push_back({m.captured(1), decodeEntities(heading.trimmed()), {}});
        } else if (!out.isEmpty()) {
            out.back().body << line;
        }
    }
    return out;
}

/// One port a seed row or a catalog row stands for, as comparable text.
QString rowKey(const QString &protocol, const QString &port, const QStringList &alternatives,
               const QVector<int> &notes, const QString &descriptionZh, const QString &phase)
{
    QStringList n;
    for (int x : notes)
        n << QString::number(x);
    return QStringLiteral("%1 %2 alt[%3] notes[%4] %5 %6")
        .arg(protocol, port, alternatives.join(QLatin1Char(',')), n.join(QLatin1Char(',')), descriptionZh, phase);
}

/// Parses a UDP or TCP cell: "--", "443", "1433 (請參閱註 2，...)", "67 和 68",
/// "80 或 8530 (請參閱註 3 ...)", "DYNAMIC (...)", "63000-64000".
QStringList cellKeys(const QString &cell, const QString &protocol, const QString &description, const QString &phase)
{
    QString c = cell.trimmed();
    if (c.isEmpty() || c == QLatin1String("--"))
        return {};
    QVector<int> notes;
    static const QRegularExpression note(QStringLiteral("請參閱註 (\\d)"));
    for (auto it = note.globalMatch(c); it.hasNext();)
        notes << it.next().captured(1).toInt();
    c.remove(QRegularExpression(QStringLiteral("\\(請參閱註.*\\)")));
    c = c.trimmed();
    QStringList keys;
    if (c.contains(QStringLiteral("和"))) {
        for (const QString &p : c.split(QStringLiteral("和")))
            keys << rowKey(protocol, p.trimmed(), {}, notes, description, phase);
    } else if (c.contains(QStringLiteral("或"))) {
        QStringList parts = c.split(QStringLiteral("或"));
        for (QString &p : parts)
            p = p.trimmed();
        const QString first = parts.takeFirst();
        keys << rowKey(protocol, first, parts, notes, description, phase);
    } else {
        keys << rowKey(protocol, c, {}, notes, description, phase);
    }
    return keys;
}

QStringList seedTableKeys(const SeedSection &s)
{
    QStringList keys;
    int table = -1;
    for (const QString &line : s.body) {
        const QString t = line.trimmed();
        if (!t.startsWith(QLatin1Char('|')))
            continue;
        QStringList cells = t.mid(1, t.size() - 2).split(QLatin1Char('|'));
        for (QString &c : cells)
            c = c.trimmed();
        if (cells.value(0) == QStringLiteral("說明")) {
            ++table;
            continue;
        }
        if (cells.value(0).startsWith(QLatin1String("---")) || cells.size() < 3)
            continue;
        // The second table of BKMK_PortsSite-SQL lists the ports that remote
        // SQL Server setup needs: install-phase rows.
        const QString phase = table >= 1 ? QStringLiteral("install") : QStringLiteral("runtime");
        keys << cellKeys(cells[1], QStringLiteral("UDP"), cells[0], phase);
        keys << cellKeys(cells[2], QStringLiteral("TCP"), cells[0], phase);
    }
    keys.sort();
    return keys;
}

QStringList catalogTableKeys(const Catalog &c, const QString &ref)
{
    QStringList keys;
    for (const CatalogPort *p : c.portsOf(ref))
        if (!p->fromProse)
            keys << rowKey(protocolName(p->protocol), p->port, p->alternatives, p->notes, p->descriptionZh,
                           phaseName(p->phase));
    keys.sort();
    return keys;
}

/// Catalog ports of a prose section as "TCP 445" strings (deduplicated).
QSet<QString> catalogPortSet(const Catalog &c, const QString &ref)
{
    QSet<QString> out;
    for (const CatalogPort *p : c.portsOf(ref)) {
        out.insert(protocolName(p->protocol) + QLatin1Char(' ') + p->port);
        for (const QString &a : p->alternatives)
            out.insert(protocolName(p->protocol) + QLatin1Char(' ') + a);
    }
    return out;
}

} // namespace

class TestCatalogSeed : public QObject
{
    Q_OBJECT

private:
    QVector<SeedSection> m_seed;
    QMap<QString, SeedSection> m_byAnchor;

private slots:
    void initTestCase()
    {
        const QString path = test::seedPath();
        if (path.isEmpty())
            QSKIP("the seed document is not here: this clone has no ../shared/seeds/ "
                  "(set PORTPLANNER_SHARED_DIR to the folder holding seeds/)");
        m_seed = readSeed(path);
        QVERIFY2(m_seed.size() > 60, "the seed could not be parsed into sections");
        for (const auto &s : m_seed)
            m_byAnchor.insert(s.anchor, s);
    }

    void everySeedSectionIsInTheCatalog()
    {
        const Catalog &c = Catalog::builtin();
        for (const auto &s : m_seed) {
            const Section *section = c.section(s.anchor);
            QVERIFY2(section, qPrintable(QStringLiteral("seed section %1 is missing from the catalog").arg(s.anchor)));
            QCOMPARE(section->titleZh, s.heading);
            QVERIFY2(!section->title.isEmpty(), qPrintable(s.anchor));
        }
        QCOMPARE(int(c.sections().size()), m_seed.size());
    }

    void sixtyTwoConnectionSections()
    {
        int withTable = 0;
        const Catalog &c = Catalog::builtin();
        for (const Section &s : c.sections())
            withTable += s.kind == QLatin1String("connection");
        QCOMPARE(withTable, 62);
    }

    void tableRows_data()
    {
        QTest::addColumn<QString>("anchor");
        for (const auto &s : m_seed)
            if (!seedTableKeys(s).isEmpty())
                QTest::newRow(qPrintable(s.anchor)) << s.anchor;
    }

    void tableRows()
    {
        QFETCH(QString, anchor);
        const QStringList seed = seedTableKeys(m_byAnchor.value(anchor));
        const QStringList catalog = catalogTableKeys(Catalog::builtin(), anchor);
        if (seed != catalog) {
            QStringList missing, extra;
            for (const auto &k : seed)
                if (!catalog.contains(k))
                    missing << k;
            for (const auto &k : catalog)
                if (!seed.contains(k))
                    extra << k;
            QFAIL(qPrintable(QStringLiteral("%1: missing from catalog: [%2]; not in seed: [%3]")
                                 .arg(anchor, missing.join(QStringLiteral("; ")), extra.join(QStringLiteral("; ")))));
        }
    }

    void sectionLevelNotes()
    {
        // "(請參閱註 5 ...)" under a heading binds the whole connection.
        const Catalog &c = Catalog::builtin();
        static const QRegularExpression headNote(QStringLiteral("^\\s*\\(請參閱註 (\\d)"));
        for (const auto &s : m_seed) {
            QVector<int> seedNotes;
            for (const QString &line : s.body) {
                const auto m = headNote.match(line);
                if (m.hasMatch())
                    seedNotes << m.captured(1).toInt();
            }
            for (const Connection &conn : c.connections())
                if (conn.ref == s.anchor && !conn.ref.startsWith(QLatin1String("BKMK_SQLPorts"))
                    && conn.ref != QLatin1String("bkmk_discovery"))
                    QVERIFY2(conn.notes == seedNotes, qPrintable(s.anchor));
        }
    }

    void proseSqlPorts()
    {
        // Every "TCP n" of the SQL section, including the Azure load-balancer list.
        const auto &body = m_byAnchor.value(QStringLiteral("BKMK_SQLPorts")).body.join(QLatin1Char('\n'));
        static const QRegularExpression tcp(QStringLiteral("TCP (\\d+)"));
        const QSet<QString> catalog = catalogPortSet(Catalog::builtin(), QStringLiteral("BKMK_SQLPorts"));
        int found = 0;
        for (auto it = tcp.globalMatch(body); it.hasNext(); ++found) {
            const QString key = QStringLiteral("TCP ") + it.next().captured(1);
            QVERIFY2(catalog.contains(key), qPrintable(key));
        }
        QVERIFY(found >= 6);
        QCOMPARE(catalog, (QSet<QString>{QStringLiteral("TCP 1433"), QStringLiteral("TCP 4022"),
                                         QStringLiteral("TCP 445"), QStringLiteral("TCP 135")}));
    }

    void proseDiscovery()
    {
        const QStringList body = m_byAnchor.value(QStringLiteral("bkmk_discovery")).body;
        const QSet<QString> catalog = catalogPortSet(Catalog::builtin(), QStringLiteral("bkmk_discovery"));
        static const QRegularExpression single(QStringLiteral("^\\s*- [^：]+：(\\d+)\\s*$"));
        static const QRegularExpression range(QStringLiteral("TCP:\\s*(\\d+):\\s*(\\d+)"));
        QSet<QString> seed;
        for (const QString &line : body) {
            if (auto m = single.match(line); m.hasMatch())
                seed.insert(QStringLiteral("TCP ") + m.captured(1));
            if (auto m = range.match(line); m.hasMatch())
                seed.insert(QStringLiteral("TCP %1-%2").arg(m.captured(1), m.captured(2)));
            if (line.contains(QStringLiteral("動態配置的高 TCP 連接埠")))
                seed.insert(QStringLiteral("TCP DYNAMIC"));
        }
        QCOMPARE(seed.size(), 8);
        QCOMPARE(catalog, seed);
    }

    void proseInternetFacingInstall()
    {
        const QString body = m_byAnchor.value(QStringLiteral("BKMK_IBCMports")).body.join(QLatin1Char('\n'));
        QSet<QString> seed;
        if (body.contains(QStringLiteral("UDP 和 TCP 連接埠 135")))
            seed << QStringLiteral("UDP 135") << QStringLiteral("TCP 135");
        if (body.contains(QStringLiteral("TCP 連接埠 445")))
            seed << QStringLiteral("TCP 445");
        if (body.contains(QStringLiteral("RPC 動態 TCP 連接埠")))
            seed << QStringLiteral("TCP DYNAMIC");
        QCOMPARE(seed.size(), 4);
        QCOMPARE(catalogPortSet(Catalog::builtin(), QStringLiteral("BKMK_IBCMports")), seed);
        for (const CatalogPort *p : Catalog::builtin().portsOf(QStringLiteral("BKMK_IBCMports")))
            QCOMPARE(p->phase, Phase::Install);
    }

    void wakeUpProxyIcmpFromProse()
    {
        const QString body = m_byAnchor.value(QStringLiteral("BKMK_PortsClient-ClientWakeUp")).body.join(QLatin1Char('\n'));
        QVERIFY(body.contains(QStringLiteral("ICMP")));
        bool icmp = false;
        for (const CatalogPort *p : Catalog::builtin().portsOf(QStringLiteral("BKMK_PortsClient-ClientWakeUp")))
            icmp = icmp || (p->protocol == Protocol::Icmp && p->fromProse);
        QVERIFY(icmp);
    }

    void notesMatchSeedTitles()
    {
        const QString notes = m_byAnchor.value(QStringLiteral("BKMY_PortNotes")).body.join(QLatin1Char('\n'));
        const Catalog &c = Catalog::builtin();
        for (int n = 1; n <= 6; ++n) {
            const SeedNote *note = c.note(n);
            QVERIFY2(note, qPrintable(QString::number(n)));
            QVERIFY2(notes.contains(QStringLiteral("%1.  **%2**").arg(n).arg(note->titleZh)),
                     qPrintable(note->titleZh));
        }
    }

    void roleNamesAreSeedTerms()
    {
        QFile f(test::seedPath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString seed = QString::fromUtf8(f.readAll());
        for (const Role &r : Catalog::builtin().roles())
            QVERIFY2(seed.contains(r.nameZh), qPrintable(QStringLiteral("%1: \"%2\" is not a seed term").arg(r.id, r.nameZh)));
    }

    void englishTitlesMatchTheTable()
    {
        QFile f(test::sharedDir() + QStringLiteral("/seeds/english-titles.md"));
        if (!f.open(QIODevice::ReadOnly))
            QSKIP("english-titles.md is not beside the seed");
        static const QRegularExpression row(QStringLiteral("^\\| (\\S+) \\| (.+) \\|$"));
        int checked = 0;
        for (const QString &line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
            const auto m = row.match(line.trimmed());
            if (!m.hasMatch() || m.captured(1) == QLatin1String("anchor"))
                continue;
            const Section *s = Catalog::builtin().section(m.captured(1));
            if (!s)
                continue;
            QCOMPARE(s->title, m.captured(2));
            ++checked;
        }
        QCOMPARE(checked, 67);
    }
};

QTEST_GUILESS_MAIN(TestCatalogSeed)
#include "tst_catalog_seed.moc"
