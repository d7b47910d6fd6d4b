#pragma once

#include <QWidget>

#include "model/design/Design.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace pp {
class DesignDocument;
}

namespace pp::views {

/// Edits one zone: name, kind, subnets and colour.
class ZoneEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ZoneEditor(const DesignDocument *document, QWidget *parent = nullptr);
    void setZone(const QString &id);
    QString zoneId() const { return m_id; }
    void refresh();

signals:
    void zoneEdited(const pp::Zone &before, const pp::Zone &after);
    void invalidInput(const QString &message);

private:
    void commit();

    const DesignDocument *m_document;
    QString m_id;
    bool m_loading = false;
    QLabel *m_idLabel;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_subnets;
    QLineEdit *m_color;
};

} // namespace pp::views
