#pragma once

#include <QWidget>

#include "model/design/Design.h"

class QComboBox;
class QLineEdit;

namespace pp {
class Catalog;
class DesignDocument;
} // namespace pp

namespace pp::views {

/// Design-wide properties: name, the port catalog it follows, default RPC
/// range (note 6) and the change request metadata exports carry.
class DesignEditor : public QWidget
{
    Q_OBJECT

public:
    DesignEditor(const DesignDocument *document, const Catalog &catalog, QWidget *parent = nullptr);
    void refresh();

signals:
    void nameEdited(const QString &before, const QString &after);
    void catalogEdited(const QString &before, const QString &after);
    void settingsEdited(const pp::DesignSettings &before, const pp::DesignSettings &after);
    void changeRequestEdited(const pp::ChangeRequestInfo &before, const pp::ChangeRequestInfo &after);
    void invalidInput(const QString &message);

private:
    void commit();

    const DesignDocument *m_document;
    const Catalog &m_catalog;
    bool m_loading = false;
    QLineEdit *m_name;
    QComboBox *m_catalogChoice;
    QLineEdit *m_rpc;
    QLineEdit *m_ticket;
    QLineEdit *m_requester;
    QLineEdit *m_owner;
    QLineEdit *m_requested;
    QLineEdit *m_review;
    QLineEdit *m_window;
};

} // namespace pp::views
