#include "generation/RequestLog.h"

#include "store/ImageSourceNames.h"

#include <algorithm>

#include <QLocale>
#include <QThread>

RequestLog::RequestLog(int capacity, QObject *parent)
    : QAbstractTableModel(parent)
    , m_capacity(std::max(1, capacity))
{}

QString RequestLogEntry::summaryLine() const
{
    const QString latency = upstreamLatencyMs >= 0 ? QStringLiteral("%1ms").arg(upstreamLatencyMs)
                                                   : QStringLiteral("-");
    QString line =
        QStringLiteral("%1 %2 %3 %4 %5 model=%6 attempts=%7 upstream=%8 total=%9ms bytes=%10")
            .arg(time.toUTC().toString(Qt::ISODateWithMs), source,
                 method.isEmpty() ? QStringLiteral("-") : method, path)
            .arg(status)
            .arg(model.isEmpty() ? QStringLiteral("-") : model)
            .arg(attempts)
            .arg(latency)
            .arg(durationMs)
            .arg(bytes);
    if (!error.isEmpty())
        line += QStringLiteral(" error=\"%1\"").arg(error);
    return line;
}

QString RequestLog::displaySource(const QString &source)
{
    return ImageSourceNames::displayName(source);
}

int RequestLog::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RequestLog::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestLog::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RequestLogEntry &e = m_entries.at(size_t(index.row()));
    if (role == EntryRole)
        return QVariant::fromValue(e.serial);
    if (role == Qt::TextAlignmentRole) {
        const bool numeric = index.column() == Status || index.column() == Attempts ||
                             index.column() == Latency || index.column() == Size;
        return numeric ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    }
    if (role == Qt::ToolTipRole && !e.error.isEmpty())
        return e.error;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Time:
        return e.time.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
    case Source:
        return displaySource(e.source);
    case Endpoint:
        return e.method.isEmpty() ? e.path : QStringLiteral("%1 %2").arg(e.method, e.path);
    case Model:
        return e.model;
    case Status:
        return e.isRunning() ? tr("running") : QString::number(e.status);
    case Attempts:
        return e.attemptsText();
    case Latency:
        return e.upstreamLatencyMs >= 0 ? tr("%1 ms").arg(e.upstreamLatencyMs) : QString();
    case Size:
        return e.bytes > 0 ? QLocale().formattedDataSize(e.bytes) : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RequestLog::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == Latency)
        return tr("How long the upstream took to answer the last attempt");
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == Attempts)
        return tr("Upstream attempts per image; \"× N\": N images made in parallel");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Time:
        return tr("Time");
    case Source:
        return tr("Source");
    case Endpoint:
        return tr("Endpoint");
    case Model:
        return tr("Model");
    case Status:
        return tr("Status");
    case Attempts:
        return tr("Attempts");
    case Latency:
        return tr("Latency");
    case Size:
        return tr("Size");
    case ColumnCount:
        break;
    }
    return {};
}

const RequestLogEntry *RequestLog::entry(quint64 serial) const
{
    return const_cast<RequestLog *>(this)->mutableEntry(serial);
}

RequestLogEntry *RequestLog::mutableEntry(quint64 serial, int *row)
{
    // Sorted by serial; entries begun in another thread may arrive after later ones.
    const auto it = std::lower_bound(
        m_entries.begin(), m_entries.end(), serial,
        [](const RequestLogEntry &e, quint64 wanted) { return e.serial < wanted; });
    if (it == m_entries.end() || it->serial != serial)
        return nullptr;
    if (row)
        *row = int(it - m_entries.begin());
    return &*it;
}

template <typename Call> bool RequestLog::queuedFromOtherThread(Call &&call)
{
    if (QThread::currentThread() == thread())
        return false;
    QMetaObject::invokeMethod(this, std::forward<Call>(call), Qt::QueuedConnection);
    return true;
}

void RequestLog::rowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

quint64 RequestLog::begin(RequestLogEntry entry)
{
    entry.serial = m_nextSerial.fetch_add(1);
    if (!entry.time.isValid())
        entry.time = QDateTime::currentDateTimeUtc();
    const quint64 serial = entry.serial;
    if (!queuedFromOtherThread([this, entry] { insert(entry); }))
        insert(std::move(entry));
    return serial;
}

void RequestLog::insert(RequestLogEntry entry)
{
    if (int(m_entries.size()) >= m_capacity) {
        beginRemoveRows({}, 0, 0);
        m_entries.pop_front();
        endRemoveRows();
    }
    const auto it = std::upper_bound(
        m_entries.begin(), m_entries.end(), entry.serial,
        [](quint64 serial, const RequestLogEntry &e) { return serial < e.serial; });
    const int row = int(it - m_entries.begin());
    beginInsertRows({}, row, row);
    m_entries.insert(it, std::move(entry));
    endInsertRows();
}

void RequestLog::setModel(quint64 serial, const QString &model)
{
    if (queuedFromOtherThread([=] { setModel(serial, model); }))
        return;
    int row = 0;
    if (RequestLogEntry *e = mutableEntry(serial, &row)) {
        e->model = model;
        rowChanged(row);
    }
}

void RequestLog::setPrompt(quint64 serial, const QString &prompt, int imageCount)
{
    if (queuedFromOtherThread([=] { setPrompt(serial, prompt, imageCount); }))
        return;
    if (RequestLogEntry *e = mutableEntry(serial)) {
        e->prompt = prompt.left(4000);
        e->imageCount = imageCount;
    }
}

void RequestLog::addEvent(quint64 serial, const QString &event)
{
    if (queuedFromOtherThread([=] { addEvent(serial, event); }))
        return;
    constexpr int maxEvents = 200;
    int row = 0;
    if (RequestLogEntry *e = mutableEntry(serial, &row); e && e->events.size() < maxEvents)
        e->events.append(event);
}

void RequestLog::addAttempt(quint64 serial, int imageIndex)
{
    if (queuedFromOtherThread([=] { addAttempt(serial, imageIndex); }))
        return;
    int row = 0;
    RequestLogEntry *e = mutableEntry(serial, &row);
    if (!e || imageIndex < 0 || imageIndex >= 1000)
        return;
    ++e->attempts;
    if (e->imageAttempts.size() <= imageIndex)
        e->imageAttempts.resize(imageIndex + 1);
    ++e->imageAttempts[imageIndex];
    rowChanged(row);
}

QString RequestLogEntry::attemptsText() const
{
    if (attempts <= 0)
        return {};
    const int images = std::max(imageCount, int(imageAttempts.size()));
    if (images <= 1 || imageAttempts.isEmpty())
        return QString::number(attempts);
    const auto [low, high] = std::minmax_element(imageAttempts.cbegin(), imageAttempts.cend());
    const QString perImage =
        *low == *high ? QString::number(*low) : QStringLiteral("%1–%2").arg(*low).arg(*high);
    return QStringLiteral("%1 × %2").arg(perImage).arg(images);
}

void RequestLog::setUpstreamLatency(quint64 serial, qint64 latencyMs)
{
    if (queuedFromOtherThread([=] { setUpstreamLatency(serial, latencyMs); }))
        return;
    int row = 0;
    if (RequestLogEntry *e = mutableEntry(serial, &row)) {
        e->upstreamLatencyMs = std::max(e->upstreamLatencyMs, latencyMs);
        rowChanged(row);
    }
}

void RequestLog::finish(quint64 serial, int status, qint64 bytes, const QString &error)
{
    if (queuedFromOtherThread([=] { finish(serial, status, bytes, error); }))
        return;
    int row = 0;
    RequestLogEntry *e = mutableEntry(serial, &row);
    if (!e || !e->isRunning())
        return;
    e->status = status;
    e->bytes = bytes;
    e->error = error;
    e->durationMs = e->time.msecsTo(QDateTime::currentDateTimeUtc());
    rowChanged(row);
    emit requestFinished(*e);
}

void RequestLog::clear()
{
    if (m_entries.empty())
        return;
    beginResetModel();
    m_entries.clear();
    endResetModel();
}
