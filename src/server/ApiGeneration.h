#pragma once

#include "ApiServices.h"
#include "generation/GenerationJob.h"

#include <QObject>

#include <memory>

class ApiExchange;
class QTimer;

// One API request's generation, and the one place its state lives: it reserves the image
// budget (or answers 429) and gives it back however the job ends, owns the GenerationJob,
// cancels it when the client goes away, sends keep-alives while an event stream waits, and
// deletes itself (and the job) when the job has finished.
class ApiGeneration : public QObject
{
    Q_OBJECT
public:
    // Null when the budget is spent; then the 429 has been answered. Connect to job()'s
    // signals, then call run().
    static ApiGeneration *create(const ApiServices &services,
                                 const std::shared_ptr<ApiExchange> &exchange,
                                 GenerationRequest request, QObject *parent);
    ~ApiGeneration() override;

    GenerationJob *job() const { return m_job; }
    // For event streams: an SSE comment every `intervalMs` until the job ends, so proxies
    // and clients keep a silent stream open.
    void keepStreamAlive(int intervalMs);
    void run();

private:
    ApiGeneration(const ApiServices &services, const std::shared_ptr<ApiExchange> &exchange,
                  const GenerationRequest &request, QObject *parent);
    void releaseBudget();

    ImageBudget *m_budget;
    int m_reserved;
    // Not the exchange itself: a finished generation must not keep its answer alive.
    std::weak_ptr<ApiExchange> m_exchange;
    GenerationJob *m_job;
    QTimer *m_keepAlive = nullptr;
};
