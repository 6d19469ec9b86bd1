#pragma once

#include "HttpResponder.h"

#include <functional>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QObject;

// What differs between Qt versions in QHttpServer outside the responder itself: how a
// handler is handed the responder (6.4: by rvalue, 6.8: by reference that may be moved
// from), how request headers are read (6.8: QHttpHeaders), and how every request, routed
// or not, reaches one handler. HttpResponder is the other half of this adapter.
namespace HttpServerCompat {

using FrontHandler = std::function<void(const QHttpServerRequest &, QHttpServerResponder &&)>;

// Sends every request, whatever its path and method, to `handler` (called in `context`'s
// thread). The responder may be moved out and answered later.
void routeEverything(QHttpServer *server, QObject *context, FrontHandler handler);

// The request's headers in their original case and order, duplicates kept.
HttpHeaders requestHeaders(const QHttpServerRequest &request);

} // namespace HttpServerCompat
