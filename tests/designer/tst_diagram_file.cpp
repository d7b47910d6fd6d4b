// File > Export Diagram: the designer writes the one diagram renderer's
// drawing (render/DiagramSvg), as SVG or as PNG rendered from it.
#include "tests/support/TestPaths.h"

#include "app/designer/DiagramFile.h"
#include "model/catalog/Catalog.h"
#include "model/engine/RulesEngine.h"
#include "model/file/DesignFile.h"
#include "render/DiagramSvg.h"
#include "render/diagram/DrawioWriter.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

using namespace pp;

class TestDiagramFile : public QObject
{
    Q_OBJECT

private slots:
    void writesEveryFormat()
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
        file.close();
        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
        QVERIFY(renderer.defaultSize().width() > 1000);

        const QString png = dir.filePath(QStringLiteral("d.png"));
        QVERIFY2(app::DiagramFile::write(design, Catalog::builtin(), analysis, png, &error), qPrintable(error));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(qAbs(image.width() - renderer.defaultSize().width() * app::DiagramFile::PngScale) <= 1);

        // At the host level, as the canvas shows it zoomed in: the same drawing again.
        const diagram::DiagramOptions hosts{diagram::Detail::Hosts, false, nullptr};
        QVERIFY2(app::DiagramFile::write(design, Catalog::builtin(), analysis, svg, &error, hosts), qPrintable(error));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), designDiagramSvg(design, Catalog::builtin(), analysis, hosts));
        file.close();

        // PDF: one page the drawing's size (Qt draws the SVG's words as
        // outlines, so pdftotext has nothing to read: the page is checked).
        const QString pdf = dir.filePath(QStringLiteral("d.pdf"));
        QVERIFY2(app::DiagramFile::write(design, Catalog::builtin(), analysis, pdf, &error), qPrintable(error));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {pdf});
        // poppler-utils is in scripts/install-deps.sh.
        QVERIFY2(info.waitForFinished(20000) && info.exitCode() == 0, "pdfinfo cannot read the PDF");
        const QString text = QString::fromUtf8(info.readAllStandardOutput());
        QCOMPARE(text.section(QStringLiteral("Pages:"), 1).trimmed().section(QLatin1Char('\n'), 0, 0), QStringLiteral("1"));
        const QStringList page = text.section(QStringLiteral("Page size:"), 1).trimmed().section(QLatin1Char('\n'), 0, 0)
                                     .split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QVERIFY2(page.size() >= 3, qPrintable(text));
        QVERIFY2(qAbs(page[0].toDouble() - renderer.viewBoxF().width()) <= 1.5, qPrintable(page.join(QLatin1Char(' ')) + QStringLiteral(" vs %1").arg(renderer.viewBoxF().width())));
        QVERIFY(qAbs(page[2].toDouble() - renderer.viewBoxF().height()) <= 1.5);

        // draw.io: the same layout as diagrams.net XML.
        const QString drawio = dir.filePath(QStringLiteral("d.drawio"));
        QVERIFY2(app::DiagramFile::write(design, Catalog::builtin(), analysis, drawio, &error), qPrintable(error));
        QFile drawioFile(drawio);
        QVERIFY(drawioFile.open(QIODevice::ReadOnly));
        QCOMPARE(drawioFile.readAll(), diagram::diagramDrawio(design, Catalog::builtin(),
                                                             diagram::Diagram::build(design, Catalog::builtin(), analysis)));
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
