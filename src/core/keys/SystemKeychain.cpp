#include "keys/Keychain.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace {
constexpr int maxWaitMs = 20000; // a desktop may show an unlock prompt

class SystemKeychain : public Keychain
{
    Q_DECLARE_TR_FUNCTIONS(SystemKeychain)

public:
    Result read(const QString &name) override
    {
        QKeychain::ReadPasswordJob job(service());
        job.setKey(name);
        Result result = run(job);
        if (result.status == Status::Ok)
            result.value = job.textData();
        return result;
    }

    Result write(const QString &name, const QString &value) override
    {
        QKeychain::WritePasswordJob job(service());
        job.setKey(name);
        job.setTextData(value);
        return run(job);
    }

    Result remove(const QString &name) override
    {
        QKeychain::DeletePasswordJob job(service());
        job.setKey(name);
        Result result = run(job);
        return result.status == Status::NotFound ? Result{} : result;
    }

private:
    static QString service() { return QStringLiteral("ImageBridge"); }

    static Result run(QKeychain::Job &job)
    {
        job.setAutoDelete(false);
        // Never a plain-text file in place of the keychain.
        job.setInsecureFallback(false);
        QEventLoop loop;
        QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(maxWaitMs, &loop, &QEventLoop::quit);
        bool done = false;
        QObject::connect(&job, &QKeychain::Job::finished, [&done] { done = true; });
        job.start();
        if (!done)
            loop.exec();
        if (!done)
            return {Status::Failed,
                    {},
                    tr("The keychain did not answer within %1 s.").arg(maxWaitMs / 1000)};
        switch (job.error()) {
        case QKeychain::NoError:
            return {};
        case QKeychain::EntryNotFound:
            return {Status::NotFound, {}, job.errorString()};
        case QKeychain::NoBackendAvailable:
        case QKeychain::NotImplemented:
            return {Status::Unavailable,
                    {},
                    tr("No keychain service is running (%1). Give the keys in the environment "
                       "or with --env-file instead.")
                        .arg(job.errorString())};
        default:
            return {Status::Failed, {}, job.errorString()};
        }
    }
};
} // namespace

std::unique_ptr<Keychain> Keychain::system()
{
    return std::make_unique<SystemKeychain>();
}
