#pragma once

#include <QHash>
#include <QWidget>

class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace pp {
class DesignDocument;
}

namespace pp::views {

/// The site hierarchy as a tree (CAS, primaries, secondaries), with buttons
/// to add and remove sites. Selecting a site shows it in the properties.
class SitesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SitesPanel(const DesignDocument *document, QWidget *parent = nullptr);
    QTreeWidget *tree() const { return m_tree; }
    QString selectedSite() const;
    void retranslate();

protected:
    void showEvent(QShowEvent *event) override;

signals:
    void siteSelected(const QString &code);
    void addSiteRequested(const QString &parentCode);
    void removeSiteRequested(const QString &code);

private:
    /// Rebuilds the tree when the sites changed; otherwise only the host
    /// counts (a host moved or edited: the XL design has a thousand sites).
    void rebuild();
    void scheduleRebuild();
    void updateCounts();
    QString typeText(int type) const;

    const DesignDocument *m_document;
    QTreeWidget *m_tree;
    QPushButton *m_add;
    QPushButton *m_remove;
    QHash<QString, QTreeWidgetItem *> m_items;
    QString m_shape; ///< the sites as last drawn: code, type, parent, name
    bool m_stale = false; ///< the document changed since the tree was drawn
};

} // namespace pp::views
