#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

// Where the provider keys are kept: the OS keychain (Secret Service or KWallet on Linux,
// Windows Credential Manager, macOS Keychain) through QtKeychain, one entry per template
// variable name. Calls are synchronous and bounded; tests put a MemoryKeychain in its place.
class Keychain
{
public:
    enum class Status {
        Ok,
        NotFound,    // nothing kept under that name
        Unavailable, // no keychain service runs (a server without Secret Service)
        Failed,      // the service refused or failed (locked, denied)
    };
    struct Result
    {
        Status status = Status::Ok;
        QString value;   // read(): the secret
        QString message; // for people, when not Ok
    };

    virtual ~Keychain() = default;
    virtual Result read(const QString &name) = 0;
    virtual Result write(const QString &name, const QString &value) = 0;
    virtual Result remove(const QString &name) = 0;

    // The OS keychain under the service "ImageBridge".
    static std::unique_ptr<Keychain> system();
};
