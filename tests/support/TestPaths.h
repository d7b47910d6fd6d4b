#pragma once

#include <QString>

namespace pp::test {

/// The source tree (for bundled examples and resources).
QString sourceDir();
QString examplePath(const QString &fileName);
/// ../shared beside the clone, or empty when this clone has none.
QString sharedDir();
/// The seed document, or empty (tests then QSKIP with the reason).
QString seedPath();
/// The rows of the current-branch page (configmgr-current-2022), or empty.
QString currentRowsPath();
/// The built portplanner-cli.
QString cliPath();

} // namespace pp::test
