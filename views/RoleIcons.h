#pragma once

#include <QIcon>
#include <QPixmap>
#include <QString>

namespace pp::views {

/// The SVG icon of each role (resources/icons/roles/<id>.svg), with pixmaps
/// cached per size so that painting ten thousand host cards renders no SVG.
class RoleIcons
{
public:
    static QIcon icon(const QString &roleId);
    static QPixmap pixmap(const QString &roleId, int size, qreal devicePixelRatio = 1.0);
    static QString resourcePath(const QString &roleId);
};

} // namespace pp::views
