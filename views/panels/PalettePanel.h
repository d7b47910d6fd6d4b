#pragma once

#include <QWidget>

class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace pp {
class Catalog;
}

namespace pp::views {

/// Every role with its icon, grouped (site systems, clients, external
/// services), and the firewall device (rule 10), searchable in English and
/// Traditional Chinese. Drag a role onto the canvas, or press Enter to add
/// it to the selection; drag the firewall to where it goes, or press Enter
/// to add one in free space.
class PalettePanel : public QWidget
{
    Q_OBJECT

public:
    explicit PalettePanel(const Catalog &catalog, QWidget *parent = nullptr);

    /// Shows the seed's Traditional Chinese names instead of English ones.
    void setChineseNames(bool chinese);
    void setFilter(const QString &text);
    /// Puts the keyboard in the search box (Find Role).
    void focusSearch();
    /// The roles of this catalog (the design's own) from now on.
    void setCatalog(const Catalog &catalog);
    QTreeWidget *tree() const { return m_tree; }
    void retranslate();

signals:
    /// Enter or double-click on a role: add it where the selection says.
    void roleActivated(const QString &roleId);
    /// Enter or double-click on the firewall: add one in free space.
    void firewallActivated();

private:
    void populate();
    void addDevices();
    bool matches(const QTreeWidgetItem *item, const QString &needle) const;

    const Catalog *m_catalog;
    QLineEdit *m_search;
    QTreeWidget *m_tree;
    bool m_chinese = false;
};

} // namespace pp::views
