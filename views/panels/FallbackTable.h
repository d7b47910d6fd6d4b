#pragma once

#include <QTableWidget>

#include "model/design/Design.h"

#include <optional>
#include <vector>

namespace pp::views {

/// A boundary group's fallback relations (rule 9), one row each: the
/// neighbour group, the roles that fall back (DP, MP, SUP, SMP), after how
/// many minutes or never. Every change leaves as the group with its new
/// relations; the table changes nothing itself.
class FallbackTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit FallbackTable(QWidget *parent = nullptr);

    /// The roles boundary groups govern, in column order.
    static const QStringList &governedRoles();

    /// Shows `group`'s relations (none when null), offering the other
    /// `groups` as neighbours.
    void showGroup(const std::vector<BoundaryGroup> &groups, const BoundaryGroup *group);
    void retranslate();

signals:
    void edited(const pp::BoundaryGroup &after, const QString &text);

private:
    void addRow(int row, const BoundaryFallback &fallback, const std::vector<BoundaryGroup> &groups);
    void editNeighbour(int row, const QString &to);
    void editRoles(int row);
    void editMinutes(int row, int minutes);
    void setNever(int row, bool never);

    std::optional<BoundaryGroup> m_group;
    bool m_loading = false;
};

} // namespace pp::views
