#pragma once

#include <QWidget>

#include "model/design/Design.h"

class QComboBox;
class QLineEdit;
class QPushButton;

namespace pp {
class DesignDocument;
}

namespace pp::views {

/// Edits one zone: id, name, kind, subnets and colour.
class ZoneEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ZoneEditor(const DesignDocument *document, QWidget *parent = nullptr);
    void setZone(const QString &id);
    QString zoneId() const { return m_id; }
    void refresh();
    /// The colour a colour dialog would start from (for tests and the button).
    QString colorName() const { return m_colorValue; }

signals:
    /// `after` may carry another id: the undo layer then changes every
    /// reference to the zone too.
    void zoneEdited(const pp::Zone &before, const pp::Zone &after);
    void invalidInput(const QString &message);

private:
    void commit();
    void chooseColor();
    void showColor();
    bool readId(Zone &zone);

    const DesignDocument *m_document;
    QString m_id;
    QString m_colorValue;
    bool m_loading = false;
    QLineEdit *m_idEdit;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_subnets;
    QPushButton *m_color;
    QPushButton *m_colorReset;
};

} // namespace pp::views
