// File > Export Diagram: the designer writes the one diagram renderer's
// drawing (render/DiagramSvg), as SVG or as PNG rendered from it.
#include "tests/support/TestPaths.h"

#include "app/designer/DiagramFile.h"
#include "model/catalog/Catalog.h"
#include "model/engine/RulesEngine.h"
#include "model/file/DesignFile.h"
#include "render/DiagramSvg.h"

#include <QFile>
#include <QImage>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

using namespace pp;

class TestDiagramFile : public QObject
{
    Q_OBJECT

private slots:
    void writesSvgAndPng()
    {
        const LoadResult loaded = DesignFile::load(test::examplePath(QStringLiteral("standalone-dmz.portplan")),
                                                   Catalog::builtin());
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorText()));
        const Design &design = *loaded.design;
        const Analysis analysis = RulesEngine(Catalog::builtin()).analyze(design);
        QTemporaryDir dir;
        QString error;

        const QString svg = dir.filePath(QStringLiteral("d.svg"));
        QVERIFY2(app::DiagramFile::write(design, Catalog::builtin(), analysis, svg, &error), qPrintable(error));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        // The same drawing as the CLI's and the reports': one renderer.
        QCOMPARE(file.readAll(), designDiagramSvg(design, Catalog::builtin(), analysis));
        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
        QVERIFY(renderer.defaultSize().width() > 1000);

        const QString png = dir.filePath(QStringLiteral("d.png"));
        QVERIFY2(app::DiagramFile::write(design, Catalog::builtin(), analysis, png, &error), qPrintable(error));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(qAbs(image.width() - renderer.defaultSize().width() * app::DiagramFile::PngScale) <= 1);
    }

    void emptyDesignIsRefused()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!app::DiagramFile::write(Design(), Catalog::builtin(), Analysis(), dir.filePath(QStringLiteral("e.svg")),
                                         &error));
        QVERIFY(error.contains(QStringLiteral("empty")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("e.svg"))));
    }
};

QTEST_MAIN(TestDiagramFile)
#include "tst_diagram_file.moc"
