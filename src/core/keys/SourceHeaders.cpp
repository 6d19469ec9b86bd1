#include "keys/SourceHeaders.h"

#include "AppSettings.h"
#include "common/Logging.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace {
const QString entryName = QStringLiteral("deployment-headers");
constexpr qint64 maxLegacyBytes = 1024 * 1024;
} // namespace

SourceHeaders::SourceHeaders(std::shared_ptr<Keychain> keychain, AppSettings &settings)
    : m_keychain(std::move(keychain))
    , m_settings(settings)
    , m_legacyFile(settings.legacySecretsFile())
{}

const QJsonObject &SourceHeaders::all()
{
    if (m_all)
        return *m_all;
    m_all = QJsonObject();
    const Keychain::Result result = m_keychain->read(entryName);
    if (result.status == Keychain::Status::Ok) {
        m_all = QJsonDocument::fromJson(result.value.toUtf8()).object();
    } else if (result.status != Keychain::Status::NotFound) {
        m_problem = result.message;
        qCWarning(lcUpstream).noquote() << "keychain:" << result.message;
    }
    moveLegacyFile();
    return *m_all;
}

// An earlier version's owner-only file: its entries join the keychain's, then it goes. With
// no keychain service it stays, read but never written, so nothing saved is lost.
void SourceHeaders::moveLegacyFile()
{
    QFile file(m_legacyFile);
    if (m_legacyFile.isEmpty() || !file.exists() || file.size() > maxLegacyBytes ||
        !file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject legacy = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonObject merged = *m_all;
    for (auto it = legacy.begin(); it != legacy.end(); ++it) {
        if (!merged.contains(it.key()))
            merged.insert(it.key(), it.value());
    }
    QString error;
    if (m_problem.isEmpty() && store(merged, &error)) {
        QFile::remove(m_legacyFile);
        qCInfo(lcUpstream).noquote() << "deployment headers moved into the keychain";
        return;
    }
    m_all = merged;
    if (m_problem.isEmpty())
        m_problem = error;
}

SourceHeaders::Headers SourceHeaders::headers(const QUrl &source)
{
    Headers out = stored(source);
    const QByteArray bypass = qgetenv(bypassVariable);
    if (out.isEmpty() && !bypass.isEmpty())
        out.append({QByteArray(bypassHeader), bypass});
    return out;
}

SourceHeaders::Headers SourceHeaders::stored(const QUrl &source)
{
    Headers out;
    if (!m_all && !m_settings.headerSources().contains(source.toString()) &&
        !QFile::exists(m_legacyFile))
        return out; // none kept: the keychain is not asked
    const QJsonArray list = all().value(source.toString()).toArray();
    for (const QJsonValue &entry : list) {
        const QJsonArray pair = entry.toArray();
        if (pair.size() == 2)
            out.append({pair.at(0).toString().toLatin1(), pair.at(1).toString().toUtf8()});
    }
    return out;
}

bool SourceHeaders::keepsNone() const
{
    return !m_all && m_settings.headerSources().isEmpty() && !QFile::exists(m_legacyFile);
}

bool SourceHeaders::setHeaders(const QUrl &source, const Headers &headers, QString *error)
{
    if (headers.isEmpty() && keepsNone())
        return true;
    QJsonObject changed = all();
    QJsonArray list;
    for (const auto &[name, value] : headers)
        list.append(QJsonArray{QString::fromLatin1(name), QString::fromUtf8(value)});
    if (changed.value(source.toString()) == (list.isEmpty() ? QJsonValue() : QJsonValue(list)))
        return true; // unchanged: the keychain is not asked
    if (list.isEmpty())
        changed.remove(source.toString());
    else
        changed.insert(source.toString(), list);
    return store(changed, error);
}

bool SourceHeaders::keepOnly(const QList<QUrl> &sources, QString *error)
{
    if (keepsNone())
        return true;
    QJsonObject kept = all();
    const QStringList keys = kept.keys();
    bool changed = false;
    for (const QString &key : keys) {
        if (!sources.contains(QUrl(key))) {
            kept.remove(key);
            changed = true;
        }
    }
    return !changed || store(kept, error);
}

bool SourceHeaders::store(const QJsonObject &changed, QString *error)
{
    const QByteArray json = QJsonDocument(changed).toJson(QJsonDocument::Compact);
    if (json.size() > maxStoredBytes) {
        *error = tr("The deployment headers are too long for the keychain (%1 bytes, at most %2).")
                     .arg(json.size())
                     .arg(maxStoredBytes);
        return false;
    }
    const Keychain::Result result = changed.isEmpty()
                                        ? m_keychain->remove(entryName)
                                        : m_keychain->write(entryName, QString::fromUtf8(json));
    if (result.status != Keychain::Status::Ok && result.status != Keychain::Status::NotFound) {
        *error = tr("The keychain could not keep the deployment headers: %1").arg(result.message);
        return false;
    }
    m_all = changed;
    m_settings.setHeaderSources(changed.keys());
    return true;
}
