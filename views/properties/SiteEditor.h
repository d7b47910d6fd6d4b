#pragma once

#include <QWidget>

#include "model/design/Design.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace pp {
class Catalog;
class DesignDocument;
} // namespace pp

namespace pp::views {

/// Edits one site: type, parent, name, client port settings (note 2), Wake on
/// LAN, wake-up proxy and the internet proxy (note 1).
class SiteOptionsEditor;

class SiteEditor : public QWidget
{
    Q_OBJECT

public:
    SiteEditor(const DesignDocument *document, const Catalog &catalog, QWidget *parent = nullptr);
    void setSite(const QString &code);
    QString siteCode() const { return m_code; }
    void refresh();

signals:
    void siteEdited(const pp::Site &before, const pp::Site &after);
    void invalidInput(const QString &message);

private:
    void commit();

    const DesignDocument *m_document;
    const Catalog &m_catalog;
    QString m_code;
    bool m_loading = false;
    QLabel *m_codeLabel;
    QLineEdit *m_name;
    QComboBox *m_type;
    QComboBox *m_parent;
    QLineEdit *m_http;
    QLineEdit *m_https;
    QLineEdit *m_notification;
    QCheckBox *m_wakeOnLan;
    QLineEdit *m_wakeOnLanPort;
    QCheckBox *m_wakeUpProxy;
    QLineEdit *m_wakeUpProxyPort;
    QComboBox *m_proxy;
    SiteOptionsEditor *m_currentBranch;
};

} // namespace pp::views
