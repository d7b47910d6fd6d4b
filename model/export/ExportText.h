#pragma once

#include <QString>
#include <QStringList>

namespace pp::exporttext {

// Every export writes names that come from a design file, and a design file
// may come from anyone. These helpers are the one place that decides how a
// value becomes inert text in each target language.

/// Text for XML/XHTML/SVG content and double-quoted attributes: & < > " '
/// escaped, and characters XML 1.0 forbids (most control characters,
/// U+FFFE/U+FFFF, lone surrogates) dropped so the document stays well formed.
QString xml(const QString &value);

/// One line of plain text: line breaks and other control characters become
/// spaces (also U+0085, U+2028, U+2029), so a value cannot end a comment
/// line in a script. Cut to `maxLength` characters (0 = no limit) with "...".
QString singleLine(const QString &value, int maxLength = 0);

/// An identifier made of [A-Za-z0-9_] only, starting with a letter, at most
/// `maxLength` characters; never empty.
QString identifier(const QString &value, int maxLength = 24);

/// A PowerShell single-quoted string literal. Inside single quotes only the
/// quote characters are special, and PowerShell counts the typographic
/// single quotes (U+2018..U+201B) as quotes too: each is doubled.
QString psQuote(const QString &value);

/// True when psQuote() only adds the quotes around `value`: a writer can
/// stream such a value as it is between two quotes.
bool psPlain(QStringView value);

/// The first `shown` items joined with ", ", then "and N more" for the rest:
/// how a report names a long list of hosts.
QString summarised(const QStringList &items, int shown);

/// First `length` hex digits of the SHA-1 of `value`: short, stable names.
QString shortHash(const QString &value, int length = 6);

} // namespace pp::exporttext
