#pragma once

#include <QDialog>
#include <QMap>

class QLineEdit;
class QTableWidget;

namespace pp {
class Catalog;
struct Analysis;
struct Design;
}

namespace pp::app {

/// File > Group Names: the object and service groups the change request
/// names (LAN_Clients, SVC_ConfigMgr_HTTPS), each with the name the user
/// gives it for every export and vendor policy. An empty name gives a group
/// its own name back. Reads the request the exports would write; the caller
/// turns names() into one undo step (Edits::setGroupNames).
class GroupNamesDialog : public QDialog
{
    Q_OBJECT

public:
    GroupNamesDialog(const Design &design, const Catalog &catalog, const Analysis &analysis, QWidget *parent = nullptr);

    /// The request's own name -> the user's, for every group renamed.
    QMap<QString, QString> names() const;
    int groupCount() const;
    QTableWidget *table() const { return m_table; }

private:
    void fill(const Design &design, const Catalog &catalog, const Analysis &analysis);
    void addRow(const QString &generated, const QString &kind, const QString &where, const QString &members,
                const QString &current);
    void filter(const QString &text);

    QLineEdit *m_filter = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace pp::app
