#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QStringList>

#include <atomic>
#include <deque>

struct RequestLogEntry
{
    quint64 serial = 0;
    QString requestId;
    QDateTime time;
    QString source; // ImageRecord::sourceStudio, sourceCli, ... or the client's address
    QString method;
    QString path;
    QString model;
    QString prompt; // for "replay" and "copy as curl"
    int imageCount = 0;
    int status = 0;           // 0 while running
    int attempts = 0;         // upstream attempts, all images of the request together
    QList<int> imageAttempts; // the same per image (index = image), for fan-outs
    qint64 upstreamLatencyMs = -1;
    qint64 durationMs = -1;
    qint64 bytes = 0;
    QString error;
    QStringList events; // attempts, waits and outcomes, in order

    bool isRunning() const { return status == 0; }
    // Attempts as a person reads them: "2" for one image, "1 × 3" when each of 3 images
    // took one attempt, "1–3 × 2" when they differ.
    QString attemptsText() const;
    QString summaryLine() const;
};

// Every request, API or GUI, as a bounded table model that views can show live. The
// writers may call from any thread (the API engine has its own): calls from another thread
// are queued to the log's thread in the order they were made, and begin() hands out the
// serial at once.
Q_DECLARE_METATYPE(RequestLogEntry)

class RequestLog : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Source, Endpoint, Model, Status, Attempts, Latency, Size, ColumnCount };
    enum Role { EntryRole = Qt::UserRole + 1 };

    explicit RequestLog(int capacity = 2000, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    int capacity() const { return m_capacity; }
    // "GUI" and "CLI" in words a person reads; client addresses as they are.
    static QString displaySource(const QString &source);
    const RequestLogEntry *entry(quint64 serial) const;
    const RequestLogEntry &at(int row) const { return m_entries.at(size_t(row)); }

    // Starts an entry and returns its serial; later calls with an evicted serial are ignored.
    quint64 begin(RequestLogEntry entry);
    void setModel(quint64 serial, const QString &model);
    void setPrompt(quint64 serial, const QString &prompt, int imageCount);
    void addEvent(quint64 serial, const QString &event);
    // One more upstream attempt for image `imageIndex` of the request.
    void addAttempt(quint64 serial, int imageIndex = 0);
    void setUpstreamLatency(quint64 serial, qint64 latencyMs);
    void finish(quint64 serial, int status, qint64 bytes, const QString &error = {});
    void clear();

signals:
    void requestFinished(const RequestLogEntry &entry);

private:
    // Queues `call` to the log's thread when made from another one; true if so.
    template <typename Call> bool queuedFromOtherThread(Call &&call);
    void insert(RequestLogEntry entry);
    RequestLogEntry *mutableEntry(quint64 serial, int *row = nullptr);
    void rowChanged(int row);

    int m_capacity;
    std::atomic<quint64> m_nextSerial{1};
    std::deque<RequestLogEntry> m_entries;
};
