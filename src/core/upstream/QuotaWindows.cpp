#include "upstream/QuotaWindows.h"

#include "common/Logging.h"
#include "common/SaveFile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

QuotaWindows::QuotaWindows(const QString &file)
    : m_file(file)
{
    load();
    m_sinceSave.start();
}

QuotaWindows::~QuotaWindows()
{
    QMutexLocker lock(&m_mutex);
    if (m_unsaved)
        save();
}

void QuotaWindows::recordPost(const QString &endpoint, const QDateTime &at)
{
    QMutexLocker lock(&m_mutex);
    Window &w = m_windows[endpoint];
    const bool newWindow = !w.start.isValid() || w.start.msecsTo(at) >= windowMs;
    if (newWindow)
        w = {at, 0, w.blockedUntil};
    ++w.posts;
    if (newWindow)
        save();
    else
        saveSoon();
}

QDateTime QuotaWindows::recordQuotaExceeded(const QString &endpoint, const QDateTime &at)
{
    QMutexLocker lock(&m_mutex);
    Window &w = m_windows[endpoint];
    const bool known = w.start.isValid() && w.start.msecsTo(at) < windowMs;
    w.blockedUntil = known ? w.start.addMSecs(windowMs) : at.addMSecs(unknownWindowMs);
    save();
    return w.blockedUntil;
}

std::optional<QDateTime> QuotaWindows::blockedUntil(const QString &endpoint,
                                                    const QDateTime &now) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_windows.constFind(endpoint);
    if (it == m_windows.cend() || !it->blockedUntil.isValid() || it->blockedUntil <= now)
        return std::nullopt;
    return it->blockedUntil;
}

int QuotaWindows::postsInWindow(const QString &endpoint, const QDateTime &now) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_windows.constFind(endpoint);
    if (it == m_windows.cend() || !it->start.isValid() || it->start.msecsTo(now) >= windowMs)
        return 0;
    return it->posts;
}

void QuotaWindows::load()
{
    QFile file(m_file);
    if (m_file.isEmpty() || !file.open(QIODevice::ReadOnly) || file.size() > 1024 * 1024)
        return;
    const QJsonObject all = QJsonDocument::fromJson(file.readAll()).object();
    for (auto it = all.begin(); it != all.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        Window w;
        w.start = QDateTime::fromMSecsSinceEpoch(o.value(QLatin1String("start")).toInteger(),
                                                 QTimeZone::utc());
        w.posts = o.value(QLatin1String("posts")).toInt();
        if (const qint64 until = o.value(QLatin1String("blockedUntil")).toInteger())
            w.blockedUntil = QDateTime::fromMSecsSinceEpoch(until, QTimeZone::utc());
        m_windows.insert(it.key(), w);
    }
}

void QuotaWindows::saveSoon()
{
    m_unsaved = true;
    if (m_sinceSave.elapsed() >= 5000)
        save();
}

void QuotaWindows::save()
{
    m_unsaved = false;
    m_sinceSave.restart();
    if (m_file.isEmpty())
        return;
    QJsonObject all;
    for (auto it = m_windows.cbegin(); it != m_windows.cend(); ++it) {
        QJsonObject o{{QLatin1String("start"), it->start.toMSecsSinceEpoch()},
                      {QLatin1String("posts"), it->posts}};
        if (it->blockedUntil.isValid())
            o.insert(QLatin1String("blockedUntil"), it->blockedUntil.toMSecsSinceEpoch());
        all.insert(it.key(), o);
    }
    QString error;
    if (!saveFileAtomically(m_file, QJsonDocument(all).toJson(QJsonDocument::Compact), &error))
        qCWarning(lcUpstream).noquote() << "cannot keep the quota windows:" << error;
}
