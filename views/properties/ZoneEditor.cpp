#include "views/properties/ZoneEditor.h"

#include "model/design/DisplayText.h"
#include "model/design/ZoneIds.h"
#include "model/document/DesignDocument.h"
#include "views/properties/FormHelpers.h"

#include <QColorDialog>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QPainter>
#include <QPushButton>

namespace pp::views {

ZoneEditor::ZoneEditor(const DesignDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    auto *layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_name = form::row(layout, tr("&Name:"), new QLineEdit, tr("The zone's display name"));
    m_idEdit = form::row(layout, tr("&Id:"), new QLineEdit,
                         tr("What files, rule names and review keys call the zone: letters, digits, '-', '_' and '.'. "
                            "Changing it changes every reference to the zone."));
    m_kind = form::row(layout, tr("&Kind:"), new QComboBox,
                       tr("Internal, perimeter, internet, cloud, branch or transit (a WAN between firewalls): "
                          "decides colours, internet clients and risk"));
    for (const ZoneKind kind : {ZoneKind::Internal, ZoneKind::Perimeter, ZoneKind::Internet, ZoneKind::Cloud,
                                ZoneKind::Branch, ZoneKind::Transit})
        m_kind->addItem(zoneKindText(kind), zoneKindName(kind));
    m_subnets = form::row(layout, tr("&Subnets:"), new QLineEdit,
                          tr("CIDR subnets separated by commas, e.g. 10.0.0.0/16, 2001:db8::/48"));
    auto *colors = new QWidget;
    auto *colorRow = new QHBoxLayout(colors);
    colorRow->setContentsMargins(0, 0, 0, 0);
    m_color = new QPushButton;
    m_colorReset = new QPushButton(tr("Kind's colour"));
    m_colorReset->setAccessibleName(tr("Use the kind's colour"));
    m_colorReset->setToolTip(tr("Forget the chosen colour: the zone takes its kind's colour"));
    colorRow->addWidget(m_color, 1);
    colorRow->addWidget(m_colorReset);
    colors->setFocusProxy(m_color); // the label's mnemonic lands on the picker
    form::row(layout, tr("&Colour:"), colors, QString());
    m_color->setAccessibleName(tr("Colour"));
    m_color->setAccessibleDescription(tr("Opens a colour picker for the zone's fill on the canvas"));
    m_color->setToolTip(m_color->accessibleDescription());
    for (QLineEdit *e : {m_name, m_idEdit, m_subnets})
        connect(e, &QLineEdit::editingFinished, this, &ZoneEditor::commit);
    connect(m_kind, &QComboBox::activated, this, &ZoneEditor::commit);
    connect(m_color, &QPushButton::clicked, this, &ZoneEditor::chooseColor);
    connect(m_colorReset, &QPushButton::clicked, this, [this] {
        m_colorValue.clear();
        commit();
    });
}

void ZoneEditor::setZone(const QString &id)
{
    m_id = id;
    refresh();
}

void ZoneEditor::refresh()
{
    const Zone *z = m_document->zone(m_id);
    if (!z)
        return;
    m_loading = true;
    m_idEdit->setText(z->id);
    m_name->setText(z->name);
    m_kind->setCurrentIndex(m_kind->findData(zoneKindName(z->kind)));
    m_subnets->setText(z->subnets.join(QStringLiteral(", ")));
    m_colorValue = z->color;
    showColor();
    form::markInvalid(m_subnets, false);
    form::markInvalid(m_idEdit, false);
    m_loading = false;
}

void ZoneEditor::showColor()
{
    QPixmap swatch(16, 16);
    swatch.fill(m_colorValue.isEmpty() ? Qt::transparent : QColor(m_colorValue));
    if (m_colorValue.isEmpty()) {
        QPainter p(&swatch);
        p.setPen(palette().color(QPalette::Mid));
        p.drawRect(0, 0, 15, 15);
        p.drawLine(0, 15, 15, 0);
    }
    m_color->setIcon(QIcon(swatch));
    m_color->setText(m_colorValue.isEmpty() ? tr("Choose…") : m_colorValue);
    m_colorReset->setEnabled(!m_colorValue.isEmpty());
}

void ZoneEditor::chooseColor()
{
    const QColor chosen = QColorDialog::getColor(m_colorValue.isEmpty() ? QColor(0x33, 0x66, 0x99) : QColor(m_colorValue),
                                                 this, tr("Zone colour"));
    if (!chosen.isValid())
        return; // cancelled
    m_colorValue = chosen.name();
    commit();
}

bool ZoneEditor::readId(Zone &zone)
{
    const QString id = m_idEdit->text().trimmed();
    if (id == zone.id)
        return true;
    const bool free = m_document->uniqueId(id) == id;
    if (!zoneids::isValid(id) || !free) {
        form::markInvalid(m_idEdit, true);
        emit invalidInput(!free ? tr("\"%1\" is already the id of another zone, host or site.").arg(id)
                                : tr("\"%1\" is not an id: use letters, digits, '-', '_' and '.'.").arg(id));
        return false;
    }
    form::markInvalid(m_idEdit, false);
    zone.id = id;
    return true;
}

void ZoneEditor::commit()
{
    if (m_loading)
        return;
    const Zone *current = m_document->zone(m_id);
    if (!current)
        return;
    Zone z = *current;
    if (!readId(z))
        return;
    z.name = m_name->text().trimmed();
    z.kind = *zoneKindFromName(m_kind->currentData().toString());
    const QStringList subnets = form::splitList(m_subnets->text());
    for (const QString &s : subnets) {
        if (s.contains(QLatin1Char('/')) && !QHostAddress::parseSubnet(s).first.isNull())
            continue;
        form::markInvalid(m_subnets, true);
        emit invalidInput(tr("\"%1\" is not a subnet in CIDR form (e.g. 10.0.0.0/16).").arg(s));
        return;
    }
    form::markInvalid(m_subnets, false);
    z.subnets = subnets;
    z.color = m_colorValue;
    showColor();
    if (!(z == *current))
        emit zoneEdited(*current, z);
}

} // namespace pp::views
