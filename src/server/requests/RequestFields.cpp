#include "requests/RequestFields.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cmath>

namespace {
QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    default:
        return QStringLiteral("null");
    }
}
} // namespace

std::optional<QJsonObject> RequestFields::parseObject(const QByteArray &body, ApiError *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = ApiError::invalidJson(
            tr("%1 at offset %2").arg(parseError.errorString()).arg(parseError.offset));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = ApiError::invalidJson(tr("the body is not an object"));
        return std::nullopt;
    }
    return doc.object();
}

void RequestFields::fail(const QString &key, const QString &message)
{
    if (!m_error)
        m_error = ApiError::badRequest(message, key, QStringLiteral("invalid_value"));
}

std::optional<QString> RequestFields::string(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isString()) {
        fail(key, tr("Invalid type for '%1': expected a string, but got %2 instead.")
                      .arg(key, typeName(value)));
        return std::nullopt;
    }
    return value.toString();
}

std::optional<QString> RequestFields::nonEmptyString(const QString &key)
{
    const auto value = string(key);
    if (value && value->trimmed().isEmpty()) {
        fail(key, tr("Invalid value for '%1': it must not be empty.").arg(key));
        return std::nullopt;
    }
    return value;
}

std::optional<qint64> RequestFields::integer(const QString &key, qint64 min, qint64 max)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const double number = value.toDouble();
    if (!value.isDouble() || !std::isfinite(number) || std::floor(number) != number) {
        fail(key, tr("Invalid type for '%1': expected an integer, but got %2 instead.")
                      .arg(key, value.isDouble() ? QStringLiteral("a decimal") : typeName(value)));
        return std::nullopt;
    }
    if (number < double(min) || number > double(max)) {
        fail(key, tr("Invalid value for '%1': %2 is not between %3 and %4.")
                      .arg(key)
                      .arg(number, 0, 'g', 12)
                      .arg(min)
                      .arg(max));
        return std::nullopt;
    }
    return qint64(number);
}

std::optional<bool> RequestFields::boolean(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isBool()) {
        fail(key, tr("Invalid type for '%1': expected a boolean, but got %2 instead.")
                      .arg(key, typeName(value)));
        return std::nullopt;
    }
    return value.toBool();
}

std::optional<QString> RequestFields::oneOf(const QString &key, const QStringList &allowed)
{
    const auto value = string(key);
    if (value && !allowed.contains(*value)) {
        fail(key, tr("Invalid value for '%1': '%2'. Supported values are: %3.")
                      .arg(key, value->left(100), allowed.join(QLatin1String(", "))));
        return std::nullopt;
    }
    return value;
}
