#include "views/panels/RoleTree.h"

#include "views/canvas/DesignView.h"

#include <QMimeData>

namespace pp::views {

QStringList RoleTree::mimeTypes() const
{
    return {DesignView::roleMimeType(), DesignView::deviceMimeType()};
}

QMimeData *RoleTree::mimeData(const QList<QTreeWidgetItem *> &items) const
{
    if (items.isEmpty())
        return nullptr;
    if (const QString device = items.first()->data(0, DeviceRole).toString(); !device.isEmpty()) {
        auto *mime = new QMimeData;
        mime->setData(DesignView::deviceMimeType(), device.toUtf8());
        mime->setText(device);
        return mime;
    }
    if (items.first()->data(0, RoleIdRole).toString().isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(DesignView::roleMimeType(), items.first()->data(0, RoleIdRole).toString().toUtf8());
    mime->setText(items.first()->data(0, RoleIdRole).toString());
    return mime;
}

} // namespace pp::views
