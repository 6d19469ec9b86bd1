#pragma once

#include "ApiServices.h"

#include <memory>

class ApiExchange;

// GET /v1/models and GET /v1/models/{id}, in OpenAI's list and object shapes.
class ModelsEndpoint
{
public:
    explicit ModelsEndpoint(const ApiServices &services)
        : m_services(services)
    {}

    void list(const std::shared_ptr<ApiExchange> &exchange) const;
    void get(const std::shared_ptr<ApiExchange> &exchange, const QString &id) const;

private:
    ApiServices m_services;
    // The catalog does not change while the server runs: the list is built once. (Clients
    // such as LobeChat ask for it on every page load.)
    mutable QByteArray m_listJson;
    mutable QStringList m_listProviders; // the providers m_listJson lists
};
