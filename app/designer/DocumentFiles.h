#pragma once

#include <QDateTime>
#include <QFuture>
#include <QLockFile>
#include <QObject>
#include <QString>
#include <QTimer>

#include "model/file/DesignFile.h"

#include <memory>

class QUndoStack;

namespace pp {
class Catalog;
class DesignDocument;
} // namespace pp

namespace pp::app {

/// An autosaved design left behind by an instance that is gone.
struct Recovery
{
    QString autosavePath;
    QString originalPath; ///< empty for a design never saved
    QDateTime time;
};

/// The document's life on disk: open, save, save as, recent files, and an
/// autosave that survives a crash. A file that could not be read is never
/// written to: the open document stays as it was.
class DocumentFiles : public QObject
{
    Q_OBJECT

public:
    DocumentFiles(DesignDocument *document, QUndoStack *stack, const Catalog &catalog, QObject *parent = nullptr);
    ~DocumentFiles() override;

    QString path() const { return m_path; }
    /// "name.portplan" or "Untitled".
    QString displayName() const;
    bool isModified() const;

    /// Replaces the document by a new design (blank or an example).
    void newDesign(const Design &design, const QString &path = {});
    LoadResult open(const QString &path);
    bool save(QString *error);
    bool saveAs(const QString &path, QString *error);

    QStringList recentFiles() const;
    void clearRecentFiles();

    /// Where autosaves live (QStandardPaths::AppDataLocation/autosave).
    static QString autosaveDir();
    void setAutosaveInterval(int ms);
    /// Writes the autosave now if there are unsaved changes (and waits for
    /// one the timer started to finish first).
    bool autosaveNow();
    /// What the timer does: copies the design here and writes it on a worker
    /// thread, so that serializing a large design never stalls the window.
    void autosaveInBackground();
    QString autosavePath() const { return m_autosavePath; }
    /// Autosaves whose instance is gone, newest first.
    static QList<Recovery> pendingRecoveries();
    /// Loads a recovery as a modified document that saves to its original path.
    LoadResult recover(const Recovery &recovery);
    static void discard(const Recovery &recovery);

signals:
    void pathChanged(const QString &path);
    void modifiedChanged(bool modified);
    void recentFilesChanged();

private:
    void setPath(const QString &path);
    void addRecent(const QString &path);
    void removeAutosave();
    static bool writeAutosave(const Design &design, const QString &path, const QString &original);

    DesignDocument *m_document;
    QUndoStack *m_stack;
    const Catalog &m_catalog;
    QString m_path;
    bool m_recoveredDirty = false;
    QTimer m_autosaveTimer;
    QString m_autosavePath;
    std::unique_ptr<QLockFile> m_lock;
    QFuture<bool> m_autosaveJob;
};

} // namespace pp::app
