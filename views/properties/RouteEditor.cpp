#include "views/properties/RouteEditor.h"

#include "model/document/DesignDocument.h"
#include "views/properties/FormHelpers.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pp::views {

RouteEditor::RouteEditor(const DesignDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_routes(new QTreeWidget)
    , m_from(new QComboBox)
    , m_via(new QLineEdit)
    , m_to(new QComboBox)
    , m_add(new QPushButton(tr("&Add route")))
    , m_remove(new QPushButton(tr("Remove ro&ute")))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *box = new QGroupBox(tr("Pinned routes"));
    box->setToolTip(tr("Rule 10: the zones a flow passes between two zones, instead of the path with the fewest firewalls"));
    outer->addWidget(box);
    auto *layout = new QVBoxLayout(box);
    m_routes->setRootIsDecorated(false);
    m_routes->setHeaderLabels({tr("From"), tr("Passes"), tr("To")});
    // The dock is narrow: columns share its width, long names elide (the
    // tooltip has them whole).
    m_routes->header()->setSectionResizeMode(QHeaderView::Stretch);
    m_routes->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_routes->setAccessibleName(tr("Pinned routes"));
    m_routes->setAccessibleDescription(tr("Each route pins the zones passed from one zone to another, both ways "
                                          "unless another route names the way back"));
    m_routes->setMaximumHeight(140);
    layout->addWidget(m_routes);
    auto *fields = new QFormLayout;
    layout->addLayout(fields);
    form::row(fields, tr("Fro&m zone:"), m_from, tr("The zone the route starts in"));
    form::row(fields, tr("&Passes:"), m_via,
              tr("The zones passed in order, ids or names separated by commas; empty when one firewall joins both"));
    form::row(fields, tr("To &zone:"), m_to, tr("The zone the route ends in"));
    auto *buttons = new QHBoxLayout;
    m_add->setAccessibleName(tr("Add route"));
    m_add->setToolTip(tr("Pin a new route between two zones a firewall joins; then set its zones"));
    m_remove->setAccessibleName(tr("Remove route"));
    m_remove->setToolTip(tr("Unpin the chosen route: its flows take the path with the fewest firewalls again"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(m_routes, &QTreeWidget::currentItemChanged, this, &RouteEditor::showRoute);
    for (QComboBox *zones : {m_from, m_to})
        connect(zones, &QComboBox::activated, this, [this] { commit(true); });
    connect(m_via, &QLineEdit::editingFinished, this, [this] { commit(); });
    connect(m_add, &QPushButton::clicked, this, &RouteEditor::addRoute);
    connect(m_remove, &QPushButton::clicked, this, &RouteEditor::removeRoute);
}

QString RouteEditor::zoneText(const QString &id) const
{
    const Zone *z = m_document->zone(id);
    return z && !z->name.isEmpty() && z->name != id ? QStringLiteral("%1 (%2)").arg(z->name, id) : id;
}

QString RouteEditor::zoneName(const QString &id) const
{
    const Zone *z = m_document->zone(id);
    return z && !z->name.isEmpty() ? z->name : id;
}

QString RouteEditor::viaName(const QString &id) const
{
    const Zone *zone = m_document->zone(id);
    if (!zone || zone->name.trimmed().isEmpty() || zone->name.contains(QRegularExpression(QStringLiteral("[,;→]"))))
        return id;
    for (const Zone &other : m_document->design().zones)
        if (other.id != id
            && (other.name.compare(zone->name.trimmed(), Qt::CaseInsensitive) == 0
                || other.id.compare(zone->name.trimmed(), Qt::CaseInsensitive) == 0))
            return id;
    return zone->name.trimmed();
}

void RouteEditor::refresh()
{
    m_loading = true;
    const int row = currentRoute();
    const int countBefore = m_routes->topLevelItemCount();
    for (QComboBox *box : {m_from, m_to}) {
        box->clear();
        for (const Zone &z : m_document->design().zones)
            box->addItem(zoneText(z.id), z.id);
    }
    m_routes->clear();
    for (const Route &r : m_document->design().routes) {
        QStringList via;
        for (const QString &z : r.via)
            via << zoneText(z);
        auto *item = new QTreeWidgetItem(m_routes, {zoneText(r.from), via.join(QStringLiteral(" → ")), zoneText(r.to)});
        item->setToolTip(0, QStringList{item->text(0), item->text(1), item->text(2)}.join(QStringLiteral(" → ")));
        for (int column = 1; column < 3; ++column)
            item->setToolTip(column, item->toolTip(0));
    }
    const int count = m_routes->topLevelItemCount();
    const bool added = m_selectNew && count > countBefore;
    m_selectNew = false;
    selectRoute(added ? count - 1 : std::min(row < 0 ? 0 : row, count - 1));
    m_loading = false;
    showRoute();
}

int RouteEditor::currentRoute() const
{
    return m_routes->indexOfTopLevelItem(m_routes->currentItem());
}

void RouteEditor::selectRoute(int row)
{
    m_routes->setCurrentItem(row >= 0 ? m_routes->topLevelItem(row) : nullptr);
}

void RouteEditor::showRoute()
{
    if (m_loading)
        return;
    const auto &routes = m_document->design().routes;
    const int row = currentRoute();
    const bool any = row >= 0 && size_t(row) < routes.size();
    for (QWidget *w : {static_cast<QWidget *>(m_from), static_cast<QWidget *>(m_via), static_cast<QWidget *>(m_to),
                       static_cast<QWidget *>(m_remove)})
        w->setEnabled(any);
    m_loading = true;
    m_from->setCurrentIndex(any ? m_from->findData(routes[size_t(row)].from) : -1);
    m_to->setCurrentIndex(any ? m_to->findData(routes[size_t(row)].to) : -1);
    QStringList via;
    if (any)
        for (const QString &z : routes[size_t(row)].via)
            via << viaName(z);
    m_via->setText(via.join(QStringLiteral(", ")));
    for (QWidget *w : {static_cast<QWidget *>(m_from), static_cast<QWidget *>(m_via), static_cast<QWidget *>(m_to)})
        form::markInvalid(w, false);
    m_loading = false;
}

QStringList RouteEditor::readVia(QString *bad) const
{
    QStringList ids;
    // Zone names may hold spaces: only commas and semicolons separate.
    for (QString part : m_via->text().split(QRegularExpression(QStringLiteral("[,;→]")), Qt::SkipEmptyParts)) {
        part = part.trimmed();
        if (part.isEmpty())
            continue;
        if (m_document->zone(part)) {
            ids << part;
            continue;
        }
        const auto &zones = m_document->design().zones;
        const auto named = std::find_if(zones.begin(), zones.end(),
                                        [&](const Zone &z) { return z.name.trimmed().compare(part, Qt::CaseInsensitive) == 0; });
        if (named == zones.end()) {
            *bad = part;
            return {};
        }
        ids << named->id;
    }
    return ids;
}

bool RouteEditor::joined(const QString &a, const QString &b) const
{
    for (const Firewall &fw : m_document->design().firewalls) {
        const QStringList zones = fw.zones();
        if (zones.contains(a) && zones.contains(b))
            return true;
    }
    return false;
}

QString RouteEditor::problem(const Route &route, int row, QWidget **field) const
{
    *field = m_to;
    if (route.from == route.to)
        return tr("To zone: a route joins two different zones.");
    const auto &routes = m_document->design().routes;
    for (size_t k = 0; k < routes.size(); ++k)
        if (int(k) != row && routes[k].from == route.from && routes[k].to == route.to)
            return tr("To zone: there is a route from %1 to %2 already.").arg(zoneName(route.from), zoneName(route.to));
    const QStringList zones = route.zones();
    *field = m_via;
    for (const QString &z : zones)
        if (zones.count(z) > 1)
            return tr("Passes: the route passes %1 twice.").arg(zoneName(z));
    // Step k arrives at via[k], the last one at "to": that field is to blame.
    for (int k = 0; k + 1 < zones.size(); ++k)
        if (!joined(zones[k], zones[k + 1])) {
            *field = k < route.via.size() ? static_cast<QWidget *>(m_via) : static_cast<QWidget *>(m_to);
            return (k < route.via.size() ? tr("Passes: no firewall has interfaces in both %1 and %2.")
                                         : tr("To zone: no firewall has interfaces in both %1 and %2."))
                .arg(zoneName(zones[k]), zoneName(zones[k + 1]));
        }
    return {};
}

void RouteEditor::commit(bool fromList)
{
    const auto &routes = m_document->design().routes;
    const int row = currentRoute();
    if (m_loading || row < 0 || size_t(row) >= routes.size())
        return;
    Route route = routes[size_t(row)];
    QString bad;
    const QStringList via = readVia(&bad);
    if (!bad.isEmpty()) {
        form::markInvalid(m_via, true);
        return void(emit invalidInput(tr("Passes: \"%1\" is not a zone of this design.").arg(bad)));
    }
    route.from = m_from->currentData().toString();
    route.to = m_to->currentData().toString();
    route.via = via;
    QWidget *field = nullptr;
    if (const QString why = problem(route, row, &field); !why.isEmpty()) {
        if (fromList)
            showRoute(); // a list cannot hold the refused choice in red: it goes back
        else
            form::markInvalid(field, true);
        emit invalidInput(why);
        return;
    }
    for (QWidget *w : {static_cast<QWidget *>(m_from), static_cast<QWidget *>(m_via), static_cast<QWidget *>(m_to)})
        form::markInvalid(w, false);
    if (!(route == routes[size_t(row)]))
        emit routeEdited(routes[size_t(row)], route);
}

void RouteEditor::addRoute()
{
    // The first two zones a firewall joins that no route pins yet: a valid
    // start the user then turns into the route meant.
    const Design &d = m_document->design();
    QSet<QString> pinned;
    for (const Route &r : d.routes)
        pinned.insert(r.from + QLatin1Char('|') + r.to);
    for (const Firewall &fw : d.firewalls) {
        const QStringList zones = fw.zones();
        for (const QString &a : zones)
            for (const QString &b : zones)
                if (a != b && m_document->zone(a) && m_document->zone(b) && !pinned.contains(a + QLatin1Char('|') + b)) {
                    m_selectNew = true;
                    emit routeAdded(Route{a, b, {}, {}});
                    m_from->setFocus();
                    return;
                }
    }
    emit invalidInput(tr("Pin a route once a firewall joins two zones: link a firewall to its zones first."));
}

void RouteEditor::removeRoute()
{
    const auto &routes = m_document->design().routes;
    const int row = currentRoute();
    if (row >= 0 && size_t(row) < routes.size())
        emit routeRemoved(routes[size_t(row)].from, routes[size_t(row)].to);
}

} // namespace pp::views
