#include "ApiGeneration.h"

#include "ApiExchange.h"
#include "generation/RequestLogRecorder.h"
#include "wire/Sse.h"

#include <QTimer>

ApiGeneration *ApiGeneration::create(const ApiServices &services,
                                     const std::shared_ptr<ApiExchange> &exchange,
                                     GenerationRequest request, QObject *parent)
{
    if (!services.budget->reserve(request.n)) {
        exchange->replyError(ApiError::tooManyRequests(2));
        return nullptr;
    }
    request.source = exchange->source();
    request.requestId = QString::fromLatin1(exchange->requestId());
    return new ApiGeneration(services, exchange, request, parent);
}

ApiGeneration::ApiGeneration(const ApiServices &services,
                             const std::shared_ptr<ApiExchange> &exchange,
                             const GenerationRequest &request, QObject *parent)
    : QObject(parent)
    , m_budget(services.budget)
    , m_reserved(request.n)
    , m_exchange(exchange)
    , m_job(new GenerationJob(services.upstream, services.store, request, this))
{
    RequestLogRecorder::follow(services.log, exchange->logSerial(), m_job);
    // Connected before the endpoint's handler: the budget is free again when the answer
    // goes out, and a client's next request finds room.
    connect(m_job, &GenerationJob::finished, this, [this] {
        releaseBudget();
        deleteLater();
    });
    exchange->onDisconnected(this, [this] { m_job->cancel(); });
}

ApiGeneration::~ApiGeneration()
{
    releaseBudget(); // when the server goes away with the job still running
}

void ApiGeneration::releaseBudget()
{
    if (m_reserved > 0)
        m_budget->release(std::exchange(m_reserved, 0));
}

void ApiGeneration::keepStreamAlive(int intervalMs)
{
    if (m_keepAlive)
        return;
    m_keepAlive = new QTimer(this);
    connect(m_keepAlive, &QTimer::timeout, this, [this] {
        if (auto exchange = m_exchange.lock())
            exchange->sendEvent(Sse::comment("keep-alive"));
    });
    connect(m_job, &GenerationJob::finished, m_keepAlive, &QTimer::stop);
    m_keepAlive->start(std::max(100, intervalMs));
}

void ApiGeneration::run()
{
    m_job->start();
}
