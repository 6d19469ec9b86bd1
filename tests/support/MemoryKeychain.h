#pragma once

#include "keys/Keychain.h"

#include <QHash>

// A keychain in memory, for tests: the OS keychain is never touched by a test run.
class MemoryKeychain : public Keychain
{
public:
    Result read(const QString &name) override
    {
        if (!m_entries.contains(name))
            return {Status::NotFound, {}, QStringLiteral("no entry")};
        return {Status::Ok, m_entries.value(name), {}};
    }
    Result write(const QString &name, const QString &value) override
    {
        if (m_unavailable)
            return {Status::Unavailable, {}, QStringLiteral("no keychain service")};
        m_entries.insert(name, value);
        return {};
    }
    Result remove(const QString &name) override
    {
        m_entries.remove(name);
        return {};
    }
    void setUnavailable(bool on) { m_unavailable = on; }
    const QHash<QString, QString> &entries() const { return m_entries; }

private:
    QHash<QString, QString> m_entries;
    bool m_unavailable = false;
};
