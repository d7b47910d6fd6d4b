#pragma once

#include <QWidget>

#include "model/design/Design.h"
#include "model/engine/AnalysisSnapshot.h"

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace pp {
class DesignDocument;
}

namespace pp::views {

/// Edits one firewall device (rule 10): its name, platform, management
/// address and interfaces, each interface with its zone and the name the
/// device gives that zone. Lists how many openings the device carries and
/// asks for them to be shown in the Openings table.
class FirewallEditor : public QWidget
{
    Q_OBJECT

public:
    explicit FirewallEditor(const DesignDocument *document, QWidget *parent = nullptr);
    void setFirewall(const QString &id);
    QString firewallId() const { return m_id; }
    void refresh();
    /// The openings of the last analysis, for the count of this device's rules.
    void setAnalysis(const AnalysisPtr &analysis);
    /// Openings of the last analysis on this device.
    int openingCount() const;
    /// The interface whose fields show (its id), empty if none is chosen.
    QString currentInterface() const;
    void selectInterface(const QString &interfaceId);

signals:
    void firewallEdited(const pp::Firewall &before, const pp::Firewall &after);
    /// Link the device to `zoneId`: a new interface (its id in the platform's style).
    void interfaceAddRequested(const QString &firewallId, const QString &zoneId);
    void interfaceRemoveRequested(const QString &firewallId, const QString &interfaceId);
    /// Show the Openings table filtered to this device.
    void openingsRequested(const QString &firewallId);
    void invalidInput(const QString &message);

private:
    void buildDeviceFields(QFormLayout *form);
    QWidget *buildInterfaceFields();
    QWidget *buildOpeningsRow();
    void refreshInterfaces(const Firewall &fw);
    void showInterface();
    void refreshOpenings();
    void commitDevice();
    void commitInterface();
    void addInterface();
    void removeInterface();
    bool reject(QWidget *field, const QString &message);

    const DesignDocument *m_document;
    AnalysisPtr m_analysis;
    QString m_id;
    bool m_loading = false;
    bool m_selectNewInterface = false;
    QLineEdit *m_idLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_platform = nullptr;
    QLineEdit *m_management = nullptr;
    QTreeWidget *m_interfaces = nullptr;
    QLineEdit *m_interfaceId = nullptr;
    QComboBox *m_interfaceZone = nullptr;
    QLineEdit *m_interfaceName = nullptr;
    QPushButton *m_addInterface = nullptr;
    QPushButton *m_removeInterface = nullptr;
    QLabel *m_openings = nullptr;
    QPushButton *m_showOpenings = nullptr;
};

} // namespace pp::views
