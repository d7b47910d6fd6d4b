#include "views/panels/PalettePanel.h"

#include "model/catalog/Catalog.h"
#include "views/RoleIcons.h"
#include "views/panels/RoleTree.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <iterator>

namespace pp::views {

namespace {

constexpr int RoleIdRole = RoleTree::RoleIdRole;
constexpr int DeviceRole = RoleTree::DeviceRole;
const QString firewallKind = QStringLiteral("firewall");

} // namespace

PalettePanel::PalettePanel(const Catalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(&catalog)
    , m_search(new QLineEdit(this))
    , m_tree(new RoleTree(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);
    m_tree->setHeaderHidden(true);
    m_tree->setDragEnabled(true);
    m_tree->setDragDropMode(QAbstractItemView::DragOnly);
    m_tree->setIconSize(QSize(22, 22));
    m_tree->setIndentation(12);
    m_tree->setRootIsDecorated(true);
    layout->addWidget(m_tree);
    connect(m_search, &QLineEdit::textChanged, this, &PalettePanel::setFilter);
    // Enter in the search box takes the first role that matches.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        for (int g = 0; g < m_tree->topLevelItemCount(); ++g)
            for (int i = 0; i < m_tree->topLevelItem(g)->childCount(); ++i)
                if (QTreeWidgetItem *item = m_tree->topLevelItem(g)->child(i); !item->isHidden()) {
                    m_tree->setCurrentItem(item);
                    m_tree->setFocus();
                    return;
                }
    });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString id = item->data(0, RoleIdRole).toString();
        if (!id.isEmpty())
            emit roleActivated(id);
        else if (item->data(0, DeviceRole).toString() == firewallKind)
            emit firewallActivated();
    });
    retranslate();
    populate();
}

void PalettePanel::retranslate()
{
    m_search->setPlaceholderText(tr("Search roles (English or 中文)"));
    m_search->setAccessibleName(tr("Search roles"));
    m_search->setAccessibleDescription(tr("Filters the role palette by English or Traditional Chinese name"));
    m_tree->setAccessibleName(tr("Role palette"));
    m_tree->setAccessibleDescription(tr("ConfigMgr roles, external services and the firewall device. Drag a role onto a "
                                        "zone to create a host, onto a host to add the role; or press Enter to add it to "
                                        "the selection. Drag the firewall where it goes, or press Enter to add one."));
    populate();
}

void PalettePanel::setChineseNames(bool chinese)
{
    m_chinese = chinese;
    populate();
}

void PalettePanel::populate()
{
    m_tree->clear();
    const struct
    {
        const char *group;
        QString title;
    } groups[] = {{"site_system", tr("Site systems")}, {"client", tr("Clients")}, {"external", tr("External services")}};
    for (const auto &g : groups) {
        auto *top = new QTreeWidgetItem(m_tree, {g.title});
        top->setFlags(Qt::ItemIsEnabled);
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        for (const Role &role : m_catalog->roles()) {
            if (role.group != QLatin1String(g.group))
                continue;
            auto *item = new QTreeWidgetItem(top, {m_chinese ? role.nameZh : role.name});
            item->setIcon(0, RoleIcons::icon(role.id));
            item->setData(0, RoleIdRole, role.id);
            item->setToolTip(0, QStringLiteral("%1\n%2\n%3").arg(role.name, role.nameZh, role.id));
            item->setData(0, Qt::AccessibleDescriptionRole, role.name + QStringLiteral(" / ") + role.nameZh);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
        }
    }
    addDevices();
    m_tree->expandAll();
    setFilter(m_search->text());
}

void PalettePanel::addDevices()
{
    // Rule 10: the devices between zones, after the roles (a role is what
    // the palette is mostly for).
    auto *top = new QTreeWidgetItem(m_tree, {tr("Network devices")});
    top->setFlags(Qt::ItemIsEnabled);
    QFont bold = top->font(0);
    bold.setBold(true);
    top->setFont(0, bold);
    auto *item = new QTreeWidgetItem(top, {tr("Firewall")});
    item->setIcon(0, QIcon(QStringLiteral(":/icons/actions/firewall.svg")));
    item->setData(0, DeviceRole, firewallKind);
    item->setToolTip(0, tr("A firewall device between zones. Drag it onto the canvas, or press Enter to add one; then "
                           "drag from its link handle (or Shift+drag it) to each zone it joins."));
    item->setData(0, Qt::AccessibleTextRole, tr("Firewall"));
    item->setData(0, Qt::AccessibleDescriptionRole, tr("Firewall device: drag onto the canvas, or press Enter to add one"));
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
}

bool PalettePanel::matches(const QTreeWidgetItem *item, const QString &needle) const
{
    if (needle.isEmpty())
        return true;
    if (item->data(0, DeviceRole).toString() == firewallKind) {
        // Findable by either language's word, whatever the window's language.
        const QString words[] = {tr("Firewall"), firewallKind, QStringLiteral("防火牆")};
        return std::any_of(std::begin(words), std::end(words),
                           [&](const QString &w) { return w.contains(needle, Qt::CaseInsensitive); });
    }
    const Role *role = m_catalog->role(item->data(0, RoleIdRole).toString());
    return role
        && (role->name.contains(needle, Qt::CaseInsensitive) || role->nameZh.contains(needle, Qt::CaseInsensitive)
            || role->id.contains(needle, Qt::CaseInsensitive));
}

void PalettePanel::setCatalog(const Catalog &catalog)
{
    if (m_catalog == &catalog)
        return;
    m_catalog = &catalog;
    populate();
}

void PalettePanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void PalettePanel::setFilter(const QString &text)
{
    const QString needle = text.trimmed();
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        int visible = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const bool match = matches(item, needle);
            item->setHidden(!match);
            visible += match;
        }
        group->setHidden(visible == 0);
    }
}

} // namespace pp::views
