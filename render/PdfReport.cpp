#include "render/PdfReport.h"

#include "model/export/ChangeRequest.h"
#include "model/export/ExportProgress.h"
#include "render/PageFlow.h"
#include "render/ReportComposer.h"

#include <QGuiApplication>
#include <QIODevice>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace pp {

namespace {

/// A4 landscape, 12 mm margins, 8 mm more for the header and footer.
QPageLayout pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12),
                       QPageLayout::Millimeter);
}

QSizeF pageSize()
{
    return pageLayout().fullRectPixels(ReportStyle::dotsPerInch).size();
}

QRectF contentRect()
{
    const qreal band = 8 / 25.4 * ReportStyle::dotsPerInch;
    QRectF r = pageLayout().paintRectPixels(ReportStyle::dotsPerInch);
    return r.adjusted(0, band, 0, -band);
}

bool haveFonts(QString *error)
{
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return true;
    if (error)
        *error = QStringLiteral("the PDF needs a QGuiApplication (fonts)");
    return false;
}

/// The caller's device behind QPdfWriter, which does not say when a write
/// failed (a full disk): this does.
class CheckedDevice final : public QIODevice
{
public:
    explicit CheckedDevice(QIODevice &target)
        : m_target(target)
    {
        open(QIODevice::WriteOnly);
    }
    bool failed() const { return m_failed; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        if (m_failed || m_target.write(data, size) != size) {
            if (!m_failed)
                setErrorString(m_target.errorString());
            m_failed = true;
            return -1;
        }
        return size;
    }

private:
    QIODevice &m_target;
    bool m_failed = false;
};

/// Pages into the PDF writer. QPdfWriter paints in page coordinates inside
/// the margins; the report's layout is in full-page coordinates.
class PdfTarget final : public PageTarget
{
public:
    explicit PdfTarget(QPdfWriter &writer)
        : m_writer(writer)
    {
    }
    QPainter *beginPage(int index) override
    {
        if (index == 0) {
            if (!m_painter.begin(&m_writer))
                return nullptr; // the device failed: CheckedDevice says why
        } else if (!m_painter.isActive()) {
            return nullptr;
        } else {
            m_writer.newPage();
            m_painter.resetTransform();
        }
        const QRectF paint = pageLayout().paintRectPixels(ReportStyle::dotsPerInch);
        m_painter.translate(-paint.topLeft());
        m_painter.setRenderHint(QPainter::Antialiasing);
        return &m_painter;
    }
    void endPage() override {}
    bool end() { return !m_painter.isActive() || m_painter.end(); }

private:
    QPdfWriter &m_writer;
    QPainter m_painter;
};

/// The first pages as pictures.
class ImageTarget final : public PageTarget
{
public:
    ImageTarget(int pages, int width)
        : m_pages(pages)
        , m_width(width)
    {
    }
    QPainter *beginPage(int index) override
    {
        if (index >= m_pages)
            return nullptr;
        const QSizeF page = pageSize();
        const qreal scale = m_width / page.width();
        m_images.emplace_back(QSize(m_width, qRound(page.height() * scale)), QImage::Format_RGB32);
        m_images.back().fill(Qt::white);
        m_painter.begin(&m_images.back());
        m_painter.setRenderHint(QPainter::Antialiasing);
        m_painter.setRenderHint(QPainter::TextAntialiasing);
        m_painter.scale(scale, scale);
        return &m_painter;
    }
    void endPage() override
    {
        if (m_painter.isActive())
            m_painter.end();
    }
    std::vector<QImage> images() { return std::move(m_images); }

private:
    int m_pages;
    int m_width;
    QPainter m_painter;
    std::vector<QImage> m_images;
};

/// Counts pages and finds the headings' pages, then draws into `target`.
bool run(ReportComposer &composer, PageTarget &target, ExportProgress &progress)
{
    if (!composer.prepare(progress))
        return false;
    {
        PageFlow count(contentRect(), nullptr);
        count.start();
        if (!composer.compose(count, [&progress] { return progress.advance(); }))
            return false;
        composer.setPageCount(count.finish());
    }
    PageFlow flow(contentRect(), &target);
    flow.decorate = [&composer](QPainter &p, int page) { composer.decorate(p, page); };
    flow.start();
    const bool done = composer.compose(flow, [&progress] { return progress.advance(); });
    flow.finish();
    return done;
}

} // namespace

bool PdfReport::write(const ExportInput &input, QIODevice &out, ExportProgress &progress, QString *error) const
{
    if (!haveFonts(error))
        return false;
    progress.addTotal(3 * qint64(input.linesToWrite()));
    CheckedDevice checked(out);
    QPdfWriter writer(&checked);
    writer.setResolution(ReportStyle::dotsPerInch);
    writer.setTitle(input.request.designName);
    writer.setCreator(QStringLiteral("PortPlanner"));
    writer.setPageLayout(pageLayout());
    ReportComposer composer(input, pageSize(), contentRect());
    PdfTarget target(writer);
    const bool done = run(composer, target, progress);
    target.end();
    if (!done)
        return cancelled(error);
    if (checked.failed()) {
        if (error)
            *error = QStringLiteral("cannot write: %1").arg(checked.errorString());
        return false;
    }
    return true;
}

std::vector<QImage> PdfReport::previewPages(const ExportInput &input, int pages, int width, QString *error)
{
    if (!haveFonts(error))
        return {};
    ReportComposer composer(input, pageSize(), contentRect());
    ImageTarget target(pages, width);
    ExportProgress progress;
    run(composer, target, progress);
    return target.images();
}

} // namespace pp
