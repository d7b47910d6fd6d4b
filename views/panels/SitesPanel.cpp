#include "views/panels/SitesPanel.h"

#include "model/document/DesignDocument.h"

#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>

namespace pp::views {

SitesPanel::SitesPanel(const DesignDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_tree(new QTreeWidget(this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_tree->setColumnCount(3);
    m_tree->setIndentation(14);
    // Not ResizeToContents: that measures every row again whenever a host
    // count changes, and the XL design has a thousand sites.
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    // One line of text per row: the view need not ask each row its height
    // when a count changes (a thousand rows at XL).
    m_tree->setUniformRowHeights(true);
    layout->addWidget(m_tree);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, [this] {
        m_remove->setEnabled(!selectedSite().isEmpty());
        if (!selectedSite().isEmpty())
            emit siteSelected(selectedSite());
    });
    connect(m_add, &QPushButton::clicked, this, [this] { emit addSiteRequested(selectedSite()); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (!selectedSite().isEmpty())
            emit removeSiteRequested(selectedSite());
    });
    connect(document, &DesignDocument::changed, this, &SitesPanel::scheduleRebuild);
    retranslate();
    rebuild();
}

void SitesPanel::scheduleRebuild()
{
    // A command can notify several times (an undone zone deletion: the zone,
    // then its hosts); the tree follows once, when the event loop is back,
    // and not at all while the panel is out of sight (it is tabbed behind
    // the palette by default): showEvent catches up.
    if (m_stale)
        return;
    m_stale = true;
    if (isVisible())
        QTimer::singleShot(0, this, [this] {
            if (m_stale && isVisible())
                rebuild();
        });
}

void SitesPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        rebuild();
}

void SitesPanel::retranslate()
{
    m_tree->setHeaderLabels({tr("Site"), tr("Type"), tr("Hosts")});
    m_add->setText(tr("&Add site…"));
    m_remove->setText(tr("&Remove site"));
    m_tree->setAccessibleName(tr("Site hierarchy"));
    m_tree->setAccessibleDescription(tr("Sites under their parents: central administration site, primaries, secondaries"));
    m_add->setAccessibleDescription(tr("Adds a site below the selected one"));
    m_remove->setAccessibleDescription(tr("Removes the selected site; hosts keep their place but lose the site"));
    m_shape.clear();
    rebuild();
}

QString SitesPanel::selectedSite() const
{
    const auto items = m_tree->selectedItems();
    if (items.isEmpty())
        return {};
    // Not one the tree has yet to drop (it follows the document a moment later).
    const QString code = items.first()->data(0, Qt::UserRole).toString();
    return m_document->site(code) ? code : QString();
}

QString SitesPanel::typeText(int type) const
{
    switch (SiteType(type)) {
    case SiteType::Cas: return tr("CAS");
    case SiteType::Primary: return tr("primary");
    case SiteType::Secondary: return tr("secondary");
    }
    return {};
}

void SitesPanel::rebuild()
{
    m_stale = false;
    const Design &d = m_document->design();
    QString shape;
    for (const Site &s : d.sites)
        shape += s.code + QLatin1Char('|') + QString::number(int(s.type)) + QLatin1Char('|') + s.parent
            + QLatin1Char('|') + s.name + QLatin1Char('\n');
    if (shape == m_shape) {
        updateCounts();
        return;
    }
    m_shape = shape;
    const QString selected = selectedSite();
    QSignalBlocker block(m_tree);
    m_tree->clear();
    m_items.clear();
    // Parents before children: repeat until every site is placed (the file
    // format guarantees there is no cycle).
    std::vector<const Site *> pending;
    for (const Site &s : d.sites)
        pending.push_back(&s);
    for (size_t guard = 0; !pending.empty() && guard <= d.sites.size(); ++guard) {
        std::vector<const Site *> later;
        for (const Site *s : pending) {
            QTreeWidgetItem *parent = m_items.value(s->parent);
            if (!s->parent.isEmpty() && !parent && m_document->site(s->parent)) {
                later.push_back(s);
                continue;
            }
            const QStringList columns = {s->name.isEmpty() ? s->code : QStringLiteral("%1  %2").arg(s->code, s->name),
                                         typeText(int(s->type)), QString()};
            auto *item = parent ? new QTreeWidgetItem(parent, columns) : new QTreeWidgetItem(m_tree, columns);
            item->setData(0, Qt::UserRole, s->code);
            item->setToolTip(0, columns.first()); // the panel is narrow; the name may be cut
            m_items.insert(s->code, item);
        }
        pending.swap(later);
    }
    m_tree->expandAll();
    updateCounts();
    m_tree->resizeColumnToContents(1);
    m_tree->resizeColumnToContents(2);
    if (QTreeWidgetItem *item = m_items.value(selected))
        item->setSelected(true);
    m_remove->setEnabled(!selectedSite().isEmpty());
}

void SitesPanel::updateCounts()
{
    QHash<QString, int> hostCount;
    for (const Host &h : m_document->design().hosts)
        ++hostCount[h.site];
    for (auto it = m_items.constBegin(); it != m_items.constEnd(); ++it) {
        const QString count = QString::number(hostCount.value(it.key()));
        if (it.value()->text(2) != count)
            it.value()->setText(2, count);
    }
}

} // namespace pp::views
