#include "views/RoleIcons.h"

#include <QFile>
#include <QHash>
#include <QPainter>
#include <QSvgRenderer>

namespace pp::views {

QString RoleIcons::resourcePath(const QString &roleId)
{
    return QStringLiteral(":/icons/roles/%1.svg").arg(roleId);
}

QIcon RoleIcons::icon(const QString &roleId)
{
    static QHash<QString, QIcon> cache;
    auto it = cache.constFind(roleId);
    if (it != cache.constEnd())
        return *it;
    const QString path = resourcePath(roleId);
    QIcon icon = QFile::exists(path) ? QIcon(path) : QIcon();
    cache.insert(roleId, icon);
    return icon;
}

QPixmap RoleIcons::pixmap(const QString &roleId, int size, qreal devicePixelRatio)
{
    static QHash<QString, QPixmap> cache;
    const int pixels = qRound(size * devicePixelRatio);
    const QString key = roleId + QLatin1Char('@') + QString::number(pixels);
    auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it;
    QPixmap pm(pixels, pixels);
    pm.fill(Qt::transparent);
    QSvgRenderer renderer(resourcePath(roleId));
    if (renderer.isValid()) {
        QPainter p(&pm);
        renderer.render(&p);
    }
    pm.setDevicePixelRatio(devicePixelRatio);
    cache.insert(key, pm);
    return pm;
}

} // namespace pp::views
