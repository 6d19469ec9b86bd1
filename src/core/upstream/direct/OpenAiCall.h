#pragma once

#include "upstream/direct/ProviderCall.h"

// POST {base}/images/generations with the user's OPENAI_API_KEY, as @ai-sdk/openai sends it:
// {model, prompt, n, size, response_format: "b64_json"} (gpt-image models always answer
// base64 and take no response_format). The size is the nearest the model supports.
class OpenAiCall : public ProviderCall
{
    Q_OBJECT
public:
    OpenAiCall(const Setup &setup, const Job &job, QObject *parent);

    static QStringList sizesOf(const QString &model);

protected:
    void begin() override;
    QString providerName() const override { return QStringLiteral("OpenAI"); }

private:
    void onAnswer(int status, const QByteArray &body);
};
