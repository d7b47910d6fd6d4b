#include "views/canvas/HostItem.h"

#include "model/catalog/Catalog.h"
#include "model/document/DesignDocument.h"
#include "render/diagram/DiagramStyle.h"
#include "views/RoleIcons.h"
#include "views/canvas/CanvasStyle.h"
#include "views/canvas/DesignScene.h"

#include <QLocale>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

namespace pp::views {

HostItem::HostItem(DesignScene *scene, const QString &id)
    : m_scene(scene)
    , m_id(id)
{
    setFlags(ItemIsMovable | ItemIsSelectable | ItemSendsGeometryChanges);
    setZValue(2);
}

QRectF HostItem::boundingRect() const
{
    return QRectF(-3, -3, style::hostWidth + 6, style::hostHeight + 6);
}

QPointF HostItem::center() const
{
    return pos() + QPointF(style::hostWidth / 2, style::hostHeight / 2);
}

QRectF HostItem::cardRect() const
{
    return QRectF(pos(), QSizeF(style::hostWidth, style::hostHeight));
}

void HostItem::hostChanged()
{
    m_accent = QColor(); // its roles may have changed
    update();
}

void HostItem::setHighlighted(bool on)
{
    if (m_highlighted == on)
        return;
    m_highlighted = on;
    update();
}

QVariant HostItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    // Positions coming from the document are taken as they are; only the
    // user's drags snap.
    if (change == ItemPositionChange && m_scene->gridSnap() && !m_scene->isSyncing())
        return m_scene->snapped(value.toPointF());
    if (change == ItemPositionHasChanged)
        m_scene->hostItemMoved(this);
    return QGraphicsItem::itemChange(change, value);
}

namespace {

/// The card's accent: the palette group of its first role (site systems
/// blue, clients green, external services amber), as the role icons are.
QColor accentOf(const Host &host, const Catalog &catalog)
{
    const Role *role = host.roles.isEmpty() ? nullptr : catalog.role(host.roles.constFirst());
    return diagram::accentColor(role ? role->group : QString());
}

/// "CM01" of "CM01.contoso.com": what fits large on a card seen from afar.
QString shortName(const QString &name)
{
    const int dot = name.indexOf(QLatin1Char('.'));
    return dot > 0 && !name.contains(QLatin1Char(' ')) ? name.left(dot) : name;
}

QFont cardFont(const QFont &base, qreal pixels, bool bold)
{
    QFont f = base;
    // Scene units, not points: the card reads the same on every screen DPI,
    // and zooming scales it with the rest of the drawing.
    f.setPixelSize(qRound(pixels));
    f.setBold(bold);
    return f;
}

// Where a card's text goes: right of the accent bar, short of the border.
constexpr qreal textLeft = 14;
constexpr qreal textWidth = style::hostWidth - textLeft - 8;
constexpr int iconSize = 22;

/// The card itself: shadow, white face with its border, accent bar.
void paintCard(QPainter *painter, const QColor &border, const QColor &accent, bool marked)
{
    const QRectF card(0, 0, style::hostWidth, style::hostHeight);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0, 0, 0, 28));
    painter->drawRoundedRect(card.translated(1.5, 2.5), 6, 6);
    painter->setPen(QPen(border, marked ? 3 : 1));
    painter->setBrush(Qt::white);
    painter->drawRoundedRect(card, 6, 6);
    painter->setPen(Qt::NoPen);
    painter->setBrush(accent);
    painter->drawRoundedRect(QRectF(0.5, 0.5, 5, style::hostHeight - 1), 2.5, 2.5);
}

/// Too far for details: the name alone, as large as it takes to stay about
/// ten pixels tall on screen, cut where it does not fit (the tooltip has it
/// whole). A DNS name shows its host label.
void paintShortName(QPainter *painter, const QString &name, qreal lod)
{
    const QString label = shortName(name);
    const QFont big = cardFont(painter->font(), std::clamp<qreal>(10.5 / lod, 18, 48), true);
    painter->setFont(big);
    painter->setPen(QColor(0x21, 0x25, 0x29));
    painter->drawText(QRectF(textLeft, 0, textWidth, style::hostHeight), Qt::AlignVCenter | Qt::AlignLeft,
                      QFontMetricsF(big).elidedText(label, Qt::ElideRight, textWidth));
}

/// The role icons in a row, "+n" for those that do not fit.
void paintRoles(QPainter *painter, const Host &host, qreal lod)
{
    qreal x = textLeft;
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    // Quantised so zooming does not fill the pixmap cache with every size.
    const qreal scale = lod * dpr <= 1.0 ? 1.0 : lod * dpr <= 2.0 ? 2.0 : 4.0;
    const int room = int((textWidth + 3) / (iconSize + 3));
    const int shown = host.roles.size() > room ? room - 1 : int(host.roles.size());
    for (int i = 0; i < shown; ++i) {
        painter->drawPixmap(QRectF(x, 7, iconSize, iconSize), RoleIcons::pixmap(host.roles[i], iconSize, scale), QRectF());
        x += iconSize + 3;
    }
    if (shown < host.roles.size()) {
        painter->setPen(QColor(0x55, 0x5d, 0x66));
        painter->setFont(cardFont(painter->font(), 13, true));
        painter->drawText(QRectF(x, 7, iconSize + 6, iconSize), Qt::AlignVCenter | Qt::AlignLeft,
                          QStringLiteral("+%1").arg(host.roles.size() - shown));
    }
    if (host.roles.isEmpty()) {
        painter->setPen(QColor(0x99, 0x99, 0x99));
        painter->setFont(cardFont(painter->font(), 12, false));
        painter->drawText(QRectF(textLeft, 7, textWidth, iconSize), Qt::AlignVCenter, QObject::tr("no roles"));
    }
}

/// The name, and below it the site, machine count and first address when
/// there is room: at `namePixels` the name takes the card's lower half.
void paintText(QPainter *painter, const Host &host, const QString &name, qreal namePixels)
{
    const QFont title = cardFont(painter->font(), namePixels, true);
    painter->setFont(title);
    painter->setPen(QColor(0x21, 0x25, 0x29));
    const bool detailFits = namePixels <= 14;
    // Cut at the end: the host's own label comes first in a DNS name.
    painter->drawText(QRectF(textLeft, 31, textWidth, detailFits ? 20 : style::hostHeight - 33), Qt::AlignVCenter | Qt::AlignLeft,
                      QFontMetricsF(title).elidedText(detailFits ? name : shortName(name), Qt::ElideRight, textWidth));
    if (!detailFits)
        return;
    const QFont small = cardFont(painter->font(), 12, false);
    painter->setFont(small);
    painter->setPen(QColor(0x5f, 0x67, 0x70));
    QStringList detail;
    if (!host.site.isEmpty())
        detail << host.site;
    if (host.machineCount() > 1)
        detail << QStringLiteral("×") + QLocale().toString(host.machineCount());
    if (!host.addresses.isEmpty())
        detail << host.addresses.constFirst() + (host.addresses.size() > 1 ? QStringLiteral(" …") : QString());
    painter->drawText(QRectF(textLeft, 51, textWidth, 16), Qt::AlignVCenter | Qt::AlignLeft,
                      QFontMetricsF(small).elidedText(detail.join(QStringLiteral("  ·  ")), Qt::ElideRight, textWidth));
}

} // namespace

void HostItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    // The accent is kept: zoomed out to the XL design's ten thousand cards,
    // looking each host up to colour a few pixels was a fifth of a repaint.
    const Host *host = nullptr;
    if (!m_accent.isValid()) {
        host = m_scene->document()->host(m_id);
        if (!host)
            return;
        m_accent = accentOf(*host, m_scene->catalog());
        m_farFill = m_accent.lighter(170);
    }
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const bool marked = isSelected() || m_highlighted;
    const QColor border = isSelected() ? style::selectionColor() : m_highlighted ? style::highlightColor()
                                                                                : QColor(0xa8, 0xb0, 0xb8);
    if (lod < 0.12) {
        // Far away: a plain block in the card's colour is all the eye can tell apart.
        painter->setPen(marked ? QPen(border, 3 / lod) : Qt::NoPen);
        painter->setBrush(marked ? m_accent.lighter(130) : m_farFill);
        painter->drawRect(QRectF(0, 0, style::hostWidth, style::hostHeight));
        return;
    }
    if (!host)
        host = m_scene->document()->host(m_id);
    if (!host)
        return;
    paintCard(painter, border, m_accent, marked);
    const QString name = host->name.isEmpty() ? host->id : host->name;
    if (lod < 0.5) {
        paintShortName(painter, name, lod);
        return;
    }
    paintRoles(painter, *host, lod);
    // Fourteen pixels at 100 %, growing as the view zooms out so the name
    // stays readable until the card has room for it alone.
    paintText(painter, *host, name, std::clamp<qreal>(10 / lod, 14, 20));
}

} // namespace pp::views
