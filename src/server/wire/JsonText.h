#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// Pieces of JSON for answers built by hand around megabytes of base64.
namespace JsonText {

// A JSON string literal, quotes included.
QByteArray string(const QString &text);
// Compact JSON of `object` with its braces removed, to append after other members.
QByteArray members(const QJsonObject &object);

} // namespace JsonText
