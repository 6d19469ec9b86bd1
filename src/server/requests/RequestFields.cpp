#include "requests/RequestFields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

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

bool isInteger(const QJsonValue &value)
{
    const double number = value.toDouble();
    return value.isDouble() && std::isfinite(number) && std::floor(number) == number;
}
} // namespace

QJsonObject FieldRule::schema() const
{
    QJsonObject out{{QLatin1String("description"), description}};
    switch (type) {
    case Type::String:
    case Type::NonEmptyString:
        out.insert(QLatin1String("type"), QLatin1String("string"));
        if (type == Type::NonEmptyString)
            out.insert(QLatin1String("minLength"), 1);
        if (max > 0)
            out.insert(QLatin1String("maxLength"), max);
        if (!pattern.isEmpty())
            out.insert(QLatin1String("pattern"), pattern);
        break;
    case Type::Integer:
        out.insert(QLatin1String("type"), QLatin1String("integer"));
        out.insert(QLatin1String("minimum"), min);
        out.insert(QLatin1String("maximum"), max);
        break;
    case Type::Boolean:
        out.insert(QLatin1String("type"), QLatin1String("boolean"));
        break;
    case Type::OneOf:
        out.insert(QLatin1String("type"), QLatin1String("string"));
        out.insert(QLatin1String("enum"), QJsonArray::fromStringList(allowed));
        break;
    case Type::Array:
        out.insert(QLatin1String("type"), QLatin1String("array"));
        out.insert(QLatin1String("items"), QJsonObject());
        if (min > 0)
            out.insert(QLatin1String("minItems"), min);
        break;
    case Type::Object:
        out.insert(QLatin1String("type"), QLatin1String("object"));
        break;
    }
    return out;
}

QJsonObject RequestFields::schema(const QList<FieldRule> &rules)
{
    QJsonObject properties;
    QJsonArray required;
    for (const FieldRule &rule : rules) {
        properties.insert(rule.name, rule.schema());
        if (rule.required)
            required.append(rule.name);
    }
    QJsonObject out{{QLatin1String("type"), QLatin1String("object")},
                    {QLatin1String("properties"), properties},
                    {QLatin1String("additionalProperties"), true}};
    if (!required.isEmpty())
        out.insert(QLatin1String("required"), required);
    return out;
}

RequestFields::RequestFields(const QJsonObject &object, const QList<FieldRule> &rules)
    : m_object(object)
{
    for (const FieldRule &rule : rules) {
        if (!m_error)
            check(rule);
    }
}

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

void RequestFields::fail(const QString &key, const QString &message, const QString &code)
{
    if (!m_error)
        m_error = ApiError::badRequest(message, key, code);
}

void RequestFields::check(const FieldRule &rule)
{
    using Type = FieldRule::Type;
    const QString &key = rule.name;
    const QJsonValue value = m_object.value(key);
    const bool absent = value.isUndefined() || value.isNull();
    if (rule.type == Type::Array &&
        (absent ? rule.required : !value.isArray() || value.toArray().size() < rule.min)) {
        return fail(key, rule.min > 0 ? tr("'%1' must be a non-empty array.").arg(key)
                                      : tr("'%1' must be an array.").arg(key));
    }
    if (absent) {
        if (rule.required)
            fail(key, tr("Missing required parameter: '%1'.").arg(key),
                 QStringLiteral("missing_required_parameter"));
        return;
    }
    const auto wrongType = [&](const QString &expected) {
        fail(key, tr("Invalid type for '%1': expected %2, but got %3 instead.")
                      .arg(key, expected,
                           value.isDouble() && expected == QLatin1String("an integer")
                               ? QStringLiteral("a decimal")
                               : typeName(value)));
    };
    switch (rule.type) {
    case Type::String:
    case Type::NonEmptyString:
    case Type::OneOf: {
        if (!value.isString())
            return wrongType(QStringLiteral("a string"));
        const QString text = value.toString();
        if (rule.type == Type::NonEmptyString && text.trimmed().isEmpty())
            return fail(key, tr("Invalid value for '%1': it must not be empty.").arg(key));
        if (rule.type == Type::OneOf && !rule.allowed.contains(text))
            return fail(key, tr("Invalid value for '%1': '%2'. Supported values are: %3.")
                                 .arg(key, text.left(100), rule.allowed.join(QLatin1String(", "))));
        if (rule.max > 0 && text.size() > rule.max)
            return fail(key,
                        tr("'%1' is too long: %2 characters, at most %3.")
                            .arg(key)
                            .arg(text.size())
                            .arg(rule.max),
                        QStringLiteral("string_above_max_length"));
        if (!rule.pattern.isEmpty() &&
            !QRegularExpression(QRegularExpression::anchoredPattern(rule.pattern))
                 .match(text)
                 .hasMatch())
            return fail(key,
                        tr("Invalid value for '%1': '%2'. %3").arg(key, text.left(50), rule.hint));
        break;
    }
    case Type::Integer: {
        if (!isInteger(value))
            return wrongType(QStringLiteral("an integer"));
        const double number = value.toDouble();
        if (number < double(rule.min) || number > double(rule.max))
            return fail(key, tr("Invalid value for '%1': %2 is not between %3 and %4.")
                                 .arg(key)
                                 .arg(number, 0, 'g', 12)
                                 .arg(rule.min)
                                 .arg(rule.max));
        break;
    }
    case Type::Boolean:
        if (!value.isBool())
            return wrongType(QStringLiteral("a boolean"));
        break;
    case Type::Object:
        if (!value.isObject())
            return wrongType(QStringLiteral("an object"));
        break;
    case Type::Array:
        break; // checked above
    }
    m_checked.insert(key, value);
}

QJsonValue RequestFields::given(const QString &name) const
{
    return m_checked.value(name);
}

std::optional<QString> RequestFields::text(const QString &name) const
{
    const QJsonValue value = given(name);
    return value.isString() ? std::optional<QString>(value.toString()) : std::nullopt;
}

std::optional<qint64> RequestFields::integer(const QString &name) const
{
    const QJsonValue value = given(name);
    return value.isDouble() ? std::optional<qint64>(qint64(value.toDouble())) : std::nullopt;
}

std::optional<bool> RequestFields::boolean(const QString &name) const
{
    const QJsonValue value = given(name);
    return value.isBool() ? std::optional<bool>(value.toBool()) : std::nullopt;
}
