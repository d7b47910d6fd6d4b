// The role palette and the role icons: every catalog role is offered once,
// in its group, with its SVG icon, findable by English or Chinese name; the
// firewall device (rule 10) has its own group, drags as a device and asks
// for one on Enter.
#include "model/catalog/Catalog.h"
#include "views/RoleIcons.h"
#include "views/canvas/DesignView.h"
#include "views/panels/PalettePanel.h"
#include "views/panels/RoleTree.h"

#include <QMimeData>
#include <memory>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTest>
#include <QTreeWidget>

using namespace pp;

namespace {

constexpr int RoleIdRole = Qt::UserRole + 1;
const QString devicesGroup = QStringLiteral("Network devices");

/// Visible role ids of the palette, by group title.
QMap<QString, QStringList> visibleRoles(const views::PalettePanel &palette)
{
    QMap<QString, QStringList> out;
    QTreeWidget *tree = palette.tree();
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = tree->topLevelItem(g);
        if (group->isHidden())
            continue;
        for (int i = 0; i < group->childCount(); ++i)
            if (!group->child(i)->isHidden() && !group->child(i)->data(0, RoleIdRole).toString().isEmpty())
                out[group->text(0)] << group->child(i)->data(0, RoleIdRole).toString();
    }
    return out;
}

/// The firewall's row, or null.
QTreeWidgetItem *firewallRow(const views::PalettePanel &palette)
{
    for (int g = 0; g < palette.tree()->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = palette.tree()->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            if (group->child(i)->data(0, views::RoleTree::DeviceRole).toString() == QLatin1String("firewall"))
                return group->child(i);
    }
    return nullptr;
}

} // namespace

class TestPalette : public QObject
{
    Q_OBJECT

private slots:
    void everyRoleHasAValidIcon()
    {
        const std::vector<Role> &roles = Catalog::builtin().roles();
        QCOMPARE(roles.size(), size_t(33)); // DESIGN.md lists 33 role ids
        for (const Role &role : roles) {
            QSvgRenderer svg(views::RoleIcons::resourcePath(role.id));
            QVERIFY2(svg.isValid(), qPrintable(role.id));
            QVERIFY2(!views::RoleIcons::icon(role.id).isNull(), qPrintable(role.id));
            const QImage pixels = views::RoleIcons::pixmap(role.id, 24).toImage();
            QVERIFY2(pixels.pixelColor(12, 2).alpha() > 0, qPrintable(role.id)); // something was drawn
        }
        QVERIFY(QSvgRenderer(QStringLiteral(":/icons/portplanner.svg")).isValid());
    }

    void groupsEveryRoleOnce()
    {
        views::PalettePanel palette(Catalog::builtin());
        const QMap<QString, QStringList> shown = visibleRoles(palette);
        QCOMPARE(shown.keys(), (QStringList{QStringLiteral("Clients"), QStringLiteral("External services"),
                                            QStringLiteral("Site systems")}));
        QStringList all;
        for (const QStringList &ids : shown)
            all += ids;
        QCOMPARE(size_t(all.size()), Catalog::builtin().roles().size());
        QCOMPARE(QSet<QString>(all.begin(), all.end()).size(), all.size());
        for (const QString &id : shown.value(QStringLiteral("Site systems")))
            QCOMPARE(Catalog::builtin().role(id)->group, QStringLiteral("site_system"));
        for (const QString &id : shown.value(QStringLiteral("External services")))
            QCOMPARE(Catalog::builtin().role(id)->group, QStringLiteral("external"));
        QVERIFY(shown.value(QStringLiteral("Clients")).contains(QStringLiteral("client")));
        // The devices come after the roles, in a group of their own.
        QTreeWidgetItem *last = palette.tree()->topLevelItem(palette.tree()->topLevelItemCount() - 1);
        QCOMPARE(last->text(0), devicesGroup);
        QCOMPARE(last->childCount(), 1);
        QCOMPARE(last->child(0), firewallRow(palette));
    }

    void offersTheFirewall()
    {
        views::PalettePanel palette(Catalog::builtin());
        QTreeWidgetItem *row = firewallRow(palette);
        QVERIFY(row);
        QCOMPARE(row->text(0), QStringLiteral("Firewall"));
        QVERIFY(!row->icon(0).isNull());
        QVERIFY(QSvgRenderer(QStringLiteral(":/icons/actions/firewall.svg")).isValid());
        QVERIFY(row->toolTip(0).contains(QStringLiteral("link handle")));
        QCOMPARE(row->data(0, Qt::AccessibleTextRole).toString(), QStringLiteral("Firewall"));
        QVERIFY(!row->data(0, Qt::AccessibleDescriptionRole).toString().isEmpty());
        QVERIFY(row->flags() & Qt::ItemIsDragEnabled);
        // It drags as a device, not as a role.
        QAbstractItemModel *model = palette.tree()->model();
        const QModelIndex group = model->index(palette.tree()->topLevelItemCount() - 1, 0);
        std::unique_ptr<QMimeData> mime(model->mimeData({model->index(0, 0, group)}));
        QVERIFY(mime);
        QCOMPARE(mime->data(views::DesignView::deviceMimeType()), QByteArray("firewall"));
        QVERIFY(!mime->hasFormat(views::DesignView::roleMimeType()));
        // Enter asks for a firewall, not for a role.
        QSignalSpy firewall(&palette, &views::PalettePanel::firewallActivated);
        QSignalSpy role(&palette, &views::PalettePanel::roleActivated);
        palette.tree()->setCurrentItem(row);
        QTest::keyClick(palette.tree(), Qt::Key_Return);
        QCOMPARE(firewall.count(), 1);
        QCOMPARE(role.count(), 0);
        // The Chinese role names leave it in place.
        palette.setChineseNames(true);
        QVERIFY(firewallRow(palette));
    }

    void findsTheFirewall_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("found");
        QTest::newRow("english") << QStringLiteral("fire") << true;
        QTest::newRow("case") << QStringLiteral("FIREWALL") << true;
        QTest::newRow("chinese") << QStringLiteral("防火") << true;
        QTest::newRow("a role") << QStringLiteral("management") << false;
    }

    void findsTheFirewall()
    {
        QFETCH(QString, text);
        QFETCH(bool, found);
        views::PalettePanel palette(Catalog::builtin());
        palette.setFilter(text);
        QTreeWidgetItem *row = firewallRow(palette);
        QCOMPARE(!row->isHidden(), found);
        QCOMPARE(!row->parent()->isHidden(), found);
    }

    void searchesEnglishAndChinese_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        const Role *mp = Catalog::builtin().role(QStringLiteral("management_point"));
        QTest::newRow("english") << QStringLiteral("management") << QStringLiteral("management_point");
        QTest::newRow("chinese") << mp->nameZh << QStringLiteral("management_point");
        QTest::newRow("id") << QStringLiteral("proxy_server") << QStringLiteral("proxy_server");
        QTest::newRow("case") << QStringLiteral("INTUNE") << QStringLiteral("intune");
    }

    void searchesEnglishAndChinese()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        views::PalettePanel palette(Catalog::builtin());
        palette.setFilter(text);
        QStringList shown;
        for (const QStringList &ids : visibleRoles(palette))
            shown += ids;
        QVERIFY2(shown.contains(expected), qPrintable(shown.join(QLatin1Char(','))));
        QVERIFY(size_t(shown.size()) < Catalog::builtin().roles().size());
        palette.setFilter(QStringLiteral("no role is called this"));
        QVERIFY(visibleRoles(palette).isEmpty());
    }

    void showsChineseNamesAndDragsRoleIds()
    {
        views::PalettePanel palette(Catalog::builtin());
        QTreeWidgetItem *first = palette.tree()->topLevelItem(0)->child(0);
        const Role *role = Catalog::builtin().role(first->data(0, RoleIdRole).toString());
        QCOMPARE(first->text(0), role->name);
        palette.setChineseNames(true);
        first = palette.tree()->topLevelItem(0)->child(0);
        QCOMPARE(first->text(0), role->nameZh);
        // What a drag carries is the role id, in the canvas's MIME type.
        std::unique_ptr<QMimeData> mime(palette.tree()->model()->mimeData({palette.tree()->model()->index(0, 0, palette.tree()->model()->index(0, 0))}));
        QVERIFY(mime);
        QCOMPARE(QString::fromUtf8(mime->data(views::DesignView::roleMimeType())), role->id);
        // Enter on a role asks for it to be added.
        QSignalSpy activated(&palette, &views::PalettePanel::roleActivated);
        palette.tree()->setCurrentItem(first);
        QTest::keyClick(palette.tree(), Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toString(), role->id);
    }
};

QTEST_MAIN(TestPalette)
#include "tst_palette.moc"
