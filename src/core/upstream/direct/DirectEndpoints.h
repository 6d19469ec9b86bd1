#pragma once

#include <QString>
#include <QUrl>

struct GoogleServiceAccount;

// Where each provider's own API is: its public root, or the replacement a test or a proxy
// gives in IMAGEBRIDGE_OPENAI_BASE_URL, IMAGEBRIDGE_REPLICATE_BASE_URL,
// IMAGEBRIDGE_FIREWORKS_BASE_URL, IMAGEBRIDGE_VERTEX_BASE_URL (or per source, "direct:URL")
// and IMAGEBRIDGE_GOOGLE_TOKEN_URL. A replacement may be plain http on 127.0.0.1.
struct DirectEndpoints
{
    static QUrl defaultBaseUrl(const QString &provider);
    // The environment's replacement, else the default.
    static QUrl baseUrl(const QString &provider);
    static QString environmentVariable(const QString &provider);
    // Vertex's default root is regional: {location}-aiplatform.googleapis.com.
    static QUrl vertexBaseUrl(const QUrl &base, const QString &location);
    // IMAGEBRIDGE_GOOGLE_TOKEN_URL, else the key file's token_uri, else Google's.
    static QUrl googleTokenUrl(const GoogleServiceAccount &account);
};
