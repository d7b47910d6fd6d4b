#pragma once

#include <QMap>
#include <QString>

#include "model/design/Extras.h"

namespace pp {

/// Request metadata a firewall change request carries (file key "changeRequest").
struct ChangeRequestInfo
{
    QString ticket;           ///< e.g. "CHG0012345"
    QString requester;
    QString owner;
    QString requestedDate;    ///< ISO date, e.g. "2026-11-25"
    QString reviewDate;       ///< expiry or review date, ISO
    QString window;           ///< implementation window, free text
    /// The user's names for object and service groups (file key
    /// "groupNames"): the name GroupNaming gives -> the name to use. Kept
    /// in key order so the file diffs well.
    QMap<QString, QString> groupNames;
    Extras extras;
    bool isEmpty() const
    {
        return ticket.isEmpty() && requester.isEmpty() && owner.isEmpty() && requestedDate.isEmpty()
            && reviewDate.isEmpty() && window.isEmpty() && groupNames.isEmpty() && extras.is_null();
    }
    friend bool operator==(const ChangeRequestInfo &a, const ChangeRequestInfo &b);
};

} // namespace pp
