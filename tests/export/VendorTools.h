#pragma once

// The real tools the vendor exports are checked with (shared/TOOLING.md):
// iptables-restore inside a private network namespace, Capirca's aclgen,
// and a JSON Schema check (Debian python3-jsonschema). Each says why it
// could not run (`skip`) so a test can QSKIP naming the missing package.

#include <QString>
#include <QStringList>

namespace pp::test {

struct ToolResult
{
    QString skip;             ///< why the tool could not run; empty when it ran
    QString error;            ///< the tool's complaint; empty when the file passed
    QString output;           ///< what it printed (iptables-save's listing)
};

/// `iptables-restore --test --noflush FILE`, then the file loaded with
/// --noflush and listed with iptables-save, all inside `unshare -rn`.
ToolResult iptablesLoad(const QString &path);
/// `aclgen --base_directory DIR/policies --definitions_directory DIR/def
/// --output_directory OUT`; the files it wrote are in OUT.
ToolResult aclgen(const QString &dir, const QString &out);
/// The schema in tests/export named `schema` against the JSON file.
ToolResult jsonSchema(const QString &schema, const QString &path);

} // namespace pp::test
