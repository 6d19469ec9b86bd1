#pragma once

#include "ApiError.h"
#include "generation/ModelCatalog.h"
#include "image/ImageFormat.h"
#include "requests/RequestFields.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <variant>

// A validated POST /v1/images/generations body. Fields the upstream cannot honour
// (quality, style, seed, user, ...) are accepted and ignored, never a 400.
struct ImagesRequest
{
    Q_DECLARE_TR_FUNCTIONS(ImagesRequest)
public:
    QString prompt;
    ModelInfo model;
    int n = 1;
    QString size;          // as asked: empty, "auto" or "WxH"
    bool wantsUrl = false; // response_format "url"
    ImageType outputType = ImageType::Png;
    bool outputFormatGiven = false;
    int outputCompression = 100;
    bool stream = false;

    // The body's fields, as parse() checks them and the OpenAPI document describes them.
    static const QList<FieldRule> &rules();
    static std::variant<ImagesRequest, ApiError>
    parse(const QJsonObject &body, const ModelCatalog &catalog, const QString &defaultModel);
};
