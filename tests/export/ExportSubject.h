#pragma once

// What the export tests write from: a design, the engine's analysis of it
// and the change request built from both.

#include "model/design/Design.h"
#include "model/engine/Analysis.h"
#include "model/export/ChangeRequest.h"

#include <QByteArray>
#include <QString>

class QTemporaryDir;

namespace pp::test {

struct ExportSubject
{
    Design design;
    Analysis analysis;
    ChangeRequest request;

    /// A file of examples/ analysed with the builtin catalog, its request
    /// built with the builtin risk rules, as the CLI and the designer do.
    /// Fatal when the example cannot be loaded.
    static ExportSubject example(const QString &file);
};

/// Writes `bytes` to `name` in `dir` and returns its path; fatal when it cannot.
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes);

} // namespace pp::test
