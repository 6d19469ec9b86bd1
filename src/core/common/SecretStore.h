#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

// Secrets that sources carry (a deployment's protection-bypass header), kept apart from the
// settings in a file only its owner may read or write, and never logged. Until ImageBridge
// keeps secrets in the OS keychain, this file is their one home.
class SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(SecretStore)

public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    // `file` empty: nothing is kept (tests, a run without a settings file).
    explicit SecretStore(const QString &file);

    Headers headers(const QUrl &source) const;
    // Empty headers remove the entry. False and *error when the file cannot be written.
    bool setHeaders(const QUrl &source, const Headers &headers, QString *error);
    // Forgets the entries of every source not in `sources` (removed or renamed ones).
    bool keepOnly(const QList<QUrl> &sources, QString *error);
    QString file() const { return m_file; }

private:
    bool write(const QJsonObject &all, QString *error);

    QString m_file;
};
