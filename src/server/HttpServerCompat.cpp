#include "HttpServerCompat.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>

namespace HttpServerCompat {

void routeEverything(QHttpServer *server, QObject *context, FrontHandler handler)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    server->route(QStringLiteral("/.*"), QHttpServerRequest::Method::AnyKnown, context,
                  [handler](const QHttpServerRequest &request, QHttpServerResponder &responder) {
                      handler(request, std::move(responder));
                  });
    server->setMissingHandler(
        context, [handler](const QHttpServerRequest &request, QHttpServerResponder &responder) {
            handler(request, std::move(responder));
        });
#else
    // 6.4 has no context argument: handlers run in the server's thread, which is context's.
    Q_UNUSED(context)
    server->route(QStringLiteral("/.*"), QHttpServerRequest::Method::AnyKnown,
                  [handler](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                      handler(request, std::move(responder));
                  });
    server->setMissingHandler(
        [handler](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            handler(request, std::move(responder));
        });
#endif
}

HttpHeaders requestHeaders(const QHttpServerRequest &request)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    return request.headers().toListOfPairs();
#else
    return request.headers();
#endif
}

} // namespace HttpServerCompat
