#pragma once

#include "AppSettings.h"
#include "http/HttpLimits.h"

#include <QHostAddress>
#include <QStringList>
#include <QUrl>

struct ServerConfig
{
    static constexpr quint16 defaultPort = AppSettings::defaultPort;
    static constexpr qint64 maxImagesBodyBytes = 1024 * 1024;
    static constexpr qint64 maxChatBodyBytes = 64 * 1024 * 1024;
    static constexpr qint64 maxOtherBodyBytes = 64 * 1024; // GET routes, OPTIONS, unknown URLs

    QHostAddress address = QHostAddress::LocalHost;
    // What an address the person typed (--host, the settings) means: an IP address, or
    // "localhost"; null for anything else.
    static QHostAddress addressFor(const QString &host)
    {
        return host == QLatin1String("localhost") ? QHostAddress(QHostAddress::LocalHost)
                                                  : QHostAddress(host);
    }
    // The API's base URL as a client on this machine reaches it: an any-address (or an
    // unusable one) becomes loopback.
    static QUrl baseUrlFor(QHostAddress address, quint16 port)
    {
        if (address.isNull() || address == QHostAddress::Any || address == QHostAddress::AnyIPv4 ||
            address == QHostAddress::AnyIPv6)
            address = QHostAddress::LocalHost;
        QUrl url;
        url.setScheme(QStringLiteral("http"));
        url.setHost(address.toString());
        url.setPort(port);
        url.setPath(QStringLiteral("/v1"));
        return url;
    }
    quint16 port = defaultPort; // 0 picks a free port
    QString apiKey;
    QStringList allowedOrigins;   // empty: any origin
    QStringList allowedHosts;     // Host names accepted besides loopback ones
    QString defaultModel;         // empty: the catalog's default
    bool chatInlineImages = true; // false: chat answers link to the image only
    int chatInlineQuality = 82;   // JPEG quality of inline chat images
    int keepAliveIntervalMs = 10000;
    int maxConcurrentImages = 256; // beyond this, 429
    HttpLimits http;               // sizes, timeouts and the connection cap
};
