#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include "model/audit/PolicyReadResult.h"

namespace pp {

/// A Capirca / Aerleon `.pol` with its definitions (`*.net` networks and
/// `*.svc` services, by file name): every term of every filter in order,
/// first match, then deny (Capirca's generators end with a default deny).
/// Zones come from paloalto (`from X to Y`) and srx (`from-zone X to-zone
/// Y`) headers. Errors name the file and line.
class CapircaReader
{
public:
    static PolicyReadResult read(const QByteArray &policy, const QHash<QString, QByteArray> &definitions);
    /// The definitions in `dir`: its *.net and *.svc files (at most 200, 16 MB each).
    static QHash<QString, QByteArray> definitionsIn(const QString &dir, QString *error = nullptr);
};

} // namespace pp
