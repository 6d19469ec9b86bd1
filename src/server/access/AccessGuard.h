#pragma once

#include <QByteArray>
#include <QStringList>

// Who may talk to the server: requests must name a loopback or configured Host (a guard
// against DNS rebinding from web pages) and carry the API key.
class AccessGuard
{
public:
    AccessGuard(const QString &apiKey, const QStringList &allowedHosts);

    bool isHostAllowed(const QByteArray &hostHeader) const;
    // The Authorization header's value; compared in constant time.
    bool isAuthorized(const QByteArray &authorization) const;

    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

private:
    QByteArray m_key;
    QStringList m_allowedHosts;
};
