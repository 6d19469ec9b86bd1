#include "common/SecretStore.h"

#include "common/SaveFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QJsonObject readAll(const QString &path)
{
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly) || file.size() > 1024 * 1024)
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}
} // namespace

SecretStore::SecretStore(const QString &file)
    : m_file(file)
{}

SecretStore::Headers SecretStore::headers(const QUrl &source) const
{
    Headers out;
    const QJsonArray list = readAll(m_file).value(source.toString()).toArray();
    for (const QJsonValue &entry : list) {
        const QJsonArray pair = entry.toArray();
        if (pair.size() == 2)
            out.append({pair.at(0).toString().toLatin1(), pair.at(1).toString().toUtf8()});
    }
    return out;
}

bool SecretStore::setHeaders(const QUrl &source, const Headers &headers, QString *error)
{
    if (m_file.isEmpty())
        return true;
    QJsonObject all = readAll(m_file);
    QJsonArray list;
    for (const auto &[name, value] : headers)
        list.append(QJsonArray{QString::fromLatin1(name), QString::fromUtf8(value)});
    if (list.isEmpty())
        all.remove(source.toString());
    else
        all.insert(source.toString(), list);
    return write(all, error);
}

bool SecretStore::keepOnly(const QList<QUrl> &sources, QString *error)
{
    if (m_file.isEmpty())
        return true;
    QJsonObject all = readAll(m_file);
    const QStringList keys = all.keys();
    bool changed = false;
    for (const QString &key : keys) {
        if (!sources.contains(QUrl(key))) {
            all.remove(key);
            changed = true;
        }
    }
    return !changed || write(all, error);
}

bool SecretStore::write(const QJsonObject &all, QString *error)
{
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    // Made owner-only before any secret is in it: QSaveFile keeps an existing file's
    // permissions, and a new one would start readable by others.
    if (!QFile::exists(m_file)) {
        QFile file(m_file);
        if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(ownerOnly)) {
            *error = file.errorString();
            return false;
        }
    }
    if (!saveFileAtomically(m_file, QJsonDocument(all).toJson(QJsonDocument::Compact), error))
        return false;
    if (!QFile::setPermissions(m_file, ownerOnly)) {
        *error = tr("%1 cannot be made readable by its owner only.").arg(m_file);
        return false;
    }
    return true;
}
