#pragma once

#include <QFutureWatcher>
#include <QObject>

#include "model/engine/AnalysisSnapshot.h"
#include "model/export/ChangeRequest.h"
#include "model/export/ExportProgress.h"

#include <memory>

class QSaveFile;

namespace pp {
class Catalog;
}

namespace pp::app {

/// One export of a change request to a file, on a worker thread, with
/// progress and Cancel. It writes into a QSaveFile and commits it on the UI
/// thread only when the writer finished and nobody cancelled: a cancelled or
/// failed export leaves no file, not even a partial one.
class ExportTask : public QObject
{
    Q_OBJECT

public:
    ExportTask(std::shared_ptr<const ChangeRequest> request, AnalysisPtr analysis, const Catalog &catalog,
               const QString &format, const QString &path, QObject *parent = nullptr);
    ~ExportTask() override;

    void start();
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }
    QString path() const { return m_path; }

signals:
    void progressed(int percent);
    /// Once: saved, or why not ("cancelled" when it was).
    void finished(bool saved, const QString &error);

private:
    void done();

    std::shared_ptr<const ChangeRequest> m_request;
    AnalysisPtr m_analysis;
    const Catalog &m_catalog;
    QString m_format;
    QString m_path;
    std::unique_ptr<QSaveFile> m_file;
    ExportProgress m_progress;
    QString m_error;
    bool m_cancelled = false;
    QFutureWatcher<bool> m_watcher;
};

} // namespace pp::app
