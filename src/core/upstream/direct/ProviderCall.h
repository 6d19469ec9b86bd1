#pragma once

#include "common/Clock.h"
#include "keys/ProviderKeys.h"
#include "upstream/UpstreamError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>
#include <utility>

class GoogleTokens;
class QNetworkAccessManager;
class QNetworkReply;
class QRandomGenerator;

// One attempt at a provider's own API with the user's key, made as the AI SDK package the
// template's route uses makes it. An attempt may take several requests (Replicate's
// prediction, its polls and its output; Vertex's token and its prediction); it ends with
// exactly one finished(), holding the image's base64 or a named error. UpstreamCall makes
// one per attempt and keeps the retries, deadlines and failover.
class ProviderCall : public QObject
{
    Q_OBJECT
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    struct Setup
    {
        QNetworkAccessManager *manager = nullptr;
        std::shared_ptr<const ProviderKeys> keys;
        GoogleTokens *tokens = nullptr;
        Clock *clock = nullptr;
        QRandomGenerator *random = nullptr;
        QUrl baseUrl; // the provider's API root (its own, or a replacement)
        int transferTimeoutMs = 60000;
        qint64 maxImageBytes = 32 * 1024 * 1024;
        QString logTag;
    };
    struct Job
    {
        QString provider;
        QString modelId; // the provider's model id
        QString prompt;
        QString shape; // "WxH", "W:H" or empty (the template's default)
    };

    // nullptr for a provider without a direct API.
    static ProviderCall *create(const Setup &setup, const Job &job, QObject *parent);
    ~ProviderCall() override;

    void start();
    // Stops at once; what was started at the provider and would go on billing is cancelled
    // there. Emits nothing afterwards.
    void abort();

    bool ok() const { return !m_error.isError(); }
    const UpstreamError &error() const { return m_error; }
    QByteArray takeBase64() { return std::exchange(m_base64, QByteArray()); }
    int status() const { return m_status; }                // of the last answer
    QByteArray retryAfter() const { return m_retryAfter; } // of a refusing answer
    qint64 bytesReceived() const { return m_bytesReceived; }
    // The image requests the provider billed or refused (not polls, downloads or tokens).
    int providerCalls() const { return m_providerCalls; }

signals:
    void finished();

protected:
    ProviderCall(const Setup &setup, const Job &job, QObject *parent);

    // What the subclass does first.
    virtual void begin() = 0;
    // Called by abort() before the requests are dropped.
    virtual void onAbort() {}
    // The provider's name for people ("OpenAI").
    virtual QString providerName() const = 0;

    using Handler = std::function<void(int status, const QByteArray &body, QNetworkReply *reply)>;
    // Sends a request; `handler` gets the answer of any status, read within the size
    // bound. Network failures and oversized answers end the attempt without it.
    void send(const QByteArray &verb, const QUrl &url, const Headers &headers,
              const QByteArray &body, Handler handler, bool billed = false);
    // Fire and forget, surviving this object (a cancel at the provider).
    void sendDetached(const QByteArray &verb, const QUrl &url, const Headers &headers);
    Headers bearerHeaders(const QString &key) const;
    QUrl endpoint(const QString &path) const;
    // Whether `url` is on the API's own scheme, host and port (where the key may go).
    bool isApiOrigin(const QUrl &url) const;
    quint32 randomSeed() const;

    void succeedWithBytes(const QByteArray &bytes);
    void succeedWithBase64(QByteArray base64);
    void fail(const UpstreamError &error);
    // The common reading of a refusal: a wrong key, rate limits, provider failures, the
    // rest as rejected. Subclasses look for their safety refusal first.
    UpstreamError classify(int status, const QByteArray &body, const QString &keyName) const;
    // The provider's error message from a JSON body ({"error": {"message"}}, {"detail"}...).
    static QString messageOf(const QByteArray &body);

    Setup m_setup;
    Job m_job;

private:
    void finish();

    QPointer<QNetworkReply> m_reply;
    UpstreamError m_error;
    QByteArray m_base64;
    QByteArray m_retryAfter;
    int m_status = 0;
    qint64 m_bytesReceived = 0;
    int m_providerCalls = 0;
    bool m_finished = false;
};
