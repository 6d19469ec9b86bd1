#pragma once

#include "ApiExchange.h"
#include "ApiServices.h"
#include "GenerationJob.h"
#include "ModelCatalog.h"
#include "RequestFields.h"

#include <QByteArray>
#include <QJsonObject>

#include <memory>
#include <optional>
#include <variant>

namespace ExchangeJobs {

// Parses the exchange's JSON body into `Request` (ImagesRequest, ChatRequest). On failure
// answers the error and returns nullopt.
template <typename Request>
std::optional<Request> parseRequest(const ApiServices &services,
                                    const std::shared_ptr<ApiExchange> &exchange)
{
    ApiError error;
    const auto body = RequestFields::parseObject(exchange->body(), &error);
    if (!body) {
        exchange->replyError(error);
        return std::nullopt;
    }
    auto parsed = Request::parse(*body, *services.catalog, services.config->defaultModel);
    if (const auto *e = std::get_if<ApiError>(&parsed)) {
        exchange->replyError(*e);
        return std::nullopt;
    }
    Request request = std::get<Request>(std::move(parsed));
    exchange->setLoggedModel(request.model.id);
    return request;
}

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
