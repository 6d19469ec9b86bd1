#include "keys/ProviderKeys.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>

namespace {
const QString googleEmail = QStringLiteral("GOOGLE_CLIENT_EMAIL");
const QString googleKey = QStringLiteral("GOOGLE_PRIVATE_KEY");
const QString googleKeyId = QStringLiteral("GOOGLE_PRIVATE_KEY_ID");
const QString googleProject = QStringLiteral("GOOGLE_VERTEX_PROJECT");
const QString googleLocation = QStringLiteral("GOOGLE_VERTEX_LOCATION");
constexpr qint64 maxEnvFileBytes = 256 * 1024;

// A PEM key pasted into one line keeps its line breaks as the two characters \n.
QString withRealNewlines(QString text)
{
    return text.replace(QLatin1String("\\n"), QLatin1String("\n"));
}

QString unquote(const QString &raw)
{
    const QString value = raw.trimmed();
    if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
        return withRealNewlines(value.mid(1, value.size() - 2));
    if (value.size() >= 2 && value.startsWith(QLatin1Char('\'')) &&
        value.endsWith(QLatin1Char('\'')))
        return value.mid(1, value.size() - 2);
    // Unquoted: a comment may follow after a space.
    const qsizetype comment = value.indexOf(QLatin1String(" #"));
    return comment < 0 ? value : value.left(comment).trimmed();
}
} // namespace

std::optional<GoogleServiceAccount> GoogleServiceAccount::fromJson(const QByteArray &json,
                                                                   QString *error)
{
    QJsonParseError parseError;
    const QJsonObject o = QJsonDocument::fromJson(json, &parseError).object();
    if (o.isEmpty()) {
        *error = tr("The file is not a JSON key file (%1).").arg(parseError.errorString());
        return std::nullopt;
    }
    if (o.value(QLatin1String("type")).toString() != QLatin1String("service_account")) {
        *error = tr("The file is not a service-account key (its \"type\" is not "
                    "\"service_account\").");
        return std::nullopt;
    }
    GoogleServiceAccount account;
    account.clientEmail = o.value(QLatin1String("client_email")).toString();
    account.privateKey = withRealNewlines(o.value(QLatin1String("private_key")).toString());
    account.privateKeyId = o.value(QLatin1String("private_key_id")).toString();
    account.project = o.value(QLatin1String("project_id")).toString();
    account.tokenUrl = o.value(QLatin1String("token_uri")).toString();
    account.location = QString::fromLatin1(defaultLocation);
    if (account.clientEmail.isEmpty() ||
        !account.privateKey.contains(QLatin1String("PRIVATE KEY-----"))) {
        *error = tr("The key file has no client_email or no private_key.");
        return std::nullopt;
    }
    return account;
}

const QStringList &ProviderKeys::variableNames()
{
    static const QStringList names{QStringLiteral("OPENAI_API_KEY"),
                                   QStringLiteral("REPLICATE_API_TOKEN"),
                                   QStringLiteral("FIREWORKS_API_KEY"),
                                   googleEmail,
                                   googleKey,
                                   googleKeyId,
                                   googleProject,
                                   googleLocation};
    return names;
}

QStringList ProviderKeys::variablesOf(const QString &provider)
{
    if (provider == QLatin1String("openai"))
        return {QStringLiteral("OPENAI_API_KEY")};
    if (provider == QLatin1String("replicate"))
        return {QStringLiteral("REPLICATE_API_TOKEN")};
    if (provider == QLatin1String("fireworks"))
        return {QStringLiteral("FIREWORKS_API_KEY")};
    if (provider == QLatin1String("vertex"))
        return {googleKey, googleEmail, googleKeyId, googleProject, googleLocation};
    return {};
}

void ProviderKeys::set(const QString &name, const QString &value)
{
    if (!variableNames().contains(name))
        return;
    const QString trimmed = name == googleKey ? withRealNewlines(value).trimmed() : value.trimmed();
    if (trimmed.isEmpty())
        m_values.remove(name);
    else
        m_values.insert(name, trimmed);
}

void ProviderKeys::fillFrom(const ProviderKeys &other)
{
    for (auto it = other.m_values.cbegin(); it != other.m_values.cend(); ++it) {
        if (!m_values.contains(it.key()))
            m_values.insert(it.key(), it.value());
    }
}

QStringList ProviderKeys::missing(const QString &provider) const
{
    QStringList out;
    for (const QString &name : variablesOf(provider)) {
        // The location has a default, and the key id is only a hint in the token's header.
        if (name == googleLocation || name == googleKeyId)
            continue;
        if (!m_values.contains(name))
            out.append(name);
    }
    return out;
}

bool ProviderKeys::has(const QString &provider) const
{
    return !variablesOf(provider).isEmpty() && missing(provider).isEmpty();
}

QString ProviderKeys::bearer(const QString &provider) const
{
    return provider == QLatin1String("vertex") ? QString() : value(variablesOf(provider).value(0));
}

std::optional<GoogleServiceAccount> ProviderKeys::google() const
{
    if (!has(QStringLiteral("vertex")))
        return std::nullopt;
    GoogleServiceAccount account;
    account.clientEmail = value(googleEmail);
    account.privateKey = value(googleKey);
    account.privateKeyId = value(googleKeyId);
    account.project = value(googleProject);
    account.location = value(googleLocation);
    if (account.location.isEmpty())
        account.location = QString::fromLatin1(GoogleServiceAccount::defaultLocation);
    return account;
}

QStringList ProviderKeys::secretValues() const
{
    QStringList out;
    for (const QString &name :
         {QStringLiteral("OPENAI_API_KEY"), QStringLiteral("REPLICATE_API_TOKEN"),
          QStringLiteral("FIREWORKS_API_KEY"), googleKey}) {
        if (!value(name).isEmpty())
            out.append(value(name));
    }
    return out;
}

ProviderKeys ProviderKeys::fromEnvironment(const QProcessEnvironment &environment)
{
    ProviderKeys keys;
    for (const QString &name : variableNames())
        keys.set(name, environment.value(name));
    return keys;
}

std::optional<ProviderKeys> ProviderKeys::fromEnvFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > maxEnvFileBytes) {
        *error = tr("%1 is larger than %2 KiB: not an environment file.")
                     .arg(path)
                     .arg(maxEnvFileBytes / 1024);
        return std::nullopt;
    }
    ProviderKeys keys;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i).trimmed();
        if (line.startsWith(QLatin1String("export ")))
            line = line.mid(7).trimmed();
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || equals <= 0)
            continue;
        QString value = line.mid(equals + 1).trimmed();
        // A double-quoted value may span lines (a PEM key pasted as it is).
        while (value.startsWith(QLatin1Char('"')) &&
               (value.size() < 2 || !value.endsWith(QLatin1Char('"'))) && i + 1 < lines.size())
            value += QLatin1Char('\n') + lines.at(++i).trimmed();
        keys.set(line.left(equals).trimmed(), unquote(value));
    }
    return keys;
}
