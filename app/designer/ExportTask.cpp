#include "app/designer/ExportTask.h"

#include "model/catalog/Catalog.h"
#include "render/ExportFormats.h"

#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

namespace pp::app {

ExportTask::ExportTask(std::shared_ptr<const ChangeRequest> request, AnalysisPtr analysis, const Catalog &catalog,
                       const QString &format, const QString &path, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_analysis(std::move(analysis))
    , m_catalog(catalog)
    , m_format(format)
    , m_path(path)
    , m_progress([this](int percent) {
        // From the worker: to the UI thread, dropped if the task is gone.
        QMetaObject::invokeMethod(this, [this, percent] { emit progressed(percent); }, Qt::QueuedConnection);
    })
{
    connect(&m_watcher, &QFutureWatcher<bool>::finished, this, &ExportTask::done);
}

ExportTask::~ExportTask()
{
    m_progress.cancel();
    m_watcher.waitForFinished();
}

void ExportTask::start()
{
    m_file = std::make_unique<QSaveFile>(m_path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        m_error = tr("Could not write %1: %2").arg(m_path, m_file->errorString());
        m_file.reset();
        QMetaObject::invokeMethod(this, [this] { emit finished(false, m_error); }, Qt::QueuedConnection);
        return;
    }
    QSaveFile *file = m_file.get();
    m_watcher.setFuture(QtConcurrent::run([this, file] {
        const auto writer = exportformats::writer(m_format);
        const ExportInput input{*m_request, m_analysis->design, m_catalog, m_analysis->analysis};
        return writer && writer->write(input, *file, m_progress, &m_error);
    }));
}

void ExportTask::cancel()
{
    m_cancelled = true;
    m_progress.cancel();
}

void ExportTask::done()
{
    // Here, on the UI thread, the file is kept or thrown away: Cancel wins
    // even over a writer that just finished.
    const bool written = m_watcher.result() && !m_cancelled;
    if (written && !m_file->commit())
        m_error = tr("Could not write %1: %2").arg(m_path, m_file->errorString());
    const bool saved = written && m_error.isEmpty();
    if (!saved)
        m_file->cancelWriting();
    m_file.reset();
    emit finished(saved, m_cancelled ? tr("The export was cancelled.") : m_error);
}

} // namespace pp::app
