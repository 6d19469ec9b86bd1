#include "access/CorsPolicy.h"

namespace {
// Authorization must be named: "*" does not cover it.
constexpr char allowedHeaderList[] =
    "authorization, content-type, accept, accept-language, x-api-key, api-key, "
    "openai-organization, openai-project, openai-beta, x-request-id, "
    "x-stainless-arch, x-stainless-lang, x-stainless-os, x-stainless-package-version, "
    "x-stainless-retry-count, x-stainless-runtime, x-stainless-runtime-version, "
    "x-stainless-timeout, x-stainless-helper-method, x-stainless-async, x-stainless-poll-helper, "
    "x-stainless-custom-poll-interval";

bool isHeaderToken(const QByteArray &value)
{
    return std::all_of(value.cbegin(), value.cend(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '-' || c == '_' || c == ',' || c == ' ';
    });
}
} // namespace

CorsPolicy::CorsPolicy(const QStringList &allowedOrigins)
    : m_allowedOrigins(allowedOrigins)
{}

bool CorsPolicy::isAllowed(const QByteArray &origin) const
{
    return m_allowedOrigins.isEmpty() || origin.isEmpty() ||
           m_allowedOrigins.contains(QString::fromLatin1(origin), Qt::CaseInsensitive);
}

HttpHeaders CorsPolicy::headers(const QByteArray &origin) const
{
    HttpHeaders h;
    if (m_allowedOrigins.isEmpty()) {
        h.append(HttpHeader("Access-Control-Allow-Origin", "*"));
    } else if (!origin.isEmpty() && isAllowed(origin)) {
        h.append(HttpHeader("Access-Control-Allow-Origin", origin));
        h.append(HttpHeader("Vary", "Origin"));
    }
    h.append(
        HttpHeader("Access-Control-Expose-Headers", "x-request-id, x-should-retry, retry-after"));
    return h;
}

HttpHeaders CorsPolicy::preflightHeaders(const QByteArray &requestedHeaders) const
{
    HttpHeaders h;
    QByteArray allowHeaders = allowedHeaderList;
    const QByteArray requested = requestedHeaders.trimmed().toLower();
    if (!requested.isEmpty() && requested.size() < 4096 && isHeaderToken(requested))
        allowHeaders = requested + ", " + allowHeaders;
    h.append(HttpHeader("Access-Control-Allow-Methods", "GET, POST, OPTIONS"));
    h.append(HttpHeader("Access-Control-Allow-Headers", allowHeaders));
    h.append(HttpHeader("Access-Control-Allow-Private-Network", "true"));
    h.append(HttpHeader("Access-Control-Max-Age", "86400"));
    return h;
}
