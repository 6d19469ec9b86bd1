#pragma once

#include "ServerConfig.h"

#include <functional>

class ImageStore;
class ModelCatalog;
class RequestLog;
class UpstreamClient;

// Counts the images being generated for API clients, to refuse (429) past a limit rather
// than queue without bound.
class ImageBudget
{
public:
    explicit ImageBudget(int limit)
        : m_limit(limit)
    {}
    bool reserve(int n)
    {
        if (m_active + n > m_limit)
            return false;
        m_active += n;
        return true;
    }
    void release(int n)
    {
        m_active = std::max(0, m_active - n);
        if (m_active == 0 && m_onIdle)
            m_onIdle();
    }
    int active() const { return m_active; }
    // Called whenever the last image in progress is released.
    void setOnIdle(std::function<void()> onIdle) { m_onIdle = std::move(onIdle); }

private:
    int m_limit;
    int m_active = 0;
    std::function<void()> m_onIdle;
};

// What the endpoints share; owned by ApiServer.
struct ApiServices
{
    const ServerConfig *config = nullptr;
    const ModelCatalog *catalog = nullptr;
    UpstreamClient *upstream = nullptr;
    ImageStore *store = nullptr;
    RequestLog *log = nullptr;
    ImageBudget *budget = nullptr;
};
