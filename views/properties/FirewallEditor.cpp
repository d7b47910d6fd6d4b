#include "views/properties/FirewallEditor.h"

#include "model/design/DisplayText.h"
#include "model/document/DesignDocument.h"
#include "model/file/FirewallCheck.h"
#include "views/properties/FormHelpers.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace pp::views {

namespace {

QString zoneLabel(const DesignDocument *document, const QString &zoneId)
{
    const Zone *z = document->zone(zoneId);
    return z && !z->name.isEmpty() && z->name != zoneId ? QStringLiteral("%1 (%2)").arg(z->name, zoneId) : zoneId;
}

bool hasControlCharacters(const QString &s)
{
    return std::any_of(s.begin(), s.end(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

} // namespace

FirewallEditor::FirewallEditor(const DesignDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    buildDeviceFields(form);
    layout->addWidget(buildInterfaceFields());
    layout->addWidget(buildOpeningsRow());
    layout->addStretch();
}

void FirewallEditor::buildDeviceFields(QFormLayout *form)
{
    m_name = form::row(form, tr("&Name:"), new QLineEdit, tr("The device's name in change requests and on the canvas"));
    m_idLabel = form::row(form, tr("Id:"), new QLineEdit, tr("What files and the command line call the device"));
    m_idLabel->setReadOnly(true);
    m_platform = form::row(form, tr("&Platform:"), new QComboBox,
                           tr("The device's platform: its change request is written in that platform's format"));
    for (int p = 0; p < FirewallPlatformCount; ++p)
        m_platform->addItem(platformText(FirewallPlatform(p)), platformName(FirewallPlatform(p)));
    m_management = form::row(form, tr("&Management address:"), new QLineEdit,
                             tr("IP address or host name the firewall team manages the device by; may be empty"));
    for (QLineEdit *e : {m_name, m_management})
        connect(e, &QLineEdit::editingFinished, this, &FirewallEditor::commitDevice);
    connect(m_platform, &QComboBox::activated, this, &FirewallEditor::commitDevice);
}

QWidget *FirewallEditor::buildInterfaceFields()
{
    auto *box = new QGroupBox(tr("Interfaces"));
    auto *layout = new QVBoxLayout(box);
    m_interfaces = new QTreeWidget;
    m_interfaces->setRootIsDecorated(false);
    m_interfaces->setHeaderLabels({tr("Interface"), tr("Zone"), tr("Name on device")});
    // The dock is narrow: columns share its width, long names elide (the
    // tooltip has them whole).
    m_interfaces->header()->setSectionResizeMode(QHeaderView::Stretch);
    m_interfaces->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_interfaces->setAccessibleName(tr("Interfaces"));
    m_interfaces->setAccessibleDescription(tr("The device's interfaces: each sits in one zone"));
    m_interfaces->setMaximumHeight(140);
    layout->addWidget(m_interfaces);
    connect(m_interfaces, &QTreeWidget::currentItemChanged, this, &FirewallEditor::showInterface);

    auto *fields = new QFormLayout;
    layout->addLayout(fields);
    m_interfaceId = form::row(fields, tr("&Interface:"), new QLineEdit,
                              tr("The device's own name for the port, e.g. ethernet1/1 or port3"));
    m_interfaceZone = form::row(fields, tr("&Zone:"), new QComboBox, tr("The zone this interface sits in"));
    m_interfaceName = form::row(fields, tr("Zone name on &device:"), new QLineEdit,
                                tr("What the device calls that zone (security zone or nameif); "
                                   "empty uses the zone's id"));
    for (QLineEdit *e : {m_interfaceId, m_interfaceName})
        connect(e, &QLineEdit::editingFinished, this, &FirewallEditor::commitInterface);
    connect(m_interfaceZone, &QComboBox::activated, this, &FirewallEditor::commitInterface);

    auto *buttons = new QHBoxLayout;
    m_addInterface = new QPushButton(tr("&Add interface"));
    m_addInterface->setAccessibleName(tr("Add interface"));
    m_addInterface->setToolTip(tr("Link the device to another zone; choose the zone in the fields above"));
    m_removeInterface = new QPushButton(tr("Remove in&terface"));
    m_removeInterface->setAccessibleName(tr("Remove interface"));
    m_removeInterface->setToolTip(tr("Unlink the device from the chosen interface's zone"));
    buttons->addWidget(m_addInterface);
    buttons->addWidget(m_removeInterface);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(m_addInterface, &QPushButton::clicked, this, &FirewallEditor::addInterface);
    connect(m_removeInterface, &QPushButton::clicked, this, &FirewallEditor::removeInterface);
    return box;
}

QWidget *FirewallEditor::buildOpeningsRow()
{
    auto *box = new QGroupBox(tr("Openings"));
    auto *row = new QHBoxLayout(box);
    m_openings = new QLabel;
    m_openings->setWordWrap(true);
    m_showOpenings = new QPushButton(tr("&Show in table"));
    m_showOpenings->setAccessibleName(tr("Show this device's openings"));
    m_showOpenings->setToolTip(tr("Filter the Openings table to the rules this device needs"));
    row->addWidget(m_openings, 1);
    row->addWidget(m_showOpenings);
    connect(m_showOpenings, &QPushButton::clicked, this, [this] { emit openingsRequested(m_id); });
    return box;
}

void FirewallEditor::setFirewall(const QString &id)
{
    if (id != m_id && m_interfaces)
        m_interfaces->setCurrentItem(nullptr);
    m_id = id;
    refresh();
}

void FirewallEditor::refresh()
{
    const Firewall *fw = m_document->firewall(m_id);
    if (!fw)
        return;
    m_loading = true;
    m_name->setText(fw->name);
    m_idLabel->setText(fw->id);
    m_platform->setCurrentIndex(m_platform->findData(platformName(fw->platform)));
    m_management->setText(fw->management);
    for (QWidget *w : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_management),
                       static_cast<QWidget *>(m_interfaceId), static_cast<QWidget *>(m_interfaceName)})
        form::markInvalid(w, false);
    m_interfaceZone->clear();
    for (const Zone &z : m_document->design().zones)
        m_interfaceZone->addItem(zoneLabel(m_document, z.id), z.id);
    refreshInterfaces(*fw);
    m_loading = false;
    refreshOpenings();
}

void FirewallEditor::refreshInterfaces(const Firewall &fw)
{
    const QString current = currentInterface();
    const int currentRow = m_interfaces->indexOfTopLevelItem(m_interfaces->currentItem());
    const int countBefore = m_interfaces->topLevelItemCount();
    m_interfaces->clear();
    for (const FirewallInterface &i : fw.interfaces) {
        auto *item = new QTreeWidgetItem(m_interfaces, {i.id, zoneLabel(m_document, i.zone), i.ruleName()});
        item->setData(0, Qt::UserRole, i.id);
        for (int column = 0; column < 3; ++column)
            item->setToolTip(column, item->text(column));
    }
    // A new interface is the one to fill in next.
    const bool added = m_selectNewInterface && m_interfaces->topLevelItemCount() > countBefore;
    m_selectNewInterface = false;
    if (added)
        m_interfaces->setCurrentItem(m_interfaces->topLevelItem(m_interfaces->topLevelItemCount() - 1));
    else
        selectInterface(current);
    // Its id changed (an undo or redo): the same row, else the first.
    if (!m_interfaces->currentItem() && m_interfaces->topLevelItemCount() > 0)
        m_interfaces->setCurrentItem(
            m_interfaces->topLevelItem(std::clamp(currentRow, 0, m_interfaces->topLevelItemCount() - 1)));
    showInterface();
}

QString FirewallEditor::currentInterface() const
{
    const QTreeWidgetItem *item = m_interfaces->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

void FirewallEditor::selectInterface(const QString &interfaceId)
{
    for (int i = 0; i < m_interfaces->topLevelItemCount(); ++i)
        if (m_interfaces->topLevelItem(i)->data(0, Qt::UserRole).toString() == interfaceId)
            m_interfaces->setCurrentItem(m_interfaces->topLevelItem(i));
}

void FirewallEditor::showInterface()
{
    const Firewall *fw = m_document->firewall(m_id);
    const int index = fw ? m_interfaces->indexOfTopLevelItem(m_interfaces->currentItem()) : -1;
    const bool any = index >= 0 && size_t(index) < fw->interfaces.size();
    for (QWidget *w : {static_cast<QWidget *>(m_interfaceId), static_cast<QWidget *>(m_interfaceZone),
                       static_cast<QWidget *>(m_interfaceName), static_cast<QWidget *>(m_removeInterface)})
        w->setEnabled(any);
    const bool loading = m_loading;
    m_loading = true;
    if (any) {
        const FirewallInterface &i = fw->interfaces[size_t(index)];
        m_interfaceId->setText(i.id);
        m_interfaceZone->setCurrentIndex(m_interfaceZone->findData(i.zone));
        m_interfaceName->setText(i.name);
        m_interfaceName->setPlaceholderText(i.zone);
    } else {
        m_interfaceId->clear();
        m_interfaceZone->setCurrentIndex(-1);
        m_interfaceName->clear();
        m_interfaceName->setPlaceholderText(QString());
    }
    form::markInvalid(m_interfaceId, false);
    form::markInvalid(m_interfaceName, false);
    m_loading = loading;
}

void FirewallEditor::setAnalysis(const AnalysisPtr &analysis)
{
    m_analysis = analysis;
    refreshOpenings();
}

int FirewallEditor::openingCount() const
{
    if (!m_analysis)
        return 0;
    const int index = m_analysis->design.firewallIndex(m_id);
    if (index < 0)
        return 0;
    const auto &openings = m_analysis->analysis.openings;
    return int(std::count_if(openings.begin(), openings.end(), [index](const Opening &o) { return o.firewall == index; }));
}

void FirewallEditor::refreshOpenings()
{
    if (!m_analysis) {
        m_openings->setText(tr("Computing…"));
        m_showOpenings->setEnabled(false);
        return;
    }
    const int count = openingCount();
    m_openings->setText(tr("%n opening(s) on this device", nullptr, count));
    m_openings->setAccessibleName(m_openings->text());
    m_showOpenings->setEnabled(count > 0);
}

bool FirewallEditor::reject(QWidget *field, const QString &message)
{
    form::markInvalid(field, true);
    emit invalidInput(message);
    return false;
}

void FirewallEditor::commitDevice()
{
    const Firewall *current = m_document->firewall(m_id);
    if (m_loading || !current)
        return;
    Firewall fw = *current;
    const QString name = m_name->text().trimmed();
    if (hasControlCharacters(name))
        return void(reject(m_name, tr("Name: control characters cannot be part of a device's name.")));
    form::markInvalid(m_name, false);
    const QString management = m_management->text().trimmed();
    if (!management.isEmpty() && !io::isManagementAddress(management))
        return void(reject(m_management,
                           tr("Management address: \"%1\" is not an IP address or a host name.").arg(management)));
    form::markInvalid(m_management, false);
    fw.name = name;
    fw.management = management;
    fw.platform = platformFromName(m_platform->currentData().toString()).value_or(fw.platform);
    if (!(fw == *current))
        emit firewallEdited(*current, fw);
}

void FirewallEditor::commitInterface()
{
    const Firewall *current = m_document->firewall(m_id);
    const int index = m_interfaces->indexOfTopLevelItem(m_interfaces->currentItem());
    if (m_loading || !current || index < 0 || size_t(index) >= current->interfaces.size())
        return;
    Firewall fw = *current;
    FirewallInterface &i = fw.interfaces[size_t(index)];
    const QString id = m_interfaceId->text().trimmed();
    if (id.isEmpty() || hasControlCharacters(id))
        return void(reject(m_interfaceId, tr("Interface: give the port's name on the device, e.g. ethernet1/1.")));
    for (size_t k = 0; k < fw.interfaces.size(); ++k)
        if (int(k) != index && fw.interfaces[k].id == id)
            return void(reject(m_interfaceId, tr("Interface: the device has another interface called \"%1\".").arg(id)));
    form::markInvalid(m_interfaceId, false);
    const QString name = m_interfaceName->text().trimmed();
    if (hasControlCharacters(name))
        return void(reject(m_interfaceName, tr("Zone name on device: control characters cannot be part of it.")));
    form::markInvalid(m_interfaceName, false);
    const QString zone = m_interfaceZone->currentData().toString();
    if (!m_document->zone(zone))
        return void(reject(m_interfaceZone, tr("Zone: choose the zone the interface sits in.")));
    i.id = id;
    i.name = name;
    i.zone = zone;
    if (i == current->interfaces[size_t(index)])
        return;
    // The fields follow the interface under its new id once the edit is in.
    m_interfaces->currentItem()->setData(0, Qt::UserRole, id);
    emit firewallEdited(*current, fw);
}

void FirewallEditor::addInterface()
{
    const Firewall *fw = m_document->firewall(m_id);
    const auto &zones = m_document->design().zones;
    if (!fw || zones.empty())
        return void(emit invalidInput(tr("Add a zone first: an interface sits in a zone.")));
    // The first zone the device does not reach yet; the user picks another
    // in the Zone field if it is not the one.
    const QStringList joined = fw->zones();
    const auto free = std::find_if(zones.begin(), zones.end(), [&](const Zone &z) { return !joined.contains(z.id); });
    m_selectNewInterface = true;
    emit interfaceAddRequested(m_id, free != zones.end() ? free->id : zones.front().id);
    m_interfaceZone->setFocus();
}

void FirewallEditor::removeInterface()
{
    const QString id = currentInterface();
    if (!id.isEmpty())
        emit interfaceRemoveRequested(m_id, id);
}

} // namespace pp::views
