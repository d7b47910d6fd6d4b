#pragma once

#include "model/export/ChangeRequest.h"

#include <QCoreApplication>
#include <QString>

namespace pp {

/// The values a person reads in a request's tables (CSV, XLSX, HTML, PDF):
/// action, phase, direction, risk, yes/no, group kinds, in the chosen
/// language (the CLI's --lang, the designer's language). Vendor policies,
/// scripts and JSON keep the machine names (requestActionName(), the risk
/// level's name): a firewall or a script reads those.
class ValueText
{
    Q_DECLARE_TR_FUNCTIONS(pp::ValueText)

public:
    static QString action(RequestAction action);
    /// "runtime", "install" or both, for a line.
    static QString phase(const RequestLine &line);
    /// A flow's phase by its name ("runtime" or "install").
    static QString phase(const QString &name);
    static QString direction(const RequestLine &line);
    /// A risk level by its name ("high", "medium", "low"); other text as it is.
    static QString risk(const QString &level);
    static QString yesNo(bool value);
    static QString hostsKind();
    static QString servicesKind();
};

} // namespace pp
