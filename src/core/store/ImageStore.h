#pragma once

#include "common/SaveFile.h"
#include "image/ImageFormat.h"
#include "store/ImageQuery.h"

#include <QDateTime>
#include <QFuture>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSize>
#include <QSqlDatabase>
#include <QString>
#include <QThreadPool>

#include <algorithm>
#include <functional>
#include <optional>

struct ImageRecord
{
    // `source` of images not made by an API client (those hold the client's address).
    static constexpr char sourceStudio[] = "GUI";
    static constexpr char sourceCli[] = "CLI";
    static constexpr char sourceImport[] = "Import";
    static constexpr char sourceArena[] = "Arena";
    static constexpr char sourceGrid[] = "Grid";
    static constexpr char sourceRecovered[] = "Recovered"; // indexed after a crash

    QString id; // 128 random bits, hex
    QString prompt;
    QString modelId;
    QString provider;
    QDateTime created;
    qint64 elapsedMs = 0;
    qint64 byteSize = 0;
    QSize pixelSize;
    ImageType type = ImageType::Unknown;
    QString source;   // who asked: sourceStudio, sourceCli, ... or an API client's address
    QString upstream; // which upstream source made it ("public", "deployment:URL"); may be empty
    QString filePath;
    bool starred = false;
    QDateTime trashedAt;      // invalid unless in the trash
    bool fileMissing = false; // the file went away outside ImageBridge

    bool isFromApi() const;
};

// Every generated image: a file under the data folder (written with QSaveFile off the
// calling thread) and a row in an SQLite index. An image is findable at once after add();
// its file exists once the store reports it settled. Closing the store waits for the files
// still being written and indexes them, so quitting right after a generation loses nothing.
//
// Deleting moves images to a trash first: they leave the gallery but keep their row and
// file until the trash is emptied (by the person, or after some days), so it can be undone.
class ImageStore : public QObject
{
    Q_OBJECT
public:
    // Files written at once: each waits for the disk's sync, and the disk takes several
    // syncs at once faster than one after another.
    static constexpr int writerThreads = 4;

    // Opens (creating) `folder`/index.sqlite; images go to `folder`/images/YYYY-MM/.
    explicit ImageStore(const QString &folder, QObject *parent = nullptr);
    ~ImageStore() override;

    static QString defaultFolder();
    static QString newId();
    static bool isValidId(const QString &id);

    bool open(QString *error);
    bool isOpen() const { return !m_connection.isEmpty(); }
    QString folder() const { return m_folder; }

    // Takes the file's bytes (metadata already in them) and returns the image's new id.
    // `sha256` is the content hash when the caller has it (an import); otherwise it stays
    // unset and the next import computes it (imagesWithoutHash): hashing every generated
    // image as it is saved took more CPU than the rest of serving it.
    QString add(ImageRecord record, QByteArray bytes, QByteArray sha256 = {});
    // The same from the file's standard base64 (what an API answer carries; valid by
    // Base64::isValid), decoded on the writer thread rather than the caller's.
    QString addBase64(ImageRecord record, QByteArray base64);
    // Indexes a file already in place under the folder (StoreRecovery), keeping its id and
    // path; a row that exists by then (its writer committed meanwhile) is left as it is.
    bool adopt(const ImageRecord &record, QString *error);

    // Puts a file in its place for good (written, synced, renamed into place), on a writer
    // thread: saveFileAtomically unless a test sets one that blocks or fails.
    using FileWriter =
        std::function<bool(const QString &path, const QByteArray &bytes, QString *error)>;
    void setFileWriter(FileWriter writer) { m_fileWriter = std::move(writer); }

    std::optional<ImageRecord> find(const QString &id) const;
    bool isPending(const QString &id) const { return m_pending.contains(id); }
    bool hasPending() const { return !m_pending.isEmpty(); }

    // Image bytes handed to add() or addBase64() and not written yet. A server that makes
    // images faster than the disk takes them must wait rather than pile them up in memory
    // (2 GB within seconds at 64 connections): callers ask whenRoomToWrite() first.
    qint64 writeBacklogBytes() const { return m_backlogBytes; }
    // 24 MiB unless set: about ten large images, more than the writers take at once.
    void setWriteBacklogLimit(qint64 bytes) { m_backlogLimit = std::max<qint64>(1, bytes); }
    // Calls `then` at once while the backlog is under the limit; otherwise once writes
    // have finished that bring it under, in the order of the calls. Not at all when
    // `context` is gone by then.
    void whenRoomToWrite(QObject *context, std::function<void()> then);
    // Another connection to the same index (the API engine's) added `record`: tells this
    // store's watchers, as if it had been added here.
    void announceAdded(const ImageRecord &record) { emit imageAdded(record); }
    // Calls `done(error)` once the image's file is synced and renamed into place and its
    // row committed (error empty), or once keeping it failed (error says why); at once if
    // it settled already. Not at all when `context` is gone by then; queued to `context`
    // when the store closes with the write still running.
    using Settled = std::function<void(const QString &error)>;
    void whenSettled(const QString &id, QObject *context, Settled done);

    QList<ImageRecord> query(const ImageQuery &query) const;
    int count(const ImageQuery &query) const; // ignores offset and limit
    int count() const;                        // images in the gallery (not the trash)
    // Each model that has images in the gallery (not the trash), with how many; most first.
    QList<std::pair<QString, int>> modelCounts() const;

    bool setStarred(const QStringList &ids, bool starred);
    bool trash(const QStringList &ids);
    bool restore(const QStringList &ids);
    // Deletes rows and files for good.
    bool remove(const QString &id, QString *error);
    int emptyTrash();
    int purgeTrashedBefore(const QDateTime &time);
    // Whether an image with these bytes (SHA-256, hex) is in the gallery or the trash.
    bool containsContent(const QByteArray &sha256) const;
    QSet<QByteArray> contentHashes() const;
    // Images stored before hashes were kept: id and file path, to hash them once.
    QList<QPair<QString, QString>> imagesWithoutHash() const;
    void setContentHash(const QString &id, const QByteArray &sha256);
    // Looks for files deleted (or brought back) outside ImageBridge, off the calling thread;
    // changes are reported with imagesChanged().
    void checkFiles();

    // For the classes that keep more about images in the same index (collections).
    QSqlDatabase database() const;

signals:
    void imageAdded(const ImageRecord &record);
    void imageRemoved(const QString &id);
    void imagesChanged(const QStringList &ids); // starred or file presence changed
    void imagesTrashed(const QStringList &ids);
    void imagesRestored(const QList<ImageRecord> &records);
    void saveFailed(const QString &id, const QString &message);

private:
    struct WriteResult
    {
        bool ok = false;
        QString error;
        qint64 byteSize = 0;
        QSize pixelSize;
    };
    struct Waiter
    {
        QPointer<QObject> context;
        Settled done;
    };
    struct Pending
    {
        ImageRecord record;
        QByteArray sha256; // empty: not known yet
        QList<Waiter> waiters;
        qint64 backlogBytes = 0;
        QFuture<WriteResult> write;
    };
    struct RoomWaiter
    {
        QPointer<QObject> context;
        std::function<void()> then;
    };
    QString enqueue(ImageRecord record, QByteArray sha256, qint64 backlogBytes,
                    std::function<WriteResult(const ImageRecord &)> write);
    void admitRoomWaiters();
    static WriteResult writeFile(const ImageRecord &record, const QByteArray &bytes,
                                 const FileWriter &writer);
    void onWritten(const QString &id, const WriteResult &result);
    bool indexWritten(ImageRecord &record, const QByteArray &sha256, const WriteResult &result,
                      QString *error);
    void indexWritesStillRunning();
    enum class Conflict { Replace, KeepExisting };
    bool insertRow(const ImageRecord &record, const QByteArray &sha256, QString *error,
                   Conflict conflict = Conflict::Replace, bool *inserted = nullptr);
    bool execForIds(const QString &sql, const QStringList &ids, const QVariant &value = {});
    int deleteForGood(const QString &condition, const QVariant &value = {});
    QList<ImageRecord> findAll(const QStringList &ids) const;

    QString m_folder;
    QString m_connection;
    QHash<QString, Pending> m_pending;
    qint64 m_backlogBytes = 0;
    qint64 m_backlogLimit = 24 * 1024 * 1024;
    QList<RoomWaiter> m_roomWaiters;
    FileWriter m_fileWriter = saveFileAtomically;
    // Writes wait for the disk (QSaveFile syncs each file, about a millisecond here). On
    // the global pool, whose threads are as many as the cores, they would hold up the
    // decoding and encoding queued behind them; a pool of their own keeps the cores busy.
    // The store's own, so that closing the store can wait for its writes and index them.
    QThreadPool m_writers;
};
