#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include "model/design/Firewall.h"
#include "model/export/NameRules.h"

namespace pp {

/// What a name is on a device: the limits differ (a FortiGate policy name
/// holds 35 characters, its address objects 79).
enum class NameKind : quint8 { Object, Rule, Zone };

/// The names and comments of one device's change request, made to fit its
/// platform: allowed characters, reserved words, lengths. Nothing is
/// changed silently: every name or comment that had to be shortened or
/// changed adds a warning, which the writer puts into the file and the
/// caller shows. The same input always gives the same name, and two
/// different names never become one (a cut name that would collide gets
/// "_2", "_3" in the order names are asked for).
class PlatformNames
{
public:
    explicit PlatformNames(FirewallPlatform platform);

    static NameRules rules(FirewallPlatform platform);

    /// `name` as this platform takes it for an object of `kind`. A name the
    /// user gave (a group or zone name) warns when it changes; a name made
    /// from others (`derived`: "H_" and a host's first label) does not.
    QString name(const QString &name, NameKind kind = NameKind::Object, bool derived = false);
    /// One line of comment text that fits the platform: line breaks and
    /// control characters become spaces, forbidden characters are replaced,
    /// and it is cut to the limit (`limit` > 0 overrides the platform's).
    QString comment(const QString &text, int limit = 0);
    /// A comment cut into pieces of at most the platform's length, for
    /// platforms that take several remark lines (ASA): nothing is lost up
    /// to `maxPieces`; past them the rest is cut, with a warning.
    QStringList commentLines(const QString &text, int maxPieces = 4);

    const QStringList &warnings() const { return m_warnings; }
    FirewallPlatform platform() const { return m_platform; }
    const NameRules &nameRules() const { return m_rules; }

    /// A double-quoted string for FortiOS: `\"` and `\\` escape (Batfish's
    /// FortiOS grammar); one line.
    static QString fortiQuote(const QString &text);
    /// A double-quoted string for PAN-OS and Junos set commands. Neither CLI
    /// documents an escape that every version takes, so `"` becomes `'` and
    /// `\` becomes `/` (the caller's comment() has warned already).
    static QString setQuote(const QString &text);
    /// A double-quoted iptables-restore argument: `\"` and `\\` escape
    /// (tested with iptables 1.8.9 here).
    static QString iptablesQuote(const QString &text);
    /// A JSON string value an ARM template does not evaluate: a leading `[`
    /// would start a template expression, so it is doubled (`[[`), the
    /// escape ARM documents for a literal bracket.
    static QString armLiteral(const QString &text);
    /// True for names like "10.0.0.1" or "10.0.0.0/8" that PAN-OS reads as
    /// the address rather than the object (batfish/batfish#2975).
    static bool looksLikeAddress(const QString &name);

private:
    QString cleanName(const QString &name) const;
    QString unique(const QString &base, const QString &original, NameKind kind, bool derived);
    void warn(const QString &text);
    int limit(NameKind kind) const;

    FirewallPlatform m_platform;
    NameRules m_rules;
    QHash<QString, QString> m_names;   ///< kind + original -> made
    QSet<QString> m_taken;             ///< made names, lower case
    QStringList m_warnings;
};

} // namespace pp
