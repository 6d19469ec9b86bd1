#pragma once

#include "ApiError.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

// Reads typed fields out of a JSON request body. Absent and null mean "not given";
// a present field of the wrong type is an ApiError naming it.
class RequestFields
{
    Q_DECLARE_TR_FUNCTIONS(RequestFields)
public:
    explicit RequestFields(const QJsonObject &object)
        : m_object(object)
    {}

    // Parses a request body that must be a JSON object.
    static std::optional<QJsonObject> parseObject(const QByteArray &body, ApiError *error);

    std::optional<QString> string(const QString &key);
    // A string that, when given, must have more than white space ("model": "" is an error,
    // not a request for the default).
    std::optional<QString> nonEmptyString(const QString &key);
    std::optional<qint64> integer(const QString &key, qint64 min, qint64 max);
    std::optional<bool> boolean(const QString &key);
    // A string that must be one of `allowed`.
    std::optional<QString> oneOf(const QString &key, const QStringList &allowed);

    bool ok() const { return !m_error; }
    const ApiError &error() const { return *m_error; }

private:
    void fail(const QString &key, const QString &message);

    QJsonObject m_object;
    std::optional<ApiError> m_error;
};
