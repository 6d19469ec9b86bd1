#pragma once

#include "ApiError.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

// One field of a request body: its JSON type, bounds and meaning. The same entry checks the
// field (RequestFields) and describes it (the OpenAPI document), so the two cannot drift.
struct FieldRule
{
    enum class Type {
        String,         // max: longest length (0: any)
        NonEmptyString, // more than white space when given
        Integer,        // min..max
        Boolean,
        OneOf,  // a string among `allowed`
        Array,  // min: fewest items
        Object, // its members are the request's own business
    };

    QString name;
    Type type = Type::String;
    QString description;
    bool required = false;
    qint64 min = 0;
    qint64 max = 0;
    QStringList allowed;
    QString pattern; // String: a regular expression the whole value matches
    QString hint;    // String with pattern: what to write instead, for the error

    // Its JSON Schema, as the OpenAPI document gives it.
    QJsonObject schema() const;
};

// Reads a request body by its rules: each field checked for type and bounds, a required
// one for presence. Absent and null mean "not given". The first problem is an ApiError
// naming the field; fields without a rule are accepted and left alone.
class RequestFields
{
    Q_DECLARE_TR_FUNCTIONS(RequestFields)
public:
    RequestFields(const QJsonObject &object, const QList<FieldRule> &rules);

    // Parses a request body that must be a JSON object.
    static std::optional<QJsonObject> parseObject(const QByteArray &body, ApiError *error);
    // The JSON Schema of a body with these fields.
    static QJsonObject schema(const QList<FieldRule> &rules);

    bool ok() const { return !m_error; }
    const ApiError &error() const { return *m_error; }

    // The checked value of a field with a rule, if given.
    std::optional<QString> text(const QString &name) const;
    std::optional<qint64> integer(const QString &name) const;
    std::optional<bool> boolean(const QString &name) const;

private:
    void check(const FieldRule &rule);
    void fail(const QString &key, const QString &message,
              const QString &code = QStringLiteral("invalid_value"));
    QJsonValue given(const QString &name) const;

    QJsonObject m_object;
    QHash<QString, QJsonValue> m_checked;
    std::optional<ApiError> m_error;
};
