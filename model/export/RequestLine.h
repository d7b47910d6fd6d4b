#pragma once

#include <QString>
#include <QStringList>

#include "model/design/PortRange.h"
#include "model/export/RequestAction.h"
#include "model/export/RequestFlow.h"
#include "model/export/RequestRisk.h"
#include "model/export/RequestSide.h"

#include <vector>

namespace pp {

/// One line of a firewall change request: one opening of the engine.
struct RequestLine
{
    QString id;               ///< "CR-001"
    QString key;              ///< FlowText::openingKey, stable across versions of a design
    int section = 0;          ///< index into ChangeRequest::sections
    RequestAction action = RequestAction::Add;
    QString change;           ///< for Modify: what changed, in words
    RequestSide source;
    RequestSide destination;
    Protocol protocol = Protocol::Tcp;
    PortRange range;          ///< empty for ICMP
    QString port;             ///< "443", "49152-65535", "echo-request"
    QStringList services;     ///< service names in words
    QStringList serviceIds;   ///< the catalog's service ids
    int serviceGroup = -1;    ///< index into ChangeRequest::serviceGroups
    int rule = -1;            ///< index into ChangeRequest::rules
    bool bothWays = false;    ///< served by a connection either side may start (<-->)
    QString pairLine;         ///< the line for the opposite direction, if the request has one
    QStringList refs;         ///< seed anchors
    bool runtime = false;
    bool install = false;
    RequestRisk risk;
    std::vector<RequestFlow> flows;
    /// The flows it serves, in words: one line per kind of flow with the
    /// first host pairs it joins ("and N more").
    QString justification;
    /// Rule 8: what an SSL-bridging proxy in front of the internet-facing
    /// MPs, DPs and FSPs of this line must pass (FlowText::bridging); a
    /// remark for the firewall team beside the justification, empty when
    /// there is none.
    QStringList bridging;

    QString portLabel() const;     ///< "TCP/443"
};

} // namespace pp
