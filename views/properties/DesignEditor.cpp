#include "views/properties/DesignEditor.h"

#include "model/catalog/Catalog.h"
#include "model/document/DesignDocument.h"
#include "views/properties/FormHelpers.h"

#include <QComboBox>
#include <QDate>

#include <algorithm>
#include <QGroupBox>
#include <QVBoxLayout>

namespace pp::views {

DesignEditor::DesignEditor(const DesignDocument *document, const Catalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_catalog(catalog)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *general = new QFormLayout;
    layout->addLayout(general);
    m_name = form::row(general, tr("Design &name:"), new QLineEdit, tr("The design's title, shown in exports"));
    m_catalogChoice = form::row(general, tr("Port &catalog:"), new QComboBox,
                                tr("Which edition of Microsoft's ports page the flows follow"));
    for (const QString &id : Catalog::builtinIds()) {
        // The names share a long prefix: show what tells them apart, the
        // edition in the name's parentheses, with the id files use.
        const QString name = Catalog::byId(id)->name();
        QString edition = name.section(QLatin1Char('('), -1).chopped(1);
        if (!edition.isEmpty())
            edition[0] = edition[0].toUpper();
        m_catalogChoice->addItem(QStringLiteral("%1 (%2)").arg(edition.isEmpty() ? name : edition, id), id);
        m_catalogChoice->setItemData(m_catalogChoice->count() - 1, name, Qt::ToolTipRole);
    }
    connect(m_catalogChoice, &QComboBox::activated, this, [this] {
        const QString before = m_document->design().catalog;
        const QString after = m_catalogChoice->currentData().toString();
        if (!m_loading && after != before)
            emit catalogEdited(before, after);
    });
    m_rpc = form::row(general, tr("RPC dynamic range:"), form::portField(true),
                      tr("Note 6: the dynamic RPC range of every host unless a host sets its own"));
    auto *request = new QGroupBox(tr("Change request"));
    auto *form = new QFormLayout(request);
    m_ticket = form::row(form, tr("&Ticket:"), new QLineEdit, tr("Ticket number of the firewall change request"));
    m_requester = form::row(form, tr("&Requester:"), new QLineEdit, tr("Who asks for the change"));
    m_owner = form::row(form, tr("&Owner:"), new QLineEdit, tr("Who owns the rules once in place"));
    m_requested = form::row(form, tr("Requested &date:"), new QLineEdit, tr("ISO date, e.g. 2026-11-25"));
    m_review = form::row(form, tr("Review or e&xpiry date:"), new QLineEdit, tr("ISO date when the rules are reviewed or expire"));
    m_window = form::row(form, tr("Implementation &window:"), new QLineEdit, tr("Free text, e.g. Sat 22:00-02:00"));
    layout->addWidget(request);
    layout->addStretch();
    for (QLineEdit *e : {m_name, m_rpc, m_ticket, m_requester, m_owner, m_requested, m_review, m_window})
        connect(e, &QLineEdit::editingFinished, this, &DesignEditor::commit);
}

void DesignEditor::refresh()
{
    m_loading = true;
    const Design &d = m_document->design();
    m_name->setText(d.name);
    const int catalogIndex = m_catalogChoice->findData(d.catalog.isEmpty() ? Catalog::builtin().id() : d.catalog);
    m_catalogChoice->setCurrentIndex(std::max(0, catalogIndex));
    form::setPort(m_rpc, d.settings.ports.value(Setting::RpcDynamicRange),
                  tr("default %1").arg(m_catalog.defaultValue(Setting::RpcDynamicRange).toString()));
    form::markInvalid(m_rpc, false);
    m_ticket->setText(d.changeRequest.ticket);
    m_requester->setText(d.changeRequest.requester);
    m_owner->setText(d.changeRequest.owner);
    m_requested->setText(d.changeRequest.requestedDate);
    m_review->setText(d.changeRequest.reviewDate);
    m_window->setText(d.changeRequest.window);
    m_loading = false;
}

void DesignEditor::commit()
{
    if (m_loading)
        return;
    const Design &d = m_document->design();
    if (m_name->text().trimmed() != d.name)
        emit nameEdited(d.name, m_name->text().trimmed());
    bool ok = true;
    const auto rpc = form::port(m_rpc, &ok);
    form::markInvalid(m_rpc, !ok);
    if (!ok) {
        emit invalidInput(tr("\"%1\" is not a port range such as 49152-65535.").arg(m_rpc->text()));
        return;
    }
    DesignSettings settings = d.settings;
    settings.ports.set(Setting::RpcDynamicRange, rpc);
    if (!(settings == d.settings))
        emit settingsEdited(d.settings, settings);
    for (QLineEdit *date : {m_requested, m_review}) {
        const QString text = date->text().trimmed();
        const bool bad = !text.isEmpty() && !QDate::fromString(text, Qt::ISODate).isValid();
        form::markInvalid(date, bad);
        if (bad) {
            emit invalidInput(tr("\"%1\" is not a date like 2026-11-25.").arg(text));
            return;
        }
    }
    ChangeRequestInfo cr = d.changeRequest;
    cr.ticket = m_ticket->text().trimmed();
    cr.requester = m_requester->text().trimmed();
    cr.owner = m_owner->text().trimmed();
    cr.requestedDate = m_requested->text().trimmed();
    cr.reviewDate = m_review->text().trimmed();
    cr.window = m_window->text().trimmed();
    if (!(cr == d.changeRequest))
        emit changeRequestEdited(d.changeRequest, cr);
}

} // namespace pp::views
