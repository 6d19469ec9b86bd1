#pragma once

#include "keys/Keychain.h"
#include "keys/ProviderKeys.h"

#include <QCoreApplication>
#include <QSet>

#include <memory>

// The run's provider keys and where each comes from: the environment (the template's own
// variable names, and --env-file's) wins; what it lacks is read from the OS keychain, once,
// and only for the providers a direct source needs. The studio saves keys into the
// keychain through here. Never into a settings file, never in plain text.
class ProviderKeyring
{
    Q_DECLARE_TR_FUNCTIONS(ProviderKeyring)

public:
    enum class Origin { None, Environment, Keychain };

    // `keychain`: the OS keychain when null. `given`: the environment's and --env-file's.
    ProviderKeyring(std::shared_ptr<Keychain> keychain, const ProviderKeys &given);

    // The keys `providers` need, the keychain asked for what the environment lacks.
    std::shared_ptr<const ProviderKeys> keys(const QStringList &providers);
    Origin origin(const QString &provider) const;
    // Why the keychain could not be used, when it could not (shown in Settings and logged).
    QString keychainProblem() const { return m_keychainProblem; }

    // Keeps `provider`'s variables from `values` in the keychain (an empty value removes
    // its entry). False and *error when the keychain cannot keep them.
    bool save(const QString &provider, const ProviderKeys &values, QString *error);
    bool forget(const QString &provider, QString *error);

private:
    void readKeychain(const QString &provider);

    std::shared_ptr<Keychain> m_keychain;
    ProviderKeys m_given;
    ProviderKeys m_stored;
    QSet<QString> m_asked; // providers whose keychain entries were read
    QString m_keychainProblem;
};
