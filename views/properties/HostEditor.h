#pragma once

#include <QWidget>

#include "model/design/Design.h"

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace pp {
class Catalog;
class DesignDocument;
} // namespace pp

namespace pp::views {

/// Edits one host: name, zone, site, addresses, count, roles and the
/// options its roles use. Every change is offered as (before, after) for the
/// undo layer; nothing is written to the document here.
class HostOptionsEditor;

class HostEditor : public QWidget
{
    Q_OBJECT

public:
    HostEditor(const DesignDocument *document, const Catalog &catalog, QWidget *parent = nullptr);

    void setHost(const QString &id);
    QString hostId() const { return m_id; }
    void refresh();
    /// The cursor in the name, all of it selected: typing replaces it.
    void focusName();
    void setChineseNames(bool chinese);

signals:
    void hostEdited(const pp::Host &before, const pp::Host &after);
    /// A current-branch option (HostOptionsEditor), named for the undo history.
    void optionsEdited(const QString &hostId, const pp::HostOptions &options, const QString &text);
    void invalidInput(const QString &message);

private:
    void commit();
    void updateVisibility(const Host &host);

    const DesignDocument *m_document;
    const Catalog &m_catalog;
    QString m_id;
    bool m_loading = false;
    bool m_chinese = false;

    QLabel *m_idLabel;
    QLineEdit *m_name;
    QComboBox *m_zone;
    QComboBox *m_site;
    QLineEdit *m_addresses;
    QSpinBox *m_count;
    QListWidget *m_roles;
    QGroupBox *m_options;
    QFormLayout *m_optionsForm;
    QCheckBox *m_pxe;
    QCheckBox *m_multicast;
    QLineEdit *m_multicastRange;
    QComboBox *m_clientConnections;
    QCheckBox *m_siteServerInitiates;
    QCheckBox *m_workgroup;
    QCheckBox *m_azure;
    QLineEdit *m_sqlInstance;
    QLineEdit *m_sqlPort;
    QLineEdit *m_sqlBrokerPort;
    QLineEdit *m_wsusHttp;
    QLineEdit *m_wsusHttps;
    QLineEdit *m_httpPort;
    QLineEdit *m_httpsPort;
    QLineEdit *m_proxyPort;
    QLineEdit *m_rpcRange;
    HostOptionsEditor *m_currentBranch;
};

} // namespace pp::views
