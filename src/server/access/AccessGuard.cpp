#include "access/AccessGuard.h"

#include <QHostAddress>

AccessGuard::AccessGuard(const QString &apiKey, const QStringList &allowedHosts)
    : m_key(apiKey.toUtf8())
    , m_allowedHosts(allowedHosts)
{}

bool AccessGuard::isHostAllowed(const QByteArray &hostHeader) const
{
    if (hostHeader.isEmpty())
        return true; // HTTP/1.0 clients; browsers always send Host
    QString host = QString::fromLatin1(hostHeader).trimmed().toLower();
    if (host.startsWith(QLatin1Char('['))) {
        const int close = host.indexOf(QLatin1Char(']'));
        if (close < 0)
            return false;
        host = host.mid(1, close - 1);
    } else if (const int colon = host.lastIndexOf(QLatin1Char(':')); colon >= 0) {
        host = host.left(colon);
    }
    if (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    if (host == QLatin1String("localhost") || host.endsWith(QLatin1String(".localhost")))
        return true;
    const QHostAddress address(host);
    if (!address.isNull() && address.isLoopback())
        return true;
    return m_allowedHosts.contains(host, Qt::CaseInsensitive);
}

bool AccessGuard::isAuthorized(const QByteArray &authorization) const
{
    const QByteArray value = authorization.trimmed();
    if (m_key.isEmpty() || !value.left(7).toLower().startsWith("bearer "))
        return false;
    return constantTimeEquals(value.mid(7).trimmed(), m_key);
}

bool AccessGuard::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    // Runs over the longer input whatever the content, so timing reveals only lengths.
    const qsizetype n = std::max(a.size(), b.size());
    unsigned char diff = a.size() == b.size() ? 0 : 1;
    for (qsizetype i = 0; i < n; ++i) {
        const auto x = i < a.size() ? static_cast<unsigned char>(a[i]) : 0;
        const auto y = i < b.size() ? static_cast<unsigned char>(b[i]) : 0;
        diff |= static_cast<unsigned char>(x ^ y);
    }
    return diff == 0;
}
