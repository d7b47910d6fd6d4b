#include "app/designer/DocumentFiles.h"

#include "model/catalog/Catalog.h"
#include "model/document/DesignDocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QUndoStack>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

namespace pp::app {

namespace {

constexpr int maxRecent = 10;

QString sidecar(const QString &autosave)
{
    return autosave + QStringLiteral(".json");
}

QString lockOf(const QString &autosave)
{
    return autosave + QStringLiteral(".lock");
}

} // namespace

DocumentFiles::DocumentFiles(DesignDocument *document, QUndoStack *stack, const Catalog &catalog, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_stack(stack)
    , m_catalog(catalog)
{
    // Each running instance owns one autosave slot, held by a lock file so
    // that another instance can tell a crashed session from a live one.
    QDir().mkpath(autosaveDir());
    m_autosavePath = QDir(autosaveDir()).filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".portplan"));
    m_lock = std::make_unique<QLockFile>(lockOf(m_autosavePath));
    m_lock->setStaleLockTime(0);
    m_lock->tryLock(0);

    bool ok = false;
    const int interval = qEnvironmentVariableIntValue("PORTPLANNER_AUTOSAVE_MS", &ok);
    setAutosaveInterval(ok && interval > 0 ? interval : 30'000);
    connect(&m_autosaveTimer, &QTimer::timeout, this, &DocumentFiles::autosaveInBackground);
    connect(stack, &QUndoStack::cleanChanged, this, [this] { emit modifiedChanged(isModified()); });
}

DocumentFiles::~DocumentFiles()
{
    // A clean shutdown leaves no autosave behind.
    removeAutosave();
    m_lock->unlock();
    QFile::remove(lockOf(m_autosavePath));
}

QString DocumentFiles::displayName() const
{
    return m_path.isEmpty() ? tr("Untitled") : QFileInfo(m_path).fileName();
}

bool DocumentFiles::isModified() const
{
    return m_recoveredDirty || !m_stack->isClean();
}

void DocumentFiles::setPath(const QString &path)
{
    m_path = path;
    emit pathChanged(path);
}

void DocumentFiles::newDesign(const Design &design, const QString &path)
{
    m_document->reset(design);
    m_stack->clear();
    m_recoveredDirty = false;
    removeAutosave();
    setPath(path);
    emit modifiedChanged(false);
}

LoadResult DocumentFiles::open(const QString &path)
{
    LoadResult result = DesignFile::load(path, m_catalog);
    if (!result.ok())
        return result; // the open document and its path stay untouched
    newDesign(*result.design, QFileInfo(path).absoluteFilePath());
    addRecent(m_path);
    return result;
}

bool DocumentFiles::save(QString *error)
{
    if (m_path.isEmpty()) {
        if (error)
            *error = tr("The design has no file name yet.");
        return false;
    }
    return saveAs(m_path, error);
}

bool DocumentFiles::saveAs(const QString &path, QString *error)
{
    if (!DesignFile::save(m_document->design(), path, error))
        return false;
    m_stack->setClean();
    m_recoveredDirty = false;
    removeAutosave();
    setPath(QFileInfo(path).absoluteFilePath());
    addRecent(m_path);
    emit modifiedChanged(false);
    return true;
}

QStringList DocumentFiles::recentFiles() const
{
    return QSettings().value(QStringLiteral("recentFiles")).toStringList();
}

void DocumentFiles::clearRecentFiles()
{
    QSettings().remove(QStringLiteral("recentFiles"));
    emit recentFilesChanged();
}

void DocumentFiles::addRecent(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > maxRecent)
        files.removeLast();
    QSettings().setValue(QStringLiteral("recentFiles"), files);
    emit recentFilesChanged();
}

QString DocumentFiles::autosaveDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/autosave");
}

void DocumentFiles::setAutosaveInterval(int ms)
{
    m_autosaveTimer.start(ms);
}

bool DocumentFiles::writeAutosave(const Design &design, const QString &path, const QString &original)
{
    QString error;
    if (!DesignFile::save(design, path, &error))
        return false;
    QSaveFile meta(sidecar(path));
    if (!meta.open(QIODevice::WriteOnly))
        return false;
    QJsonObject o;
    o.insert(QStringLiteral("original"), original);
    o.insert(QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    meta.write(QJsonDocument(o).toJson());
    return meta.commit();
}

bool DocumentFiles::autosaveNow()
{
    m_autosaveJob.waitForFinished();
    if (!isModified())
        return false;
    return writeAutosave(m_document->design(), m_autosavePath, m_path);
}

void DocumentFiles::autosaveInBackground()
{
    if (!isModified() || m_autosaveJob.isRunning())
        return;
    m_autosaveJob = QtConcurrent::run(&DocumentFiles::writeAutosave, m_document->design(), m_autosavePath, m_path);
}

void DocumentFiles::removeAutosave()
{
    // A write still running would bring the file back after its removal, and
    // a later start would take it for a crashed session's.
    m_autosaveJob.waitForFinished();
    QFile::remove(m_autosavePath);
    QFile::remove(sidecar(m_autosavePath));
}

QList<Recovery> DocumentFiles::pendingRecoveries()
{
    QList<Recovery> out;
    const QDir dir(autosaveDir());
    // Locks of instances that ended without a clean shutdown and without
    // unsaved work: nothing to recover, nothing to keep.
    for (const QFileInfo &file : dir.entryInfoList({QStringLiteral("*.portplan.lock")}, QDir::Files)) {
        const QString autosave = file.absoluteFilePath().chopped(int(qstrlen(".lock")));
        if (QFile::exists(autosave))
            continue;
        QLockFile lock(file.absoluteFilePath());
        lock.setStaleLockTime(0); // stale only when its process is gone, however old it is
        if (lock.tryLock(0) || (lock.error() == QLockFile::LockFailedError && lock.removeStaleLockFile())) {
            lock.unlock();
            QFile::remove(file.absoluteFilePath());
        }
    }
    for (const QFileInfo &file : dir.entryInfoList({QStringLiteral("*.portplan")}, QDir::Files)) {
        QLockFile lock(lockOf(file.absoluteFilePath()));
        // With the default stale time, a lock older than 30 s would count as
        // stale and a live instance's autosave would be offered, and taken.
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0)) {
            // Still held: another instance is alive; unless its owner is gone.
            if (lock.error() != QLockFile::LockFailedError || !lock.removeStaleLockFile() || !lock.tryLock(0))
                continue;
        }
        lock.unlock();
        QFile meta(sidecar(file.absoluteFilePath()));
        Recovery r;
        r.autosavePath = file.absoluteFilePath();
        r.time = file.lastModified();
        if (meta.open(QIODevice::ReadOnly)) {
            const QJsonObject o = QJsonDocument::fromJson(meta.readAll()).object();
            r.originalPath = o.value(QStringLiteral("original")).toString();
            const QDateTime t = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODate);
            if (t.isValid())
                r.time = t;
        }
        out << r;
    }
    std::sort(out.begin(), out.end(), [](const Recovery &a, const Recovery &b) { return a.time > b.time; });
    return out;
}

LoadResult DocumentFiles::recover(const Recovery &recovery)
{
    LoadResult result = DesignFile::load(recovery.autosavePath, m_catalog);
    if (!result.ok())
        return result;
    newDesign(*result.design, recovery.originalPath);
    m_recoveredDirty = true; // unsaved until the user saves
    emit modifiedChanged(true);
    discard(recovery);
    autosaveNow(); // now under this instance's own slot
    return result;
}

void DocumentFiles::discard(const Recovery &recovery)
{
    QFile::remove(recovery.autosavePath);
    QFile::remove(sidecar(recovery.autosavePath));
    QFile::remove(lockOf(recovery.autosavePath));
}

} // namespace pp::app
