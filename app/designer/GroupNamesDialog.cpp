#include "app/designer/GroupNamesDialog.h"

#include "model/design/Design.h"
#include "model/engine/Analysis.h"
#include "model/export/ChangeRequest.h"
#include "model/export/ChangeRequestBuilder.h"
#include "model/export/ValueText.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pp::app {

namespace {

enum Column { NameColumn, GeneratedColumn, KindColumn, WhereColumn, MembersColumn, ColumnCount };

} // namespace

GroupNamesDialog::GroupNamesDialog(const Design &design, const Catalog &catalog, const Analysis &analysis, QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    setWindowTitle(tr("Group Names"));
    auto *intro = new QLabel(tr("The names the change request and every vendor policy give each object and service "
                                "group. Type a name to use your own; leave it empty for the name PortPlanner gives. "
                                "Names a platform cannot take are shortened or changed at export, with a warning."),
                             this);
    intro->setWordWrap(true);
    m_filter->setPlaceholderText(tr("Filter groups"));
    m_filter->setAccessibleName(tr("Filter groups"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &GroupNamesDialog::filter);

    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Given name"), tr("Kind"), tr("Zone"), tr("Members")});
    m_table->setAccessibleName(tr("Object and service groups"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false); // one tab stop; arrows move inside
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    fill(design, catalog, analysis);
    m_table->resizeColumnsToContents();
    // Room to type a name as long as the given one (the column starts empty).
    m_table->setColumnWidth(NameColumn, m_table->columnWidth(GeneratedColumn));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(900, 560);
}

void GroupNamesDialog::fill(const Design &design, const Catalog &catalog, const Analysis &analysis)
{
    // The request without the user's names gives each group's own name; the
    // groups are the same ones the exports write (renames change no group).
    Design generated = design;
    generated.changeRequest.groupNames.clear();
    const ChangeRequest request = ChangeRequestBuilder::build(generated, catalog, analysis, {});
    const QMap<QString, QString> &current = design.changeRequest.groupNames;
    m_table->setSortingEnabled(false);
    for (const ObjectGroup &g : request.objectGroups)
        addRow(g.name, ValueText::hostsKind(), g.zoneName.isEmpty() ? g.zoneId : g.zoneName, g.hostsText,
               current.value(g.name));
    for (const ServiceGroup &g : request.serviceGroups)
        addRow(g.name, ValueText::servicesKind(), QString(), g.members.join(QStringLiteral(", ")), current.value(g.name));
}

void GroupNamesDialog::addRow(const QString &generated, const QString &kind, const QString &where,
                              const QString &members, const QString &current)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *name = new QTableWidgetItem(current);
    name->setToolTip(tr("Empty: %1").arg(generated));
    m_table->setItem(row, NameColumn, name);
    const QString cells[] = {generated, kind, where, members};
    for (int c = GeneratedColumn; c < ColumnCount; ++c) {
        auto *item = new QTableWidgetItem(cells[c - GeneratedColumn]);
        item->setFlags(item->flags() & ~Qt::ItemIsEditable);
        if (c == MembersColumn)
            item->setToolTip(item->text());
        m_table->setItem(row, c, item);
    }
}

void GroupNamesDialog::filter(const QString &text)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        bool match = text.isEmpty();
        for (int c = 0; c < ColumnCount && !match; ++c)
            match = m_table->item(row, c)->text().contains(text, Qt::CaseInsensitive);
        m_table->setRowHidden(row, !match);
    }
}

QMap<QString, QString> GroupNamesDialog::names() const
{
    QMap<QString, QString> names;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString generated = m_table->item(row, GeneratedColumn)->text();
        const QString wanted = m_table->item(row, NameColumn)->text().trimmed();
        if (!wanted.isEmpty() && wanted != generated)
            names.insert(generated, wanted);
    }
    return names;
}

int GroupNamesDialog::groupCount() const
{
    return m_table->rowCount();
}

} // namespace pp::app
