#pragma once

#include "keys/ProviderKeys.h"
#include "upstream/direct/ProviderCall.h"

// Vertex AI's Imagen as @ai-sdk/google-vertex calls it with a service account: an OAuth
// token (GoogleTokens, cached until it expires), then
// POST {base}/projects/{project}/locations/{location}/publishers/google/models/{model}:predict
// with {instances: [{prompt}], parameters: {sampleCount, aspectRatio, seed, addWatermark:
// false}}. An answer without predictions is Google's safety filter at work.
class VertexCall : public ProviderCall
{
    Q_OBJECT
public:
    VertexCall(const Setup &setup, const Job &job, QObject *parent);

    static const QStringList &aspectRatios();

protected:
    void begin() override;
    QString providerName() const override { return QStringLiteral("Google Vertex AI"); }

private:
    void requestToken();
    void predict(const QByteArray &token);
    void onPrediction(int status, const QByteArray &body);

    GoogleServiceAccount m_account;
    bool m_tokenRenewed = false; // a refused cached token is renewed once
};
