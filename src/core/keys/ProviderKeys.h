#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

class QProcessEnvironment;

// A Google service account as Vertex needs it: from the template's GOOGLE_* variables or
// from the JSON key file Google's console gives.
struct GoogleServiceAccount
{
    Q_DECLARE_TR_FUNCTIONS(GoogleServiceAccount)

public:
    static constexpr const char *defaultLocation = "us-central1";
    static constexpr const char *defaultTokenUrl = "https://oauth2.googleapis.com/token";

    QString clientEmail;
    QString privateKey; // PEM, with real newlines
    QString privateKeyId;
    QString project;
    QString location;
    QString tokenUrl;

    // A service-account key file ({"type": "service_account", "client_email", ...}).
    static std::optional<GoogleServiceAccount> fromJson(const QByteArray &json, QString *error);
};

// The provider credentials, under the template's own variable names (its .env.example):
// OPENAI_API_KEY, REPLICATE_API_TOKEN, FIREWORKS_API_KEY and the GOOGLE_* set. Values are
// secrets: nothing here logs or prints them.
class ProviderKeys
{
    Q_DECLARE_TR_FUNCTIONS(ProviderKeys)

public:
    static const QStringList &variableNames();
    // The variables a provider needs, its key first ("OPENAI_API_KEY"; Google's five).
    static QStringList variablesOf(const QString &provider);

    QString value(const QString &name) const { return m_values.value(name); }
    void set(const QString &name, const QString &value);
    bool isEmpty() const { return m_values.isEmpty(); }
    // Values of `other` for the names this one lacks.
    void fillFrom(const ProviderKeys &other);

    // Whether every variable `provider` needs has a value.
    bool has(const QString &provider) const;
    // The variables `provider` needs that have no value.
    QStringList missing(const QString &provider) const;
    // The bearer key of openai, replicate or fireworks.
    QString bearer(const QString &provider) const;
    std::optional<GoogleServiceAccount> google() const;
    // Every value, for redacting text that might quote one.
    QStringList secretValues() const;

    static ProviderKeys fromEnvironment(const QProcessEnvironment &environment);
    // A dotenv file such as the template's .env.local: NAME=VALUE lines, '#' comments, an
    // optional "export ", single or double quotes; in double quotes "\n" is a newline.
    // Names other than the template's are ignored. nullopt and *error when unreadable.
    static std::optional<ProviderKeys> fromEnvFile(const QString &path, QString *error);

private:
    QHash<QString, QString> m_values;
};
