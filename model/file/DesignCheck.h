#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QVector>

#include "model/design/Design.h"
#include "model/file/LoadError.h"

namespace pp {

class Catalog;

/// The internal consistency a design must have before the engine may read
/// it: unique ids, references that resolve, no site cycles, addresses and
/// subnets that parse, catalog roles and refs that exist. The reader runs it
/// on every file; the designer on a pasted or imported fragment before it
/// enters the document.
class DesignCheck
{
public:
    /// Every problem found, each with the path of its element.
    static QVector<LoadError> run(const Design &design, const Catalog &catalog);

private:
    DesignCheck(const Design &design, const Catalog &catalog);

    void checkCatalog();
    void checkSites();
    void checkSiteParents();
    void checkZones();
    void checkHosts();
    void checkInternetProxies();
    void checkHostOptions();
    void checkBoundaryGroups();
    void checkGroupMembers(const BoundaryGroup &g, const QString &path);
    void checkGroupFallbacks(const BoundaryGroup &g, const QString &path, const QSet<QString> &groupIds);
    void checkLinks();

    const Design &m_design;
    const Catalog &m_catalog;
    /// The design's own catalog (Design::catalog); m_catalog when it names
    /// none, names m_catalog, or names one this program does not have.
    const Catalog *m_own;
    QVector<LoadError> m_errors;
    QHash<QString, int> m_siteByCode;
    QSet<QString> m_zoneIds;
    QHash<QString, const Host *> m_hostById;
};

/// DesignCheck::run: the checks DesignFile::parse also runs.
QVector<LoadError> checkDesign(const Design &design, const Catalog &catalog);

} // namespace pp
