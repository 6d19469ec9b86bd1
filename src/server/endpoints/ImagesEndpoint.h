#pragma once

#include "ApiServices.h"

#include <QObject>

#include <memory>

class ApiExchange;
class GenerationJob;
struct GeneratedImage;
struct ImagesRequest;

// POST /v1/images/generations: fans out `n` upstream calls, answers b64_json (PNG unless
// another output_format was asked) or URLs served by this server, or SSE with one
// image_generation.completed event per image when `stream` is set.
class ImagesEndpoint : public QObject
{
    Q_OBJECT
public:
    ImagesEndpoint(const ApiServices &services, QObject *parent = nullptr);

    void generate(const std::shared_ptr<ApiExchange> &exchange);
    // POST /v1/images/edits and /v1/images/variations.
    void unsupported(const std::shared_ptr<ApiExchange> &exchange) const;

private:
    void answer(const std::shared_ptr<ApiExchange> &exchange, const ImagesRequest &request,
                const GenerationJob *job) const;
    void appendImageItem(QList<QByteArray> &parts, QByteArray &text,
                         const std::shared_ptr<ApiExchange> &exchange, const ImagesRequest &request,
                         const GeneratedImage &image) const;
    QByteArray streamEvent(const GeneratedImage &image) const;

    ApiServices m_services;
};
