#pragma once

#include "upstream/direct/ProviderCall.h"

// Fireworks as @ai-sdk/fireworks calls it with FIREWORKS_API_KEY: the FLUX models through
// POST {base}/workflows/{model}/text_to_image, the others through
// {base}/image_generation/{model}; {prompt, aspect_ratio, seed, samples}. The answer is the
// image's bytes.
class FireworksCall : public ProviderCall
{
    Q_OBJECT
public:
    FireworksCall(const Setup &setup, const Job &job, QObject *parent);

    static const QStringList &aspectRatios();
    static bool isWorkflowModel(const QString &model);

protected:
    void begin() override;
    QString providerName() const override { return QStringLiteral("Fireworks"); }

private:
    void onAnswer(int status, const QByteArray &body, QNetworkReply *reply);
};
