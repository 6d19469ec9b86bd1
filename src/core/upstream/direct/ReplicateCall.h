#pragma once

#include "upstream/direct/ProviderCall.h"

#include <QJsonObject>

// Replicate as @ai-sdk/replicate calls it with REPLICATE_API_TOKEN: a prediction of the
// model (POST {base}/models/{owner}/{name}/predictions, or {base}/predictions with a
// version) with `Prefer: wait`; while its status is starting or processing, its urls.get is
// polled; then its output URL is downloaded (without the key: it is another origin). A
// prediction still running when the attempt is aborted is cancelled (urls.cancel), so it is
// not billed on.
class ReplicateCall : public ProviderCall
{
    Q_OBJECT
public:
    static constexpr int pollIntervalMs = 1000;

    ReplicateCall(const Setup &setup, const Job &job, QObject *parent);

    static const QStringList &aspectRatios();

protected:
    void begin() override;
    void onAbort() override;
    QString providerName() const override { return QStringLiteral("Replicate"); }

private:
    void onPrediction(int status, const QByteArray &body);
    void poll();
    void download(const QUrl &output);

    QUrl m_getUrl;
    QUrl m_cancelUrl;
    bool m_settled = false; // the prediction reached a final status
    std::unique_ptr<Clock::Alarm> m_pollAlarm;
};
