#include "views/properties/ZoneEditor.h"

#include "model/document/DesignDocument.h"
#include "views/properties/FormHelpers.h"

#include <QComboBox>
#include <QHostAddress>
#include <QRegularExpression>

namespace pp::views {

ZoneEditor::ZoneEditor(const DesignDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    auto *layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_idLabel = new QLabel;
    m_idLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addRow(tr("Id:"), m_idLabel);
    m_name = form::row(layout, tr("&Name:"), new QLineEdit, tr("The zone's display name"));
    m_kind = form::row(layout, tr("&Kind:"), new QComboBox,
                       tr("Internal, perimeter, internet, cloud, branch or transit (a WAN between firewalls): "
                          "decides colours, internet clients and risk"));
    const std::pair<ZoneKind, QString> kinds[] = {{ZoneKind::Internal, tr("internal")}, {ZoneKind::Perimeter, tr("perimeter")},
                                                  {ZoneKind::Internet, tr("internet")}, {ZoneKind::Cloud, tr("cloud")},
                                                  {ZoneKind::Branch, tr("branch")}, {ZoneKind::Transit, tr("transit")}};
    for (const auto &[kind, label] : kinds)
        m_kind->addItem(label, zoneKindName(kind));
    m_subnets = form::row(layout, tr("&Subnets:"), new QLineEdit,
                          tr("CIDR subnets separated by commas, e.g. 10.0.0.0/16, 2001:db8::/48"));
    m_color = form::row(layout, tr("&Colour:"), new QLineEdit, tr("Optional colour like #336699; empty uses the kind's colour"));
    connect(m_name, &QLineEdit::editingFinished, this, &ZoneEditor::commit);
    connect(m_subnets, &QLineEdit::editingFinished, this, &ZoneEditor::commit);
    connect(m_color, &QLineEdit::editingFinished, this, &ZoneEditor::commit);
    connect(m_kind, &QComboBox::activated, this, &ZoneEditor::commit);
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
    m_idLabel->setText(z->id);
    m_name->setText(z->name);
    m_kind->setCurrentIndex(m_kind->findData(zoneKindName(z->kind)));
    m_subnets->setText(z->subnets.join(QStringLiteral(", ")));
    m_color->setText(z->color);
    form::markInvalid(m_subnets, false);
    form::markInvalid(m_color, false);
    m_loading = false;
}

void ZoneEditor::commit()
{
    if (m_loading)
        return;
    const Zone *current = m_document->zone(m_id);
    if (!current)
        return;
    Zone z = *current;
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
    const QString color = m_color->text().trimmed();
    if (!color.isEmpty() && !QRegularExpression(QStringLiteral("^#[0-9A-Fa-f]{6}$")).match(color).hasMatch()) {
        form::markInvalid(m_color, true);
        emit invalidInput(tr("\"%1\" is not a colour like #336699.").arg(color));
        return;
    }
    form::markInvalid(m_color, false);
    z.color = color;
    if (!(z == *current))
        emit zoneEdited(*current, z);
}

} // namespace pp::views
