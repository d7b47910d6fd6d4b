#include "tests/export/ExportSubject.h"

#include "model/catalog/Catalog.h"
#include "model/export/ChangeRequestBuilder.h"
#include "model/file/DesignFile.h"
#include "model/review/RiskRules.h"
#include "tests/support/TestDesign.h"
#include "tests/support/TestPaths.h"

#include <QFile>
#include <QTemporaryDir>

namespace pp::test {

ExportSubject ExportSubject::example(const QString &file)
{
    LoadResult loaded = DesignFile::load(examplePath(file), Catalog::builtin());
    if (!loaded.ok())
        qFatal("cannot load %s: %s", qPrintable(file), qPrintable(loaded.errorText()));
    ExportSubject s{std::move(*loaded.design), {}, {}};
    s.analysis = analyze(s.design);
    ChangeRequestOptions options;
    options.risk = riskRulesProvider(RiskRules::builtin());
    s.request = ChangeRequestBuilder::build(s.design, Catalog::builtin(), s.analysis, options);
    return s;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace pp::test
