// Cross-checks the current-branch catalog (configmgr-current-2022) against
// the rows of Microsoft's 2022 ports page as the shared seed lists them
// (../shared/seeds/configmgr-current-2022-rows.tsv), row by row, so that a
// missing, extra or wrong port fails. Without ../shared these tests skip.
#include "model/catalog/Catalog.h"
#include "tests/support/TestPaths.h"

#include <QFile>
#include <QMap>
#include <QTest>

using namespace pp;

namespace {

struct TsvRow
{
    QString anchor;
    QString direction;
    QString label;
    QString udp;
    QString tcp;
    QString notes;
};

QVector<TsvRow> readRows(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QVector<TsvRow> out;
    bool header = true;
    for (const QString &line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1Char('#')) || line.trimmed().isEmpty())
            continue;
        const QStringList cells = line.split(QLatin1Char('\t'));
        if (header) { // anchor direction row udp tcp notes
            header = false;
            continue;
        }
        if (cells.size() < 6)
            continue;
        out.push_back({cells[0], cells[1], cells[2], cells[3], cells[4], cells[5]});
    }
    return out;
}

QString rowKey(const QString &protocol, const QString &port, const QStringList &alternatives, const QVector<int> &notes,
               const QString &description, const QString &phase)
{
    QStringList n;
    for (int x : notes)
        n << QString::number(x);
    return QStringLiteral("%1 %2 alt[%3] notes[%4] %5 %6")
        .arg(protocol, port, alternatives.join(QLatin1Char(',')), n.join(QLatin1Char(',')), description, phase);
}

/// The page's note marks: "N2" is note 2, "*" the administration-service note.
QVector<int> noteIds(const Catalog &c, const QString &cell)
{
    QVector<int> out;
    for (const QString &mark : cell.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (mark.startsWith(QLatin1Char('N'))) {
            out << mark.mid(1).toInt();
            continue;
        }
        for (const SeedNote &n : c.notes())
            if (n.key == QLatin1String("administration-service") && mark == QLatin1String("*"))
                out << n.id;
    }
    return out;
}

/// A UDP or TCP cell: "--", "(blank)", "443", "67 and 68", "80 or 8530", "443/8531", "DYNAMIC".
QStringList cellKeys(const Catalog &c, const TsvRow &row, const QString &cell, const QString &protocol)
{
    const QString v = cell.trimmed();
    if (v.isEmpty() || v == QLatin1String("--") || v == QLatin1String("(blank)"))
        return {};
    QString description = row.label;
    QString phase = QStringLiteral("runtime");
    if (description.endsWith(QLatin1String(" (install)"))) {
        description.chop(10);
        phase = QStringLiteral("install");
    }
    const QVector<int> notes = noteIds(c, row.notes);
    QStringList keys;
    if (v.contains(QLatin1String(" and "))) {
        for (const QString &p : v.split(QStringLiteral(" and ")))
            keys << rowKey(protocol, p.trimmed(), {}, notes, description, phase);
    } else if (v.contains(QLatin1String(" or ")) || v.contains(QLatin1Char('/'))) {
        const QStringList parts = v.contains(QLatin1String(" or ")) ? v.split(QStringLiteral(" or ")) : v.split(QLatin1Char('/'));
        keys << rowKey(protocol, parts[0].trimmed(), {parts[1].trimmed()}, notes, description, phase);
    } else {
        keys << rowKey(protocol, v, {}, notes, description, phase);
    }
    return keys;
}

QStringList catalogKeys(const Catalog &c, const QString &ref)
{
    QStringList keys;
    for (const CatalogPort *p : c.portsOf(ref))
        if (!p->fromProse)
            keys << rowKey(protocolName(p->protocol), p->port, p->alternatives, p->notes, p->description,
                           phaseName(p->phase));
    keys.sort();
    return keys;
}

} // namespace

class TestCatalogCurrent : public QObject
{
    Q_OBJECT

private:
    QVector<TsvRow> m_rows;
    QStringList m_anchors; ///< in the page's order
    const Catalog *m_catalog = nullptr;

private slots:
    void initTestCase()
    {
        m_catalog = Catalog::byId(QStringLiteral("configmgr-current-2022"));
        QVERIFY2(m_catalog, "the built-in catalog configmgr-current-2022 is missing");
        const QString path = test::currentRowsPath();
        if (path.isEmpty())
            QSKIP("the 2022 rows are not here: this clone has no ../shared/seeds/configmgr-current-2022-rows.tsv "
                  "(set PORTPLANNER_SHARED_DIR to the folder holding seeds/)");
        m_rows = readRows(path);
        QVERIFY2(m_rows.size() > 100, "the TSV could not be parsed into rows");
        for (const TsvRow &r : m_rows)
            if (!m_anchors.contains(r.anchor))
                m_anchors << r.anchor;
    }

    void everyAnchorIsASection()
    {
        for (const QString &anchor : m_anchors) {
            const Section *s = m_catalog->section(anchor);
            QVERIFY2(s, qPrintable(anchor));
            QVERIFY2(!s->title.isEmpty() && !s->titleZh.isEmpty(), qPrintable(anchor));
        }
        // ...and no connection section the page does not have.
        for (const Section &s : m_catalog->sections())
            if (s.kind == QLatin1String("connection"))
                QVERIFY2(m_anchors.contains(s.ref), qPrintable(s.ref));
    }

    void directions()
    {
        for (const TsvRow &r : m_rows)
            for (const Connection &c : m_catalog->connections())
                if (c.ref == r.anchor)
                    QVERIFY2(directionText(c.direction) == r.direction, qPrintable(r.anchor));
    }

    void rows_data()
    {
        QTest::addColumn<QString>("anchor");
        for (const QString &a : m_anchors)
            QTest::newRow(qPrintable(a)) << a;
    }

    void rows()
    {
        QFETCH(QString, anchor);
        QStringList tsv;
        for (const TsvRow &r : m_rows)
            if (r.anchor == anchor)
                tsv << cellKeys(*m_catalog, r, r.udp, QStringLiteral("UDP"))
                    << cellKeys(*m_catalog, r, r.tcp, QStringLiteral("TCP"));
        tsv.sort();
        const QStringList catalog = catalogKeys(*m_catalog, anchor);
        if (tsv == catalog)
            return;
        QStringList missing, extra;
        for (const QString &k : tsv)
            if (!catalog.contains(k))
                missing << k;
        for (const QString &k : catalog)
            if (!tsv.contains(k))
                extra << k;
        QFAIL(qPrintable(QStringLiteral("%1: missing from catalog: [%2]; not in the page: [%3]")
                             .arg(anchor, missing.join(QStringLiteral("; ")), extra.join(QStringLiteral("; ")))));
    }

    void droppedSectionsAreGone()
    {
        for (const char *ref : {"BKMK_PortsAppCatalogService-SQL", "BKMK_PortsClient-AppCatalogWebsitePoint",
                                "BKMK_PortsIntuneConnector-WindowsIntune", "BKMK_PortsMobileDeviceClient-WindowsIntune"}) {
            QVERIFY2(!m_catalog->section(QString::fromLatin1(ref)), ref);
            QVERIFY2(m_catalog->portsOf(QString::fromLatin1(ref)).empty(), ref);
        }
        for (const char *role : {"app_catalog_web_service_point", "app_catalog_website_point", "intune"})
            QVERIFY2(!m_catalog->role(QString::fromLatin1(role)), role);
    }
};

QTEST_GUILESS_MAIN(TestCatalogCurrent)
#include "tst_catalog_current.moc"
