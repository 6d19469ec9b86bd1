#include "keys/ProviderKeyring.h"

#include "common/Logging.h"

ProviderKeyring::ProviderKeyring(std::shared_ptr<Keychain> keychain, const ProviderKeys &given)
    : m_keychain(keychain ? std::move(keychain) : Keychain::system())
    , m_given(given)
{}

std::shared_ptr<const ProviderKeys> ProviderKeyring::keys(const QStringList &providers)
{
    for (const QString &provider : providers) {
        if (!m_given.has(provider))
            readKeychain(provider);
    }
    auto keys = std::make_shared<ProviderKeys>(m_given);
    keys->fillFrom(m_stored);
    return keys;
}

void ProviderKeyring::readKeychain(const QString &provider)
{
    if (m_asked.contains(provider) || !m_keychainProblem.isEmpty())
        return;
    m_asked.insert(provider);
    for (const QString &name : ProviderKeys::variablesOf(provider)) {
        if (!m_given.value(name).isEmpty())
            continue;
        const Keychain::Result result = m_keychain->read(name);
        if (result.status == Keychain::Status::Ok) {
            m_stored.set(name, result.value);
        } else if (result.status == Keychain::Status::Unavailable ||
                   result.status == Keychain::Status::Failed) {
            m_keychainProblem = result.message;
            qCWarning(lcUpstream).noquote() << "keychain:" << result.message;
            return;
        }
    }
}

ProviderKeyring::Origin ProviderKeyring::origin(const QString &provider) const
{
    if (m_given.has(provider))
        return Origin::Environment;
    ProviderKeys merged = m_given;
    merged.fillFrom(m_stored);
    return merged.has(provider) ? Origin::Keychain : Origin::None;
}

bool ProviderKeyring::save(const QString &provider, const ProviderKeys &values, QString *error)
{
    for (const QString &name : ProviderKeys::variablesOf(provider)) {
        const QString value = values.value(name);
        const Keychain::Result result =
            value.isEmpty() ? m_keychain->remove(name) : m_keychain->write(name, value);
        if (result.status != Keychain::Status::Ok) {
            *error = tr("The keychain could not keep %1: %2").arg(name, result.message);
            return false;
        }
        m_stored.set(name, value);
    }
    m_asked.insert(provider);
    return true;
}

bool ProviderKeyring::forget(const QString &provider, QString *error)
{
    return save(provider, ProviderKeys(), error);
}
