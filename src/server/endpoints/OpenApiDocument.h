#pragma once

#include "requests/RequestFields.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

// One route as the OpenAPI document describes it: the server's route table fills these
// from its own entries, and the bodies' fields come from the requests' FieldRules.
struct ApiOperation
{
    enum class Answer { Health, ImageFile, ModelList, Model, Images, Chat, Refusal, Document };

    QString path;      // a prefix route ends in "/", followed by `parameter`
    QString parameter; // the path parameter of a prefix route
    QByteArray method;
    bool needsKey = true;
    qint64 maxBodyBytes = 0;
    QString summary;
    const QList<FieldRule> *body = nullptr;
    Answer answer = Answer::Health;
};

// GET /v1/openapi.json: an OpenAPI 3.1 document of exactly the routes, parameters, answers
// and errors this server has.
class OpenApiDocument
{
public:
    static QJsonObject build(const QList<ApiOperation> &operations, const QUrl &serverUrl,
                             const QString &version);
};
