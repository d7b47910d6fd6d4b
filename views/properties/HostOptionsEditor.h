#pragma once

#include <QGroupBox>

#include "model/design/Design.h"

class QComboBox;
class QFormLayout;
class QListWidget;
class QSpinBox;

namespace pp {
class DesignDocument;
} // namespace pp

namespace pp::views {

/// The host options of the current-branch catalog (configmgr-current-2022):
/// a cloud management gateway's VM instances and deployment, a pull
/// distribution point's sources, a data warehouse service point's
/// database. Each field shows only on a host it applies to (and where it
/// holds a value, so it can be cleared); the box hides when none does.
/// Every change leaves as the host's new options with a name for the undo
/// history; nothing is written to the document here.
class HostOptionsEditor : public QGroupBox
{
    Q_OBJECT

public:
    explicit HostOptionsEditor(const DesignDocument *document, QWidget *parent = nullptr);

    void setHost(const QString &id);
    void refresh();

signals:
    void optionsEdited(const QString &hostId, const pp::HostOptions &options, const QString &text);

private:
    void fillPullSources(const Host &host);
    void fillWarehouse(const Host &host);
    void updateVisibility(const Host &host);
    void commitCmgInstances();
    void commitCmgDeployment();
    void commitPullSources();
    void commitWarehouse();
    /// The current host's options, or null while loading or when it is gone.
    const Host *editedHost() const;
    void offer(const Host &host, const HostOptions &options, const QString &text);

    const DesignDocument *m_document;
    QString m_id;
    bool m_loading = false;
    QFormLayout *m_form;
    QSpinBox *m_cmgInstances;
    QComboBox *m_cmgDeployment;
    QListWidget *m_pullSources;
    QComboBox *m_warehouse;
};

} // namespace pp::views
