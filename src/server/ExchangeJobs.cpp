#include "ExchangeJobs.h"

#include "ApiExchange.h"
#include "Sse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace ExchangeJobs {

GenerationJob *start(const ApiServices &services, const std::shared_ptr<ApiExchange> &exchange,
                     GenerationRequest request, QObject *parent)
{
    const int n = request.n;
    if (!services.budget->reserve(n)) {
        exchange->replyError(ApiError::tooManyRequests(2));
        return nullptr;
    }
    request.source = exchange->source();
    auto *job = new GenerationJob(services.upstream, services.store, request, parent);
    job->setLog(services.log, exchange->logSerial());
    ImageBudget *budget = services.budget;
    QObject::connect(job, &GenerationJob::finished, job, [job, budget, n] {
        budget->release(n);
        job->deleteLater();
    });
    // Not the exchange itself: the job must not keep a finished answer alive by accident.
    exchange->onDisconnected(job, [job] { job->cancel(); });
    return job;
}

void keepAlive(GenerationJob *job, const std::shared_ptr<ApiExchange> &exchange, int intervalMs)
{
    auto *timer = new QTimer(job);
    std::weak_ptr<ApiExchange> weak = exchange;
    QObject::connect(timer, &QTimer::timeout, job, [weak] {
        if (auto e = weak.lock())
            e->sendEvent(Sse::comment("keep-alive"));
    });
    timer->start(std::max(100, intervalMs));
}

QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray jsonMembers(const QJsonObject &object)
{
    const QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return json.mid(1, json.size() - 2);
}

} // namespace ExchangeJobs
