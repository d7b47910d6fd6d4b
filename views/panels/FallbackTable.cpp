#include "views/panels/FallbackTable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QSpinBox>

namespace pp::views {

namespace {

enum Column { Neighbour, DP, MP, SUP, SMP, Minutes, Never, ColumnCount };

} // namespace

FallbackTable::FallbackTable(QWidget *parent) : QTableWidget(parent)
{
    setColumnCount(ColumnCount);
    verticalHeader()->setVisible(false);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    setMinimumHeight(90);
    setTabKeyNavigation(false); // one Tab stop; arrows move between cells
}

const QStringList &FallbackTable::governedRoles()
{
    static const QStringList roles{QStringLiteral("distribution_point"), QStringLiteral("management_point"),
                                   QStringLiteral("software_update_point"), QStringLiteral("state_migration_point")};
    return roles;
}

void FallbackTable::retranslate()
{
    setHorizontalHeaderLabels({tr("Neighbour"), tr("DP"), tr("MP"), tr("SUP"), tr("SMP"), tr("After (min)"), tr("Never")});
}

void FallbackTable::showGroup(const std::vector<BoundaryGroup> &groups, const BoundaryGroup *group)
{
    m_loading = true;
    m_group = group ? std::optional<BoundaryGroup>(*group) : std::nullopt;
    setRowCount(0);
    if (group) {
        setRowCount(int(group->fallback.size()));
        for (int row = 0; row < int(group->fallback.size()); ++row)
            addRow(row, group->fallback[size_t(row)], groups);
    }
    m_loading = false;
}

void FallbackTable::addRow(int row, const BoundaryFallback &f, const std::vector<BoundaryGroup> &groups)
{
    auto *to = new QComboBox;
    for (const BoundaryGroup &other : groups)
        if (other.id != m_group->id)
            to->addItem(other.name.isEmpty() ? other.id : other.name, other.id);
    to->setCurrentIndex(std::max(0, to->findData(f.to)));
    setCellWidget(row, Neighbour, to);
    connect(to, &QComboBox::activated, this, [this, row, to] { editNeighbour(row, to->currentData().toString()); });
    for (int c = DP; c <= SMP; ++c) {
        const QString &role = governedRoles()[c - DP];
        auto *box = new QCheckBox;
        box->setChecked(f.roles.isEmpty() || f.roles.contains(role));
        box->setAccessibleName(role);
        setCellWidget(row, c, box);
        connect(box, &QCheckBox::toggled, this, [this, row] { editRoles(row); });
    }
    auto *minutes = new QSpinBox;
    minutes->setRange(0, 525600);
    minutes->setValue(f.minutes.value_or(120));
    minutes->setEnabled(!f.never);
    setCellWidget(row, Minutes, minutes);
    connect(minutes, &QSpinBox::editingFinished, this, [this, row, minutes] { editMinutes(row, minutes->value()); });
    auto *never = new QCheckBox;
    never->setChecked(f.never);
    setCellWidget(row, Never, never);
    connect(never, &QCheckBox::toggled, this, [this, row](bool on) { setNever(row, on); });
}

void FallbackTable::editNeighbour(int row, const QString &to)
{
    if (!m_group)
        return;
    BoundaryGroup after = *m_group;
    after.fallback[size_t(row)].to = to;
    emit edited(after, tr("Edit fallback neighbour"));
}

void FallbackTable::editRoles(int row)
{
    if (!m_group || m_loading)
        return;
    BoundaryGroup after = *m_group;
    QStringList roles;
    for (int c = DP; c <= SMP; ++c)
        if (static_cast<QCheckBox *>(cellWidget(row, c))->isChecked())
            roles << governedRoles()[c - DP];
    after.fallback[size_t(row)].roles = roles.size() == 4 ? QStringList() : roles;
    emit edited(after, tr("Edit fallback roles"));
}

void FallbackTable::editMinutes(int row, int minutes)
{
    if (!m_group)
        return;
    BoundaryGroup after = *m_group;
    after.fallback[size_t(row)].minutes = minutes;
    emit edited(after, tr("Edit fallback time"));
}

void FallbackTable::setNever(int row, bool never)
{
    if (!m_group || m_loading)
        return;
    BoundaryGroup after = *m_group;
    after.fallback[size_t(row)].never = never;
    if (never)
        after.fallback[size_t(row)].minutes.reset();
    else
        after.fallback[size_t(row)].minutes = 120;
    emit edited(after, never ? tr("Never fall back") : tr("Fall back after some minutes"));
}

} // namespace pp::views
