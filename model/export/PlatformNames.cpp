#include "model/export/PlatformNames.h"

#include "model/export/ExportText.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace pp {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PlatformNames", text);
}

bool asciiAlnum(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

/// AWS GroupDescription and rule Description characters (EC2
/// CreateSecurityGroup API: "a-z, A-Z, 0-9, spaces, and ._-:/()#,@[]+=&;{}!$*").
bool awsCommentChar(QChar c)
{
    return asciiAlnum(c) || QStringView(u" ._-:/()#,@[]+=&;{}!$*").contains(c);
}

/// Cuts UTF-8 text to `bytes` without splitting a character.
QString cutBytes(const QString &text, int bytes)
{
    QString out;
    int used = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool pair = text.at(i).isHighSurrogate() && i + 1 < text.size();
        const QString piece = pair ? text.mid(i, 2) : QString(text.at(i));
        const int size = int(piece.toUtf8().size());
        if (used + size > bytes)
            break;
        out += piece;
        used += size;
        if (pair)
            ++i;
    }
    return out;
}

/// Rules with a platform's limits on object, rule and zone names and on
/// comments, and the characters it allows in names besides [A-Za-z0-9_];
/// the rest as NameRules has them until the platform says otherwise.
NameRules sized(int object, int rule, int zone, int comment, const QString &extraNameChars)
{
    NameRules r;
    r.objectLength = object;
    r.ruleLength = rule;
    r.zoneLength = zone;
    r.commentLength = comment;
    r.extraNameChars = extraNameChars;
    return r;
}

int textSize(const QString &text, bool bytes)
{
    return bytes ? int(text.toUtf8().size()) : int(text.size());
}

// The limits of each platform. Every one is from
// shared/research/firewall-formats.md; the source it names is given beside it.

NameRules paloAltoRules()
{
    // Names 1-63 (PaloAltoNetworks/pan-os-codegen specs/objects/address.yaml,
    // specs/policies/security-policy-rule.yaml); zones 31 (aerleon
    // paloaltofw.py MAX_ZONE_LENGTH); descriptions 1023 (codegen spec).
    // Characters: the safe subset [A-Za-z0-9._-] (none documented).
    NameRules r = sized(63, 63, 31, 1023, QStringLiteral(".-"));
    r.commentForbidden = QStringLiteral("\"\\");
    r.reserved = {QStringLiteral("any"), QStringLiteral("application-default"),
                  QStringLiteral("intrazone-default"), QStringLiteral("interzone-default"),
                  QStringLiteral("service-http"), QStringLiteral("service-https")};
    return r;
}

NameRules fortigateRules()
{
    // Address/addrgrp/service names 79 (FortiOS CLI reference "config
    // firewall address"; batfish ADDRESS_NAME_PATTERN); policy and zone
    // names 35 (CLI reference "config firewall policy"; batfish
    // POLICY_NAME_PATTERN); comments 1023 (fortigate.py
    // FORTIGATE_COMMENT_LIMIT). Predefined: all, ALL, always, any.
    NameRules r = sized(79, 35, 35, 1023, QStringLiteral(".-"));
    r.reserved = {QStringLiteral("all"), QStringLiteral("always"), QStringLiteral("any"),
                  QStringLiteral("none")};
    return r;
}

NameRules ciscoAsaRules()
{
    // Object and object-group names 64 (ASA 9.x "Guidelines for Objects");
    // remarks 100 (ASA "Adding Remarks to Access Lists"; aerleon
    // ciscoasa.py truncates there). ACL names: 64 here, as the 241 often
    // quoted is unverified.
    NameRules r = sized(64, 64, 48, 100, QStringLiteral(".-"));
    r.reserved = {QStringLiteral("any"), QStringLiteral("any4"), QStringLiteral("any6"),
                  QStringLiteral("host"), QStringLiteral("object"), QStringLiteral("object-group"),
                  QStringLiteral("interface"), QStringLiteral("range"), QStringLiteral("eq")};
    return r;
}

NameRules junosSrxRules()
{
    // 63 characters of [A-Za-z0-9._-] starting with a letter (Junos Space
    // Security Director naming; Junos itself unverified); descriptions
    // 900 (api-evangelist schema, unverified). `all` is the global zone,
    // any/any-ipv4/any-ipv6 are predefined, junos- names are Juniper's
    // (aerleon junipersrx.py).
    NameRules r = sized(63, 63, 63, 900, QStringLiteral(".-"));
    r.commentForbidden = QStringLiteral("\"\\");
    r.reserved = {QStringLiteral("any"), QStringLiteral("any-ipv4"), QStringLiteral("any-ipv6"),
                  QStringLiteral("all")};
    r.reservedPrefixes = {QStringLiteral("junos-")};
    return r;
}

NameRules iptablesRules()
{
    // Chain names under 29 characters, ipset names 31 (tested here);
    // `-m comment` keeps 255 bytes and truncates silently beyond
    // (tested here, iptables 1.8.9; man iptables-extensions says 256).
    NameRules r = sized(31, 28, 28, 255, QStringLiteral("-"));
    r.commentBytes = true;
    r.reserved = {QStringLiteral("INPUT"), QStringLiteral("OUTPUT"), QStringLiteral("FORWARD"),
                  QStringLiteral("PREROUTING"), QStringLiteral("POSTROUTING"), QStringLiteral("ACCEPT"),
                  QStringLiteral("DROP"), QStringLiteral("RETURN"), QStringLiteral("REJECT")};
    return r;
}

NameRules azureNsgRules()
{
    // 1-80 of alphanumerics, _ . -, starting alphanumeric, ending
    // alphanumeric or _ (PSRule Azure.NSG.Naming); descriptions 140
    // (Azure SDK SecurityRulePropertiesFormat).
    return sized(80, 80, 80, 140, QStringLiteral(".-"));
}

NameRules awsSgRules()
{
    // GroupName, GroupDescription and rule Description: 255 characters of
    // a-zA-Z0-9 and " ._-:/()#,@[]+=&;{}!$*", never starting with sg-
    // (EC2 CreateSecurityGroup API).
    NameRules r = sized(255, 255, 255, 255, QStringLiteral(".-"));
    r.asciiComments = true;
    r.reservedPrefixes = {QStringLiteral("sg-")};
    return r;
}

NameRules capircaRules()
{
    // Capirca tokens are words; term names become PAN-OS rule names (63,
    // aerleon paloaltofw.py _TERM_MAX_LENGTH). Quoted strings in a .pol
    // end at the next `"` (policy.py DQUOTEDSTRING), and several targets
    // write comments as ASCII.
    NameRules r = sized(63, 63, 31, 1023, QStringLiteral("-"));
    r.asciiComments = true;
    r.commentForbidden = QStringLiteral("\"\\");
    r.reserved = {QStringLiteral("any"), QStringLiteral("all")};
    return r;
}

} // namespace

// A platform's limits (the functions above); the rest as NameRules has them.
NameRules PlatformNames::rules(FirewallPlatform platform)
{
    switch (platform) {
    case FirewallPlatform::PaloAlto:
        return paloAltoRules();
    case FirewallPlatform::Fortigate:
        return fortigateRules();
    case FirewallPlatform::CiscoAsa:
        return ciscoAsaRules();
    case FirewallPlatform::JuniperSrx:
        return junosSrxRules();
    case FirewallPlatform::Iptables:
        return iptablesRules();
    case FirewallPlatform::AzureNsg:
        return azureNsgRules();
    case FirewallPlatform::AwsSg:
        return awsSgRules();
    case FirewallPlatform::Capirca:
        return capircaRules();
    case FirewallPlatform::Generic:
    case FirewallPlatform::Nftables:
    case FirewallPlatform::Windows:
        break;
    }
    return NameRules();
}

PlatformNames::PlatformNames(FirewallPlatform platform)
    : m_platform(platform)
    , m_rules(rules(platform))
{
}

int PlatformNames::limit(NameKind kind) const
{
    switch (kind) {
    case NameKind::Object:
        return m_rules.objectLength;
    case NameKind::Rule:
        return m_rules.ruleLength;
    case NameKind::Zone:
        return m_rules.zoneLength;
    }
    return m_rules.objectLength;
}

void PlatformNames::warn(const QString &text)
{
    if (!m_warnings.contains(text))
        m_warnings << text;
}

bool PlatformNames::looksLikeAddress(const QString &name)
{
    const QString address = name.section(QLatin1Char('/'), 0, 0);
    return !QHostAddress(address).isNull();
}

QString PlatformNames::cleanName(const QString &name) const
{
    QString out;
    for (const QChar c : name) {
        if (asciiAlnum(c) || c == u'_' || m_rules.extraNameChars.contains(c))
            out += c;
        else if (!out.endsWith(QLatin1Char('_')))
            out += QLatin1Char('_');
    }
    while (!out.isEmpty() && !asciiAlnum(out.front()))
        out.remove(0, 1);
    if (out.isEmpty() || !out.front().isLetter() || looksLikeAddress(out))
        out.prepend(QStringLiteral("N_"));
    for (const QString &prefix : m_rules.reservedPrefixes)
        if (out.startsWith(prefix, Qt::CaseInsensitive))
            out.prepend(QStringLiteral("PP_"));
    if (m_rules.reserved.contains(out, Qt::CaseInsensitive))
        out += QStringLiteral("_PP");
    return out;
}

QString PlatformNames::unique(const QString &base, const QString &original, NameKind kind, bool derived)
{
    const int limit = this->limit(kind);
    auto fit = [&](const QString &stem, const QString &suffix) {
        QString cut = stem.left(limit - int(suffix.size()));
        // Azure: a name ends with an alphanumeric or "_" (PSRule Azure.NSG.Naming).
        while (cut.size() > 1 && !asciiAlnum(cut.back()) && cut.back() != u'_')
            cut.chop(1);
        return cut + suffix;
    };
    // Objects, rules and zones are separate namespaces on every platform.
    const QString space = QString::number(int(kind)) + QLatin1Char('|');
    QString made = fit(base, QString());
    for (int n = 2; m_taken.contains(space + made.toLower()); ++n)
        made = fit(base, QLatin1Char('_') + QString::number(n));
    m_taken.insert(space + made.toLower());
    if (made != original && !derived)
        warn(tr("Name \"%1\" became \"%2\" on %3 (characters, reserved words or length: at most %4).")
                 .arg(exporttext::singleLine(original, 120), made, platformName(m_platform))
                 .arg(limit));
    return made;
}

QString PlatformNames::name(const QString &name, NameKind kind, bool derived)
{
    const QString key = QString::number(int(kind)) + QLatin1Char('|') + name;
    const auto found = m_names.constFind(key);
    if (found != m_names.constEnd())
        return *found;
    const QString made = unique(cleanName(name), name, kind, derived);
    m_names.insert(key, made);
    return made;
}

QString PlatformNames::comment(const QString &text, int limitOverride)
{
    const int max = limitOverride > 0 ? limitOverride : m_rules.commentLength;
    QString out = exporttext::singleLine(text).simplified();
    bool replaced = false;
    for (QChar &c : out) {
        const bool forbidden = m_rules.commentForbidden.contains(c)
            || (m_rules.asciiComments && c.unicode() > 0x7e)
            || (m_platform == FirewallPlatform::AwsSg && !awsCommentChar(c));
        if (!forbidden)
            continue;
        if (m_platform == FirewallPlatform::AwsSg)
            c = u'_';
        else
            c = c == u'"' ? QChar(u'\'') : c == u'\\' ? QChar(u'/') : QChar(u'_');
        replaced = true;
    }
    if (replaced)
        warn(tr("Comment \"%1\": characters %2 cannot hold were replaced.")
                 .arg(exporttext::singleLine(text, 80), platformName(m_platform)));
    if (textSize(out, m_rules.commentBytes) > max) {
        out = m_rules.commentBytes ? cutBytes(out, max - 3) + QStringLiteral("...")
                                   : out.left(max - 3) + QStringLiteral("...");
        warn(tr("Comment \"%1\" was shortened to %2 %3, the limit on %4.")
                 .arg(exporttext::singleLine(text, 80))
                 .arg(max)
                 .arg(m_rules.commentBytes ? tr("bytes") : tr("characters"), platformName(m_platform)));
    }
    return out;
}

QStringList PlatformNames::commentLines(const QString &text, int maxPieces)
{
    const QString whole = comment(text, 100000);
    const int max = m_rules.commentLength;
    QStringList pieces;
    QString rest = whole;
    while (!rest.isEmpty() && int(pieces.size()) < maxPieces) {
        qsizetype cut = rest.size() <= max ? rest.size() : rest.lastIndexOf(QLatin1Char(' '), max);
        if (cut <= max / 2)
            cut = qMin<qsizetype>(max, rest.size());
        pieces << rest.left(cut).trimmed();
        rest = rest.mid(cut).trimmed();
    }
    if (!rest.isEmpty()) {
        pieces.back() = pieces.back().left(max - 3) + QStringLiteral("...");
        warn(tr("Comment \"%1\" was shortened to %2 lines of %3 characters, the limit on %4.")
                 .arg(exporttext::singleLine(text, 80))
                 .arg(maxPieces)
                 .arg(max)
                 .arg(platformName(m_platform)));
    }
    return pieces;
}

QString PlatformNames::fortiQuote(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : exporttext::singleLine(text)) {
        if (c == u'"' || c == u'\\')
            out += QLatin1Char('\\');
        out += c;
    }
    return out + QLatin1Char('"');
}

QString PlatformNames::setQuote(const QString &text)
{
    QString out = exporttext::singleLine(text);
    out.replace(QLatin1Char('"'), QLatin1Char('\''));
    out.replace(QLatin1Char('\\'), QLatin1Char('/'));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QString PlatformNames::iptablesQuote(const QString &text)
{
    return fortiQuote(text);
}

QString PlatformNames::armLiteral(const QString &text)
{
    return text.startsWith(QLatin1Char('[')) ? QLatin1Char('[') + text : text;
}

} // namespace pp
