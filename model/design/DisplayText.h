#pragma once

// Words a person reads for the design's enumerations, in the language of the
// installed translator (QCoreApplication::translate: Qt Core), beside the
// file-format names in Design.h that never change.

#include <QString>

#include "model/design/Design.h"

namespace pp {

/// True while Traditional Chinese is the default locale (the designer's
/// language menu, the CLI's --lang zh_TW): data that carries the seed's own
/// Chinese terms (role names, port descriptions, risk reasons) shows those.
bool chineseTerms();
/// Makes `code` ("en" or "zh_TW") the default locale that chineseTerms() reads.
void setTermsLanguage(const QString &code);

/// "Internal", "Perimeter (DMZ)", ... for menus, editors and tables.
QString zoneKindText(ZoneKind kind);
/// "Central administration site", "Primary site", "Secondary site".
QString siteTypeText(SiteType type);
/// "Intranet clients only", "Internet clients only", "Intranet and internet clients".
QString clientConnectionsText(ClientConnections connections);
/// "Palo Alto Networks PAN-OS", "Cisco ASA", ...: a firewall platform (rule 10).
QString platformText(FirewallPlatform platform);
/// "approved", "rejected", "questioned": a decision as it reads in a list.
QString verdictText(Verdict verdict);

} // namespace pp
