#pragma once

#include "ApiServices.h"
#include "GenerationJob.h"

#include <QByteArray>
#include <QJsonObject>

#include <memory>

class ApiExchange;

namespace ExchangeJobs {

// Starts a generation for an API request: reserves the image budget (answers 429 and
// returns nullptr when it is spent), reports into the exchange's log entry, cancels the
// upstream work when the client goes away, and frees the budget and the job when it ends.
// The caller connects to the job's signals before returning to the event loop.
GenerationJob *start(const ApiServices &services, const std::shared_ptr<ApiExchange> &exchange,
                     GenerationRequest request, QObject *parent);

// Sends an SSE comment every `intervalMs` while `job` lives, so proxies and clients keep a
// silent stream open.
void keepAlive(GenerationJob *job, const std::shared_ptr<ApiExchange> &exchange, int intervalMs);

// A JSON string literal (quotes included) for splicing into hand-built JSON.
QByteArray jsonString(const QString &text);
// Compact JSON of `object` with its braces removed, to append after other members.
QByteArray jsonMembers(const QJsonObject &object);

} // namespace ExchangeJobs
