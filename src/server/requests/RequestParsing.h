#pragma once

#include "ApiExchange.h"
#include "ApiServices.h"
#include "generation/ModelCatalog.h"
#include "requests/RequestFields.h"

#include <memory>
#include <optional>
#include <variant>

// Parses the exchange's JSON body into `Request` (ImagesRequest, ChatRequest) and names
// the model in its log entry. On failure answers the error and returns nullopt.
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
