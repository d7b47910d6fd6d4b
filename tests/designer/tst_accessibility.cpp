// Screen readers (AT-SPI) see a name for every control of the designer that
// can take focus, and a description for the main panels; every common
// command has a keyboard shortcut.
#include "tests/support/TestPaths.h"

#include "tests/designer/DesignerFixture.h"
#include "views/panels/FlowsPanel.h"
#include "views/panels/PalettePanel.h"
#include "views/properties/PropertiesPanel.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QScrollBar>
#include <QTabBar>
#include <QTableView>
#include <QTreeWidget>

using namespace pp;

namespace {

QString accessibleName(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name) : QString();
}

/// Controls a keyboard user lands on: focusable, shown, not scroll bars.
QList<QWidget *> focusable(QWidget *root)
{
    QList<QWidget *> out;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (w->focusPolicy() == Qt::NoFocus || !w->isVisibleTo(root) || qobject_cast<QScrollBar *>(w)
            || qobject_cast<QTabBar *>(w))
            continue;
        // The line edit inside a spin box speaks for the spin box, which is checked.
        if (w->parentWidget() && w->parentWidget()->inherits("QAbstractSpinBox"))
            continue;
        out << w;
    }
    return out;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setApplicationName(QStringLiteral("PortPlannerTests"));
    }

    void everyFocusableControlHasAName_data()
    {
        QTest::addColumn<QString>("selection");
        QTest::newRow("design") << QString();
        QTest::newRow("host") << QStringLiteral("host:sql01");
        QTest::newRow("distribution point host") << QStringLiteral("host:mp01");
        QTest::newRow("zone") << QStringLiteral("zone:dmz");
        QTest::newRow("site") << QStringLiteral("site:PS1");
        // Panels behind a tab leave the focus chain: raise each in turn.
        QTest::newRow("site hierarchy") << QStringLiteral("dock:sites");
        QTest::newRow("security review") << QStringLiteral("dock:review");
        QTest::newRow("boundary groups") << QStringLiteral("dock:groups");
        QTest::newRow("validation") << QStringLiteral("dock:validation");
    }

    void everyFocusableControlHasAName()
    {
        QFETCH(QString, selection);
        auto w = test::openWindow(QStringLiteral("standalone-dmz.portplan"));
        const QString kind = selection.section(QLatin1Char(':'), 0, 0);
        const QString id = selection.section(QLatin1Char(':'), 1);
        if (kind == QLatin1String("host"))
            w->scene()->selectHosts({id});
        else if (kind == QLatin1String("zone"))
            w->scene()->zoneItem(id)->setSelected(true);
        else if (kind == QLatin1String("site"))
            w->properties()->showSite(id);
        else if (kind == QLatin1String("dock"))
            w->findChild<QDockWidget *>(id)->raise();
        QCoreApplication::processEvents();
        QStringList unnamed;
        const QList<QWidget *> controls = focusable(w.get());
        QVERIFY(controls.size() > 10);
        for (QWidget *c : controls)
            if (accessibleName(c).trimmed().isEmpty())
                unnamed << QStringLiteral("%1 \"%2\" in %3 (focus %4)")
                               .arg(QString::fromLatin1(c->metaObject()->className()), c->objectName(),
                                    c->parentWidget() ? QString::fromLatin1(c->parentWidget()->metaObject()->className())
                                                      : QString())
                               .arg(int(c->focusPolicy()));
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
    }

    void mainPanelsAreDescribed()
    {
        auto w = test::openWindow(QStringLiteral("standalone-dmz.portplan"));
        for (QWidget *panel : {static_cast<QWidget *>(w->view()), static_cast<QWidget *>(w->flowsPanel()->flowsView()),
                               static_cast<QWidget *>(w->flowsPanel()->openingsView()),
                               static_cast<QWidget *>(w->palette()->tree())}) {
            QVERIFY2(!panel->accessibleName().isEmpty(), panel->metaObject()->className());
            QVERIFY2(!panel->accessibleDescription().isEmpty(), panel->metaObject()->className());
        }
    }

    void commonCommandsHaveShortcuts()
    {
        auto w = test::openWindow(QString());
        // Redo is Ctrl+Y on some desktops and Ctrl+Shift+Z on others: no other
        // command may take either.
        QSet<QKeySequence> seen;
        for (const QKeySequence &k : QKeySequence::keyBindings(QKeySequence::Redo))
            seen.insert(k);
        seen.insert(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
        seen.insert(QKeySequence(Qt::CTRL | Qt::Key_Y));
        const app::WindowActions &actions = *w->actions();
        const std::pair<const char *, QAction *> commands[] = {
            {"new", actions.newDesign},     {"open", actions.open},       {"save", actions.save},
            {"saveAs", actions.saveAs},     {"exportDiagram", actions.exportDiagram},
            {"quit", actions.quit},         {"undo", actions.undo},       {"redo", actions.redo},
            {"cut", actions.cut},           {"copy", actions.copy},       {"paste", actions.paste},
            {"delete", actions.deleteSelection}, {"selectAll", actions.selectAll},
            {"addZone0", actions.addZone[0]}, {"arrange", actions.arrange}, {"zoomIn", actions.zoomIn},
            {"zoomOut", actions.zoomOut},   {"fit", actions.fit},         {"showInternal", actions.showInternal},
            {"legend", actions.legend},     {"findRole", actions.findRole}};
        for (const auto &[name, a] : commands) {
            QVERIFY2(a, name);
            QVERIFY2(!a->shortcut().isEmpty(), name);
            if (qstrcmp(name, "redo") == 0)
                continue;
            QVERIFY2(!seen.contains(a->shortcut()), qPrintable(QStringLiteral("%1 reuses %2").arg(QString::fromLatin1(name), a->shortcut().toString())));
            seen.insert(a->shortcut());
        }
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
