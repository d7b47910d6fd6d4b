// The site hierarchy panel: sites under their parents with their host
// counts, following the document once per event-loop pass (a command may
// notify several times), and not at all while out of sight, catching up
// when shown.
#include "model/document/DesignDocument.h"
#include "views/panels/SitesPanel.h"

#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace pp;

namespace {

Site site(const QString &code, SiteType type, const QString &parent, const QString &name = {})
{
    Site s;
    s.code = code;
    s.type = type;
    s.parent = parent;
    s.name = name;
    return s;
}

Design twoSites()
{
    Design d;
    d.sites.push_back(site(QStringLiteral("CAS"), SiteType::Cas, {}, QStringLiteral("Central")));
    d.sites.push_back(site(QStringLiteral("PS1"), SiteType::Primary, QStringLiteral("CAS")));
    Zone lan;
    lan.id = QStringLiteral("lan");
    lan.name = QStringLiteral("LAN");
    d.zones.push_back(lan);
    for (int i = 0; i < 3; ++i) {
        Host h;
        h.id = QStringLiteral("h%1").arg(i);
        h.zone = QStringLiteral("lan");
        h.site = QStringLiteral("PS1");
        d.hosts.push_back(h);
    }
    return d;
}

QTreeWidgetItem *row(QTreeWidget *tree, const QString &code)
{
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        if ((*it)->data(0, Qt::UserRole).toString() == code)
            return *it;
    return nullptr;
}

QString hostCount(QTreeWidget *tree, const QString &code)
{
    QTreeWidgetItem *item = row(tree, code);
    return item ? item->text(2) : QStringLiteral("(no row)");
}

/// The two-site design in `document`, and a panel showing it, on screen.
std::unique_ptr<views::SitesPanel> shownPanel(DesignDocument &document)
{
    document.reset(twoSites());
    auto panel = std::make_unique<views::SitesPanel>(&document);
    panel->show();
    if (!QTest::qWaitForWindowExposed(panel.get()))
        qFatal("the panel was not shown");
    return panel;
}

} // namespace

class TestSitesPanel : public QObject
{
    Q_OBJECT

private slots:
    void showsSitesUnderTheirParentsWithCounts()
    {
        DesignDocument document;
        const auto panel = shownPanel(document);
        QTreeWidget *tree = panel->tree();
        QCOMPARE(tree->topLevelItemCount(), 1);
        QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("CAS  Central"));
        QCOMPARE(row(tree, QStringLiteral("PS1"))->parent(), tree->topLevelItem(0));
        QCOMPARE(hostCount(tree, QStringLiteral("PS1")), QStringLiteral("3"));
        QCOMPARE(hostCount(tree, QStringLiteral("CAS")), QStringLiteral("0"));
    }

    void followsTheDocumentOncePerPass()
    {
        DesignDocument document;
        const auto panel = shownPanel(document);
        QTreeWidget *tree = panel->tree();
        // Two notifications in one pass (an undone deletion: hosts, then a site).
        document.removeHosts({QStringLiteral("h0"), QStringLiteral("h1")});
        document.insertSite(2, site(QStringLiteral("SS1"), SiteType::Secondary, QStringLiteral("PS1")));
        // Not yet: the tree is redrawn when the event loop is back.
        QCOMPARE(hostCount(tree, QStringLiteral("PS1")), QStringLiteral("3"));
        QTRY_COMPARE(hostCount(tree, QStringLiteral("PS1")), QStringLiteral("1"));
        QCOMPARE(row(tree, QStringLiteral("SS1"))->parent(), row(tree, QStringLiteral("PS1")));
    }

    void aRemovedSiteIsNotOfferedAsSelected()
    {
        DesignDocument document;
        const auto panel = shownPanel(document);
        row(panel->tree(), QStringLiteral("PS1"))->setSelected(true);
        QCOMPARE(panel->selectedSite(), QStringLiteral("PS1"));
        document.removeSite(QStringLiteral("PS1"));
        // The tree still shows it for a moment; what is offered is what exists.
        QVERIFY(row(panel->tree(), QStringLiteral("PS1")));
        QCOMPARE(panel->selectedSite(), QString());
        QTRY_VERIFY(!row(panel->tree(), QStringLiteral("PS1")));
    }

    void catchesUpWhenShown()
    {
        DesignDocument document;
        const auto panel = shownPanel(document);
        panel->hide();
        document.removeHosts({QStringLiteral("h2")});
        QTest::qWait(20);
        // Out of sight, nothing was redrawn...
        QCOMPARE(hostCount(panel->tree(), QStringLiteral("PS1")), QStringLiteral("3"));
        // ...and shown again, it is right at once, before any paint.
        panel->show();
        QCOMPARE(hostCount(panel->tree(), QStringLiteral("PS1")), QStringLiteral("2"));
    }
};

QTEST_MAIN(TestSitesPanel)
#include "tst_sites_panel.moc"
