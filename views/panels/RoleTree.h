#pragma once

#include <QTreeWidget>

namespace pp::views {

/// The palette's tree of roles: a role's row drags onto the canvas as the
/// canvas's role MIME type (DesignView::roleMimeType), carrying its id; a
/// device's row (rule 10) as the device MIME type, carrying its kind.
class RoleTree : public QTreeWidget
{
public:
    /// Where a row keeps its role id (group rows have none).
    static constexpr int RoleIdRole = Qt::UserRole + 1;
    /// Where a device's row keeps its kind ("firewall"); role rows have none.
    static constexpr int DeviceRole = Qt::UserRole + 2;

    using QTreeWidget::QTreeWidget;

protected:
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QList<QTreeWidgetItem *> &items) const override;
};

} // namespace pp::views
