#include "app/designer/ExportDialog.h"

#include "model/catalog/Catalog.h"
#include "model/file/DesignFile.h"
#include "model/engine/RulesEngine.h"
#include "render/DiagramSvg.h"
#include "render/ExportFormats.h"
#include "render/HtmlReport.h"
#include "model/export/OpeningDelta.h"
#include "model/review/RiskRules.h"
#include "render/ReportRender.h"

#include <QComboBox>
#include <QDir>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace pp::app {

namespace {

/// Previews bigger than this show their beginning: a 300-page report in a
/// text browser helps nobody and stalls the window.
constexpr int previewLimit = 400'000;

} // namespace

ExportDialog::ExportDialog(const Catalog &catalog, AnalysisPtr current, const QString &currentPath, QWidget *parent)
    : QDialog(parent)
    , m_catalog(catalog)
    , m_current(std::move(current))
    , m_currentPath(currentPath)
    , m_format(new QComboBox(this))
    , m_baselineEdit(new QLineEdit(this))
    , m_baselineButton(new QPushButton(tr("Compare with…"), this))
    , m_clearBaseline(new QPushButton(tr("Whole design"), this))
    , m_summary(new QLabel(this))
    , m_preview(new QStackedWidget(this))
    , m_html(new QTextBrowser(this))
    , m_text(new QPlainTextEdit(this))
    , m_image(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this))
{
    setWindowTitle(tr("Export change request"));
    resize(980, 720);
    const std::pair<QString, QString> formats[] = {
        {QStringLiteral("xlsx"), tr("Excel workbook (XLSX)")}, {QStringLiteral("csv"), tr("CSV")},
        {QStringLiteral("html"), tr("HTML report")},           {QStringLiteral("pdf"), tr("PDF report")},
        {QStringLiteral("ps1"), tr("Windows Defender Firewall script (PowerShell)")},
        {QStringLiteral("nft"), tr("nftables ruleset")},       {QStringLiteral("svg"), tr("Diagram (SVG)")},
        {QStringLiteral("png"), tr("Diagram (PNG)")}};
    for (const auto &[id, label] : formats)
        m_format->addItem(label, id);
    m_baselineEdit->setReadOnly(true);
    m_baselineEdit->setPlaceholderText(tr("The whole design (no baseline)"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_image->setAlignment(Qt::AlignCenter);
    auto *imageScroll = new QScrollArea(this);
    imageScroll->setWidget(m_image);
    imageScroll->setWidgetResizable(true);
    m_preview->addWidget(m_html);
    m_preview->addWidget(m_text);
    m_preview->addWidget(imageScroll);
    m_summary->setWordWrap(true);

    auto *grid = new QGridLayout;
    auto *formatLabel = new QLabel(tr("&Format:"), this);
    formatLabel->setBuddy(m_format);
    grid->addWidget(formatLabel, 0, 0);
    grid->addWidget(m_format, 0, 1, 1, 3);
    auto *baselineLabel = new QLabel(tr("Only changes since:"), this);
    baselineLabel->setBuddy(m_baselineButton);
    grid->addWidget(baselineLabel, 1, 0);
    grid->addWidget(m_baselineEdit, 1, 1);
    grid->addWidget(m_baselineButton, 1, 2);
    grid->addWidget(m_clearBaseline, 1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_summary);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_buttons);

    m_format->setAccessibleName(tr("Export format"));
    m_baselineEdit->setAccessibleName(tr("Baseline design"));
    m_baselineEdit->setAccessibleDescription(tr("When set, the request asks only for what changed since this design"));
    m_baselineButton->setAccessibleDescription(tr("Choose an earlier version of the design to compare with"));
    m_clearBaseline->setAccessibleDescription(tr("Export the whole design again"));
    m_summary->setAccessibleName(tr("Change request summary"));
    m_html->setAccessibleName(tr("Preview"));
    m_text->setAccessibleName(tr("Preview"));
    m_image->setAccessibleName(tr("Diagram preview"));

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updatePreview);
    connect(m_baselineButton, &QPushButton::clicked, this, &ExportDialog::chooseBaseline);
    connect(m_clearBaseline, &QPushButton::clicked, this, [this] {
        m_baseline.reset();
        m_baselinePath.clear();
        m_baselineEdit->clear();
        rebuild();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    rebuild();
}

bool ExportDialog::setBaseline(const QString &path, QString *error)
{
    LoadResult loaded = DesignFile::load(path, m_catalog);
    if (!loaded.ok()) {
        if (error)
            *error = loaded.errorText();
        return false;
    }
    AnalysisSnapshot baseline;
    baseline.design = std::move(*loaded.design);
    // The baseline follows its own catalog (loading refused unknown ones).
    baseline.catalog = Catalog::forDesign(baseline.design.catalog);
    baseline.analysis = RulesEngine(baseline.catalogOr(m_catalog)).analyze(baseline.design);
    m_baseline = std::move(baseline);
    m_baselinePath = path;
    m_baselineEdit->setText(QFileInfo(path).fileName());
    setWindowTitle(tr("Changes since %1").arg(QFileInfo(path).fileName()));
    rebuild();
    return true;
}

void ExportDialog::setFormat(const QString &format)
{
    m_format->setCurrentIndex(std::max(0, m_format->findData(format)));
}

QString ExportDialog::format() const
{
    return m_format->currentData().toString();
}

bool ExportDialog::chooseBaseline()
{
    // Parented to the main window when the dialog is not on screen yet
    // (File > Compare With asks for the file first).
    QWidget *parent = isVisible() ? this : parentWidget();
    const QString path = QFileDialog::getOpenFileName(parent, tr("Compare with an earlier design"),
                                                      QFileInfo(m_currentPath).absolutePath(),
                                                      tr("PortPlanner designs (*.portplan)"));
    if (path.isEmpty())
        return false;
    QString error;
    if (setBaseline(path, &error))
        return true;
    QMessageBox::critical(parent, tr("Compare with"), tr("%1 could not be read:\n%2").arg(path, error));
    return false;
}

void ExportDialog::rebuild()
{
    ChangeRequestOptions options;
    options.risk = riskRulesProvider(RiskRules::builtin());
    const Design &design = m_current->design;
    const Analysis &analysis = m_current->analysis;
    const Catalog &catalog = currentCatalog();
    if (m_baseline) {
        const OpeningDelta delta = OpeningDelta::compare(m_baseline->design, m_baseline->analysis, design, analysis, catalog);
        m_request = ChangeRequestBuilder::build(delta, m_baseline->design, m_baseline->analysis,
                                                m_baseline->catalogOr(m_catalog), design, analysis, catalog, options);
        m_summary->setText(tr("Since %1: %2 opening(s) to add, %3 to modify, %4 to remove; %5 unchanged.")
                               .arg(m_baselineEdit->text())
                               .arg(delta.count(DeltaKind::Added))
                               .arg(delta.count(DeltaKind::Changed))
                               .arg(delta.count(DeltaKind::Removed))
                               .arg(delta.unchanged));
    } else {
        m_request = ChangeRequestBuilder::build(design, catalog, analysis, options);
        m_summary->setText(tr("%1 request line(s) in %2 firewall rule(s).").arg(m_request.lines.size()).arg(m_request.rules.size()));
    }
    if (!m_request.warnings.isEmpty())
        m_summary->setText(m_summary->text() + QStringLiteral("\n") + tr("Warnings: %1").arg(m_request.warnings.join(QStringLiteral("; "))));
    updatePreview();
}

const Catalog &ExportDialog::currentCatalog() const
{
    return m_current->catalogOr(m_catalog);
}

QByteArray ExportDialog::render(QString *error) const
{
    return report::renderChangeRequest(format(), m_request, m_current->design, currentCatalog(), m_current->analysis, error);
}

void ExportDialog::updatePreview()
{
    const QString f = format();
    QString error;
    if (f == QLatin1String("svg") || f == QLatin1String("png")) {
        const QByteArray png = report::svgToPng(designDiagramSvg(m_current->design, currentCatalog(), m_current->analysis), 0.5, &error);
        QPixmap pm;
        pm.loadFromData(png, "PNG");
        m_image->setPixmap(pm);
        m_preview->setCurrentIndex(2);
        return;
    }
    if (f == QLatin1String("html") || f == QLatin1String("pdf") || f == QLatin1String("xlsx")) {
        // XLSX and PDF carry the same lines as the report: preview that. The
        // text browser cannot draw inline SVG, so the diagram goes in as a
        // picture, the way the PDF takes it.
        HtmlReportOptions options;
        options.diagramImage = QStringLiteral("preview-diagram.png");
        options.diagramWidth = std::max(700, m_html->viewport()->width() - 60);
        const QByteArray html = changeRequestHtml(m_request, m_current->design, currentCatalog(), m_current->analysis, options);
        QImage diagram;
        diagram.loadFromData(
            report::svgToPng(designDiagramSvg(m_current->design, currentCatalog(), m_current->analysis), 1.0, &error), "PNG");
        m_html->document()->addResource(QTextDocument::ImageResource, QUrl(options.diagramImage), diagram);
        if (html.size() > previewLimit)
            m_html->setPlainText(tr("The report is %1 MB: too large to preview here. Save it and open it in a browser.")
                                     .arg(html.size() / 1048576.0, 0, 'f', 1));
        else
            m_html->setHtml(QString::fromUtf8(html));
        m_preview->setCurrentIndex(0);
        return;
    }
    QByteArray text = renderCoreFormat(f, m_request, m_current->design, currentCatalog(), m_current->analysis, &error);
    if (text.size() > previewLimit)
        text = text.left(previewLimit) + "\n…";
    m_text->setPlainText(text.isEmpty() ? error : QString::fromUtf8(text));
    m_preview->setCurrentIndex(1);
}

bool ExportDialog::saveTo(const QString &path, QString *error) const
{
    const QByteArray bytes = render(error);
    if (bytes.isEmpty())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void ExportDialog::save()
{
    const QString f = format();
    // Beside the design by default, named after it.
    const QFileInfo design(m_currentPath);
    const QString base = design.completeBaseName();
    const QString name = (base.isEmpty() ? tr("change-request") : base + tr("-change-request")) + QLatin1Char('.') + f;
    QString path = QFileDialog::getSaveFileName(this, tr("Save change request"),
                                                m_currentPath.isEmpty() ? name : design.absoluteDir().filePath(name),
                                                tr("%1 files (*.%2)").arg(f.toUpper(), f));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + f;
    QString error;
    if (!saveTo(path, &error))
        QMessageBox::critical(this, tr("Export change request"), error);
    else
        accept();
}

} // namespace pp::app
