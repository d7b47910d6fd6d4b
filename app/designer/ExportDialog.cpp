#include "app/designer/ExportDialog.h"

#include "app/designer/ExportTask.h"
#include "model/catalog/Catalog.h"
#include "model/export/ExportProgress.h"
#include "render/ExportFormats.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace pp::app {

ExportDialog::ExportDialog(const Catalog &catalog, AnalysisPtr current, const QString &currentPath, QWidget *parent)
    : QDialog(parent)
    , m_catalog(catalog)
    , m_current(std::move(current))
    , m_source(m_current)
    , m_currentPath(currentPath)
    , m_format(new QComboBox(this))
    , m_baselineEdit(new QLineEdit(this))
    , m_baselineButton(new QPushButton(tr("Compare with…"), this))
    , m_clearBaseline(new QPushButton(tr("Whole design"), this))
    , m_notAllowed(new QCheckBox(tr("&Only openings the policy does not allow yet"), this))
    , m_summary(new QLabel(this))
    , m_preview(new QStackedWidget(this))
    , m_html(new QTextBrowser(this))
    , m_text(new QPlainTextEdit(this))
    , m_image(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel export"), this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this))
{
    setWindowTitle(tr("Export change request"));
    resize(980, 720);
    setUpWidgets();
    layOut();
    nameWidgets();
    connectSignals();
    rebuild();
}

void ExportDialog::setUpWidgets()
{
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
    m_image->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    auto *imageScroll = new QScrollArea(this);
    imageScroll->setWidget(m_image);
    imageScroll->setWidgetResizable(true);
    m_preview->addWidget(m_html);
    m_preview->addWidget(m_text);
    m_preview->addWidget(imageScroll);
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Preparing the change request…"));
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_cancel->setObjectName(QStringLiteral("cancelExport"));
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_progress->setRange(0, 100);
    m_progress->hide();
    m_cancel->hide();
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    m_status->setOpenExternalLinks(true);
    m_status->setTextInteractionFlags(Qt::TextBrowserInteraction);
}

void ExportDialog::layOut()
{
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
    grid->addWidget(m_notAllowed, 2, 0, 1, 4);
    m_notAllowed->hide(); // until an audit has run (setAudit)
    auto *running = new QHBoxLayout;
    running->addWidget(m_progress, 1);
    running->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_summary);
    layout->addWidget(m_preview, 1);
    layout->addLayout(running);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
}

void ExportDialog::nameWidgets()
{
    m_format->setAccessibleName(tr("Export format"));
    m_baselineEdit->setAccessibleName(tr("Baseline design"));
    m_baselineEdit->setAccessibleDescription(tr("When set, the request asks only for what changed since this design"));
    m_baselineButton->setAccessibleDescription(tr("Choose an earlier version of the design to compare with"));
    m_clearBaseline->setAccessibleDescription(tr("Export the whole design again"));
    m_notAllowed->setAccessibleDescription(
        tr("Only the openings the audited policy does not allow yet, missing or partly allowed: the delta to file"));
    m_notAllowed->setToolTip(m_notAllowed->accessibleDescription());
    m_summary->setAccessibleName(tr("Change request summary"));
    m_html->setAccessibleName(tr("Preview"));
    m_text->setAccessibleName(tr("Preview"));
    m_image->setAccessibleName(tr("Picture preview"));
    m_progress->setAccessibleName(tr("Export progress"));
    m_cancel->setAccessibleDescription(tr("Stop the export; no file is left behind"));
    m_status->setAccessibleName(tr("Export result"));
}

void ExportDialog::connectSignals()
{
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updatePreview);
    connect(m_baselineButton, &QPushButton::clicked, this, &ExportDialog::chooseBaseline);
    connect(m_clearBaseline, &QPushButton::clicked, this, [this] {
        m_baseline.reset();
        m_baselinePath.clear();
        m_baselineEdit->clear();
        rebuild();
    });
    connect(m_notAllowed, &QCheckBox::toggled, this, &ExportDialog::setOnlyNotAllowed);
    connect(m_cancel, &QPushButton::clicked, this, &ExportDialog::cancelExport);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(&m_building, &QFutureWatcher<Built>::finished, this, &ExportDialog::applyRequest);
    connect(&m_previewing, &QFutureWatcher<ExportPreview>::finished, this, &ExportDialog::showPreview);
}

ExportDialog::~ExportDialog()
{
    delete m_task; // cancels and waits for its writer
    m_building.waitForFinished();
    m_previewing.waitForFinished();
}

void ExportDialog::setFormat(const QString &format)
{
    m_format->setCurrentIndex(std::max(0, m_format->findData(format)));
}

QString ExportDialog::format() const
{
    return m_format->currentData().toString();
}

void ExportDialog::updatePreview()
{
    if (!m_request)
        return;
    if (m_previewing.isRunning()) {
        m_previewAgain = true; // this one's result is stale when it comes
        return;
    }
    m_previewAgain = false;
    const std::shared_ptr<const ChangeRequest> request = m_request;
    const AnalysisPtr current = m_source;
    const Catalog &catalog = currentCatalog();
    const QString f = format();
    const int width = std::max(700, m_preview->width() - 40);
    m_previewing.setFuture(QtConcurrent::run([request, current, &catalog, f, width] {
        ExportInput input{*request, current->design, catalog, current->analysis};
        input.lineLimit = ExportPreview::lines;
        return ExportPreview::make(f, input, width);
    }));
}

void ExportDialog::showPreview()
{
    if (!m_previewing.future().isValid() || !m_previewing.isFinished() || m_previewing.future().resultCount() == 0)
        return;
    const ExportPreview preview = m_previewing.result();
    m_previewing.setFuture(QFuture<ExportPreview>()); // shown once
    if (m_previewAgain) {
        updatePreview();
        return;
    }
    switch (preview.kind) {
    case ExportPreview::Kind::Report:
        m_html->document()->addResource(QTextDocument::ImageResource, QUrl(ExportPreview::diagramName()), preview.diagram);
        m_html->setHtml(preview.text);
        m_preview->setCurrentIndex(0);
        break;
    case ExportPreview::Kind::Text:
        m_text->setPlainText(preview.text.isEmpty() ? preview.error : preview.text);
        m_preview->setCurrentIndex(1);
        break;
    case ExportPreview::Kind::Pictures:
        m_image->setPixmap(QPixmap::fromImage(ExportPreview::stacked(preview.pictures)));
        if (preview.pictures.empty())
            m_image->setText(preview.error);
        m_preview->setCurrentIndex(2);
        break;
    }
}

void ExportDialog::waitForPreview()
{
    request();
    while (m_previewing.future().isValid()) {
        m_previewing.waitForFinished();
        showPreview();
    }
}

bool ExportDialog::isExporting() const
{
    return m_task != nullptr;
}

void ExportDialog::startExport(const QString &path)
{
    if (m_task)
        return;
    request();
    m_task = new ExportTask(m_request, m_source, currentCatalog(), format(), path, this);
    connect(m_task, &ExportTask::progressed, m_progress, &QProgressBar::setValue);
    connect(m_task, &ExportTask::finished, this, &ExportDialog::exportDone);
    m_status->setText(tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    setExporting(true);
    m_task->start();
}

void ExportDialog::cancelExport()
{
    if (m_task)
        m_task->cancel();
}

void ExportDialog::exportDone(bool saved, const QString &error)
{
    const QString path = m_task->path();
    m_task->deleteLater();
    m_task = nullptr;
    setExporting(false);
    const QString native = QDir::toNativeSeparators(path);
    if (saved)
        m_savedPath = path;
    if (saved)
        m_status->setText(tr("Saved to <a href=\"%1\">%2</a>").arg(QUrl::fromLocalFile(path).toString(), native.toHtmlEscaped()));
    else
        m_status->setText(tr("Not saved: %1").arg(error.toHtmlEscaped()));
    emit exportFinished(saved, path, error);
}

void ExportDialog::setExporting(bool exporting)
{
    m_progress->setValue(0);
    m_progress->setVisible(exporting);
    m_cancel->setVisible(exporting);
    m_format->setEnabled(!exporting);
    m_baselineButton->setEnabled(!exporting);
    m_clearBaseline->setEnabled(!exporting);
    m_notAllowed->setEnabled(!exporting);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!exporting);
    if (exporting)
        m_cancel->setFocus();
}

bool ExportDialog::saveTo(const QString &path, QString *error)
{
    const auto writer = exportformats::writer(format());
    const ChangeRequest &built = request();
    const ExportInput input{built, m_source->design, currentCatalog(), m_source->analysis};
    QSaveFile file(path);
    ExportProgress progress;
    QString why;
    if (!file.open(QIODevice::WriteOnly) || !writer->write(input, file, progress, &why) || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, why.isEmpty() ? file.errorString() : why);
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
    startExport(path);
}

void ExportDialog::reject()
{
    // Closing stops an export under way; its file is not left behind.
    if (m_task) {
        m_task->cancel();
        delete m_task;
        m_task = nullptr;
    }
    QDialog::reject();
}

} // namespace pp::app
