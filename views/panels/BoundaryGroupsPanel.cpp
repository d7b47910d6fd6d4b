#include "views/panels/BoundaryGroupsPanel.h"

#include "model/catalog/Catalog.h"
#include "model/document/DesignDocument.h"
#include "views/RoleIcons.h"
#include "views/panels/FallbackTable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace pp::views {

namespace {

bool isSystem(const Host &h)
{
    for (const QString &role : FallbackTable::governedRoles())
        if (h.hasRole(role))
            return true;
    return false;
}

} // namespace

BoundaryGroupsPanel::BoundaryGroupsPanel(const DesignDocument *document, const Catalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_catalog(catalog)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_name(new QLineEdit(this))
    , m_site(new QComboBox(this))
    , m_zones(new QListWidget(this))
    , m_subnets(new QLineEdit(this))
    , m_systems(new QListWidget(this))
    , m_pick(new QComboBox(this))
    , m_addPicked(new QPushButton(this))
    , m_addSelected(new QPushButton(this))
    , m_removeSystem(new QPushButton(this))
    , m_fallback(new FallbackTable(this))
    , m_addFallback(new QPushButton(this))
    , m_removeFallback(new QPushButton(this))
    , m_toDefault(new QCheckBox(this))
    , m_editor(new QWidget(this))
{
    createLayout();
    connect(m_list, &QListWidget::currentRowChanged, this, &BoundaryGroupsPanel::showGroup);
    connect(m_add, &QPushButton::clicked, this, &BoundaryGroupsPanel::addGroup);
    connect(m_remove, &QPushButton::clicked, this, &BoundaryGroupsPanel::removeGroup);
    connect(m_name, &QLineEdit::editingFinished, this, &BoundaryGroupsPanel::rename);
    connect(m_site, &QComboBox::activated, this, &BoundaryGroupsPanel::assignSite);
    connect(m_subnets, &QLineEdit::editingFinished, this, &BoundaryGroupsPanel::editSubnets);
    connect(m_zones, &QListWidget::itemChanged, this, &BoundaryGroupsPanel::editZones);
    connect(m_addPicked, &QPushButton::clicked, this, [this] {
        if (!m_pick->currentData().toString().isEmpty())
            addSystems({m_pick->currentData().toString()});
    });
    connect(m_addSelected, &QPushButton::clicked, this, [this] { addSystems(m_canvasSelection); });
    connect(m_removeSystem, &QPushButton::clicked, this, &BoundaryGroupsPanel::removeSystem);
    connect(m_addFallback, &QPushButton::clicked, this, &BoundaryGroupsPanel::addFallback);
    connect(m_removeFallback, &QPushButton::clicked, this, &BoundaryGroupsPanel::removeFallback);
    connect(m_fallback, &FallbackTable::edited, this, &BoundaryGroupsPanel::commit);
    connect(m_toDefault, &QCheckBox::toggled, this, &BoundaryGroupsPanel::setFallbackToDefault);
    connect(document, &DesignDocument::changed, this, &BoundaryGroupsPanel::refresh);
    retranslate();
    rebuildList();
}

void BoundaryGroupsPanel::createLayout()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_list->setMaximumHeight(110);
    layout->addWidget(m_list);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    layout->addLayout(buttons);

    auto *editor = new QVBoxLayout(m_editor);
    editor->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Assigned site:"), m_site);
    form->addRow(tr("Subnets:"), m_subnets);
    editor->addLayout(form);
    editor->addWidget(new QLabel(tr("Zones inside its boundaries:")));
    m_zones->setMaximumHeight(100);
    editor->addWidget(m_zones);
    editor->addWidget(new QLabel(tr("Site systems (DP, MP, SUP, SMP):")));
    m_systems->setMaximumHeight(90);
    editor->addWidget(m_systems);
    auto *pickRow = new QHBoxLayout;
    pickRow->addWidget(m_pick, 1);
    pickRow->addWidget(m_addPicked);
    editor->addLayout(pickRow);
    auto *systemButtons = new QHBoxLayout;
    systemButtons->addWidget(m_addSelected);
    systemButtons->addWidget(m_removeSystem);
    editor->addLayout(systemButtons);
    editor->addWidget(new QLabel(tr("Fallback to neighbour groups:")));
    editor->addWidget(m_fallback);
    auto *fallbackButtons = new QHBoxLayout;
    fallbackButtons->addWidget(m_addFallback);
    fallbackButtons->addWidget(m_removeFallback);
    editor->addLayout(fallbackButtons);
    editor->addWidget(m_toDefault);
    layout->addWidget(m_editor);
    layout->addStretch();
}

void BoundaryGroupsPanel::addGroup()
{
    BoundaryGroup g;
    g.id = m_document->uniqueId(QStringLiteral("bg"));
    for (int n = 1; m_document->design().boundaryGroup(g.id); ++n)
        g.id = QStringLiteral("bg-%1").arg(n);
    g.name = tr("New boundary group");
    std::vector<BoundaryGroup> groups = m_document->design().boundaryGroups;
    groups.push_back(g);
    emit groupsEdited(groups, tr("Add boundary group"));
    selectGroup(g.id);
}

void BoundaryGroupsPanel::removeGroup()
{
    const QString id = selectedGroup();
    if (id.isEmpty())
        return;
    std::vector<BoundaryGroup> groups;
    for (BoundaryGroup g : m_document->design().boundaryGroups) {
        if (g.id == id)
            continue;
        // Relations to the removed group go with it.
        g.fallback.erase(std::remove_if(g.fallback.begin(), g.fallback.end(), [&](const BoundaryFallback &f) { return f.to == id; }),
                         g.fallback.end());
        groups.push_back(g);
    }
    emit groupsEdited(groups, tr("Delete boundary group"));
}

void BoundaryGroupsPanel::rename()
{
    if (const BoundaryGroup *g = current(); g && m_name->text().trimmed() != g->name) {
        BoundaryGroup after = *g;
        after.name = m_name->text().trimmed();
        commit(after, tr("Rename boundary group"));
    }
}

void BoundaryGroupsPanel::assignSite()
{
    if (const BoundaryGroup *g = current()) {
        BoundaryGroup after = *g;
        after.site = m_site->currentData().toString();
        commit(after, tr("Assign boundary group to a site"));
    }
}

void BoundaryGroupsPanel::editSubnets()
{
    const BoundaryGroup *g = current();
    if (!g)
        return;
    QStringList subnets;
    for (const QString &s : m_subnets->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts)) {
        if (!s.contains(QLatin1Char('/')) || QHostAddress::parseSubnet(s).first.isNull()) {
            emit message(tr("\"%1\" is not a subnet in CIDR form (e.g. 10.1.0.0/24).").arg(s));
            return;
        }
        subnets << s;
    }
    if (subnets != g->subnets) {
        BoundaryGroup after = *g;
        after.subnets = subnets;
        commit(after, tr("Edit boundary group subnets"));
    }
}

void BoundaryGroupsPanel::editZones()
{
    const BoundaryGroup *g = current();
    if (!g || m_loading)
        return;
    BoundaryGroup after = *g;
    after.zones.clear();
    for (int i = 0; i < m_zones->count(); ++i)
        if (m_zones->item(i)->checkState() == Qt::Checked)
            after.zones << m_zones->item(i)->data(Qt::UserRole).toString();
    commit(after, tr("Edit boundary group zones"));
}

void BoundaryGroupsPanel::addSystems(const QStringList &ids)
{
    const BoundaryGroup *g = current();
    if (!g)
        return;
    BoundaryGroup after = *g;
    QStringList refused;
    for (const QString &id : ids) {
        const Host *h = m_document->host(id);
        if (!h || !isSystem(*h)) {
            refused << id;
            continue;
        }
        if (!after.systems.contains(id))
            after.systems << id;
    }
    if (!refused.isEmpty())
        emit message(tr("Not a distribution, management, software update or state migration point: %1")
                         .arg(refused.join(QStringLiteral(", "))));
    commit(after, tr("Add site systems to boundary group"));
}

void BoundaryGroupsPanel::removeSystem()
{
    const BoundaryGroup *g = current();
    if (!g || !m_systems->currentItem())
        return;
    BoundaryGroup after = *g;
    after.systems.removeAll(m_systems->currentItem()->data(Qt::UserRole).toString());
    commit(after, tr("Remove site system from boundary group"));
}

void BoundaryGroupsPanel::addFallback()
{
    const BoundaryGroup *g = current();
    if (!g)
        return;
    QString neighbour;
    for (const BoundaryGroup &other : m_document->design().boundaryGroups)
        if (other.id != g->id) {
            neighbour = other.id;
            break;
        }
    if (neighbour.isEmpty()) {
        emit message(tr("Add a second boundary group to fall back to."));
        return;
    }
    BoundaryGroup after = *g;
    BoundaryFallback f;
    f.to = neighbour;
    f.minutes = 120;
    after.fallback.push_back(f);
    commit(after, tr("Add fallback relation"));
}

void BoundaryGroupsPanel::removeFallback()
{
    const BoundaryGroup *g = current();
    const int row = m_fallback->currentRow();
    if (!g || row < 0 || size_t(row) >= g->fallback.size())
        return;
    BoundaryGroup after = *g;
    after.fallback.erase(after.fallback.begin() + row);
    commit(after, tr("Remove fallback relation"));
}

void BoundaryGroupsPanel::setFallbackToDefault(bool on)
{
    const BoundaryGroup *g = current();
    if (!g || m_loading || on == g->usesDefaultGroup())
        return;
    BoundaryGroup after = *g;
    after.fallbackToDefault = on;
    commit(after, on ? tr("Allow fallback to the site default group") : tr("Forbid fallback to the site default group"));
}

void BoundaryGroupsPanel::retranslate()
{
    m_add->setText(tr("&New group"));
    m_remove->setText(tr("Delete group"));
    m_addPicked->setText(tr("Add"));
    m_addSelected->setText(tr("Add selected hosts"));
    m_removeSystem->setText(tr("Remove system"));
    m_addFallback->setText(tr("Add fallback"));
    m_removeFallback->setText(tr("Remove fallback"));
    m_toDefault->setText(tr("Fall back to the site default group (all the site's systems)"));
    m_fallback->retranslate();
    const struct
    {
        QWidget *w;
        QString name;
        QString description;
    } a11y[] = {
        {m_list, tr("Boundary groups"), tr("The design's boundary groups; select one to edit it and to tint its zones")},
        {m_add, tr("New boundary group"), QString()},
        {m_remove, tr("Delete boundary group"), tr("Also removes the other groups' fallback relations to it")},
        {m_name, tr("Group name"), QString()},
        {m_site, tr("Assigned site"), tr("The site clients in this group are assigned to")},
        {m_subnets, tr("Subnet boundaries"), tr("CIDR subnets, separated by commas")},
        {m_zones, tr("Zone boundaries"), tr("Check the zones inside this group's boundaries")},
        {m_systems, tr("Site systems"), tr("The distribution, management, software update and state migration points of the group")},
        {m_pick, tr("Site system to add"), tr("Choose a site system, then Add")},
        {m_addPicked, tr("Add the chosen site system"), QString()},
        {m_addSelected, tr("Add the hosts selected on the canvas"), QString()},
        {m_removeSystem, tr("Remove the selected site system"), QString()},
        {m_fallback, tr("Fallback relations"), tr("Neighbour groups clients may use, per role, after some minutes or never")},
        {m_addFallback, tr("Add a fallback relation"), QString()},
        {m_removeFallback, tr("Remove the selected fallback relation"), QString()},
        {m_toDefault, tr("Fall back to the site default group"), tr("When checked, clients finally use all systems of their site")},
    };
    for (const auto &a : a11y) {
        a.w->setAccessibleName(a.name);
        a.w->setAccessibleDescription(a.description);
    }
}

QString BoundaryGroupsPanel::selectedGroup() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
}

void BoundaryGroupsPanel::selectGroup(const QString &id)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toString() == id)
            m_list->setCurrentRow(i);
}

void BoundaryGroupsPanel::setCanvasSelection(const QStringList &hostIds)
{
    m_canvasSelection = hostIds;
    m_addSelected->setEnabled(current() && !hostIds.isEmpty());
}

const BoundaryGroup *BoundaryGroupsPanel::current() const
{
    return m_document->design().boundaryGroup(selectedGroup());
}

void BoundaryGroupsPanel::commit(const BoundaryGroup &after, const QString &text)
{
    std::vector<BoundaryGroup> groups = m_document->design().boundaryGroups;
    for (BoundaryGroup &g : groups)
        if (g.id == after.id)
            g = after;
    if (groups != m_document->design().boundaryGroups)
        emit groupsEdited(groups, text);
}

void BoundaryGroupsPanel::refresh()
{
    if (!m_onScreen) {
        m_stale = true;
        return;
    }
    rebuildList();
}

void BoundaryGroupsPanel::setOnScreen(bool onScreen)
{
    m_onScreen = onScreen;
    if (m_onScreen && m_stale) {
        m_stale = false;
        rebuildList();
    }
}

void BoundaryGroupsPanel::rebuildList()
{
    const QString selected = selectedGroup();
    m_loading = true;
    m_list->clear();
    for (const BoundaryGroup &g : m_document->design().boundaryGroups) {
        auto *item = new QListWidgetItem(g.name.isEmpty() ? g.id : QStringLiteral("%1  (%2)").arg(g.name, g.id), m_list);
        item->setData(Qt::UserRole, g.id);
    }
    m_loading = false;
    selectGroup(selected);
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    showGroup();
}

void BoundaryGroupsPanel::showGroup()
{
    if (m_loading)
        return;
    const BoundaryGroup *g = current();
    m_editor->setEnabled(g);
    m_remove->setEnabled(g);
    m_loading = true;
    const Design &d = m_document->design();
    m_name->setText(g ? g->name : QString());
    m_site->clear();
    m_site->addItem(tr("(none)"), QString());
    for (const Site &s : d.sites)
        m_site->addItem(s.code, s.code);
    m_site->setCurrentIndex(g ? std::max(0, m_site->findData(g->site)) : 0);
    m_subnets->setText(g ? g->subnets.join(QStringLiteral(", ")) : QString());
    showZones(g);
    showSystems(g);
    m_fallback->showGroup(d.boundaryGroups, g);
    m_toDefault->setChecked(g ? g->usesDefaultGroup() : true);
    m_addSelected->setEnabled(g && !m_canvasSelection.isEmpty());
    m_loading = false;
    emit groupShown(g ? g->id : QString());
}

void BoundaryGroupsPanel::showZones(const BoundaryGroup *g)
{
    m_zones->clear();
    for (const Zone &z : m_document->design().zones) {
        auto *item = new QListWidgetItem(z.name.isEmpty() ? z.id : z.name, m_zones);
        item->setData(Qt::UserRole, z.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(g && g->zones.contains(z.id) ? Qt::Checked : Qt::Unchecked);
    }
}

void BoundaryGroupsPanel::showSystems(const BoundaryGroup *g)
{
    m_systems->clear();
    m_pick->clear();
    for (const Host &h : m_document->design().hosts) {
        if (!isSystem(h))
            continue;
        const QString label = h.name.isEmpty() ? h.id : QStringLiteral("%1 (%2)").arg(h.name, h.id);
        if (g && g->systems.contains(h.id)) {
            auto *item = new QListWidgetItem(label, m_systems);
            item->setData(Qt::UserRole, h.id);
            if (!h.roles.isEmpty())
                item->setIcon(RoleIcons::icon(h.roles.front()));
        } else {
            m_pick->addItem(label, h.id);
        }
    }
}

} // namespace pp::views
