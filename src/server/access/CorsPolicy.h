#pragma once

#include "http/HttpMessage.h"

#include <QStringList>

// Cross-origin rules: browser clients (NextChat web, LobeChat client mode, SDKs with
// dangerouslyAllowBrowser) call this server from other origins. No cookies are used, so
// any origin is allowed unless an allow-list is set.
class CorsPolicy
{
public:
    explicit CorsPolicy(const QStringList &allowedOrigins = {});

    bool isAllowed(const QByteArray &origin) const;
    // Headers for every answer.
    HttpHeaders headers(const QByteArray &origin) const;
    // The extra headers of a preflight (OPTIONS) answer, on top of headers().
    HttpHeaders preflightHeaders(const QByteArray &requestedHeaders) const;

private:
    QStringList m_allowedOrigins;
};
