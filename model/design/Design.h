#pragma once

// The design as plain values. This header is the document's (Design) and
// brings in every part it holds, one header per struct.

#include <QMap>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

#include "model/design/BoundaryFallback.h"
#include "model/design/BoundaryGroup.h"
#include "model/design/ChangeRequestInfo.h"
#include "model/design/DesignSettings.h"
#include "model/design/Extras.h"
#include "model/design/Firewall.h"
#include "model/design/Host.h"
#include "model/design/HostOptions.h"
#include "model/design/Link.h"
#include "model/design/LinkPort.h"
#include "model/design/PortRange.h"
#include "model/design/ReviewDecision.h"
#include "model/design/Settings.h"
#include "model/design/Site.h"
#include "model/design/Verification.h"
#include "model/design/Zone.h"

#include <optional>
#include <vector>

namespace pp {

/// The document: everything a .portplan file holds.
struct Design
{
    QString name;
    QString catalog = QStringLiteral("configmgr-2017");
    DesignSettings settings;
    ChangeRequestInfo changeRequest;
    std::vector<Site> sites;
    std::vector<Zone> zones;
    std::vector<Host> hosts;
    std::vector<Link> links;
    std::vector<BoundaryGroup> boundaryGroups;
    std::vector<Firewall> firewalls; ///< rule 10; empty = one implicit firewall between every two zones
    std::vector<Route> routes;       ///< rule 10: pinned zone paths
    std::vector<ReviewDecision> reviews;
    std::vector<VerificationRecord> verifications; ///< issue 15: one per opening key, latest import
    QString reviewCursor;     ///< opening key the walkthrough was on (resume)
    Extras extras;

    const Site *site(const QString &code) const;
    const Zone *zone(const QString &id) const;
    const Host *host(const QString &id) const;
    Site *site(const QString &code);
    Zone *zone(const QString &id);
    Host *host(const QString &id);
    int hostIndex(const QString &id) const;
    int zoneIndex(const QString &id) const;
    int siteIndex(const QString &code) const;
    const BoundaryGroup *boundaryGroup(const QString &id) const;
    int firewallIndex(const QString &id) const;
    const Firewall *firewall(const QString &id) const;

    friend bool operator==(const Design &a, const Design &b);
    friend bool operator!=(const Design &a, const Design &b) { return !(a == b); }
};

} // namespace pp
