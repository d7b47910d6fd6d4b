#pragma once

#include <QWidget>

#include "model/design/Design.h"

class QComboBox;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace pp {
class DesignDocument;
}

namespace pp::views {

/// The design's pinned routes (rule 10): a list of them, and the zones of
/// the chosen one (from, the zones passed, to) as fields, by the zones'
/// names (ids are accepted too when typed). Every change is
/// checked the way the file is (known zones, no zone twice, a firewall on
/// every step, one route per direction) before it leaves as a signal.
class RouteEditor : public QWidget
{
    Q_OBJECT

public:
    explicit RouteEditor(const DesignDocument *document, QWidget *parent = nullptr);
    void refresh();
    /// The chosen route's row, or -1.
    int currentRoute() const;
    void selectRoute(int row);

signals:
    void routeAdded(const pp::Route &route);
    void routeEdited(const pp::Route &before, const pp::Route &after);
    void routeRemoved(const QString &from, const QString &to);
    void invalidInput(const QString &message);

private:
    void showRoute();
    /// `fromList`: a zone list changed; refused, it shows the route in force again.
    void commit(bool fromList = false);
    void addRoute();
    void removeRoute();
    /// Zone ids from the "passed" field (ids or names); empty `bad` when all are known.
    QStringList readVia(QString *bad) const;
    /// Why `route` cannot replace the route at `row` (-1: a new one), naming the field; empty if it can.
    QString problem(const Route &route, int row, QWidget **field) const;
    bool joined(const QString &a, const QString &b) const;
    QString zoneText(const QString &id) const;
    /// How the "passes" field names a zone: its name, unless that could be
    /// read back as another zone (shared with one, a separator in it, or
    /// another zone's id); then its id.
    QString viaName(const QString &id) const;
    /// A zone's name for messages, else its id.
    QString zoneName(const QString &id) const;

    const DesignDocument *m_document;
    bool m_loading = false;
    bool m_selectNew = false;
    QTreeWidget *m_routes;
    QComboBox *m_from;
    QLineEdit *m_via;
    QComboBox *m_to;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace pp::views
