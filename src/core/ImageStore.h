#pragma once

#include "ImageFormat.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSize>
#include <QString>

#include <functional>
#include <optional>

struct ImageRecord
{
    QString id; // 128 random bits, hex
    QString prompt;
    QString modelId;
    QString provider;
    QDateTime created;
    qint64 elapsedMs = 0;
    qint64 byteSize = 0;
    QSize pixelSize;
    ImageType type = ImageType::Unknown;
    QString source; // "GUI", "CLI" or the API client's address
    QString filePath;
};

struct ImageQuery
{
    QString text;    // matched against the prompt
    QString modelId; // exact, empty for all
    int offset = 0;
    int limit = 100;
};

// Every generated image: a file under the data folder (written with QSaveFile off the
// calling thread) and a row in an SQLite index. An image is findable at once after add();
// its file exists once the store reports it settled.
class ImageStore : public QObject
{
    Q_OBJECT
public:
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
    QString add(ImageRecord record, QByteArray bytes);

    std::optional<ImageRecord> find(const QString &id) const;
    bool isPending(const QString &id) const { return m_pending.contains(id); }
    // Calls `done(ok)` once the image is on disk (at once if it already is). `context`
    // bounds the callback's life.
    void whenSettled(const QString &id, QObject *context, std::function<void(bool)> done);

    QList<ImageRecord> query(const ImageQuery &query) const;
    int count() const;
    bool remove(const QString &id, QString *error);

signals:
    void imageAdded(const ImageRecord &record);
    void imageRemoved(const QString &id);
    void saveFailed(const QString &id, const QString &message);

private:
    struct Pending
    {
        ImageRecord record;
        QList<std::function<void(bool)>> waiters;
    };
    struct WriteResult
    {
        bool ok = false;
        QString error;
        qint64 byteSize = 0;
        QSize pixelSize;
    };
    static WriteResult writeFile(const ImageRecord &record, const QByteArray &bytes);
    void onWritten(const QString &id, const WriteResult &result);
    bool insertRow(const ImageRecord &record, QString *error);

    QString m_folder;
    QString m_connection;
    QHash<QString, Pending> m_pending;
};
