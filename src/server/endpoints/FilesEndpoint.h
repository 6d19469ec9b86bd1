#pragma once

#include "ApiServices.h"
#include "image/ImageFormat.h"

#include <QObject>

#include <memory>

class ApiExchange;

// GET /v1/images/files/<id>.<ext>: the stored images, for `url` answers and chat links.
// No key is needed (an <img> tag cannot send one); the 128-bit random id is the secret.
// Another extension than the stored one converts the image.
class FilesEndpoint : public QObject
{
    Q_OBJECT
public:
    static constexpr char routePrefix[] = "/v1/images/files/";
    // The address of a stored image as `origin` (scheme and host) serves it.
    static QString urlFor(const QString &origin, const QString &imageId, const QString &extension);

    FilesEndpoint(const ApiServices &services, QObject *parent = nullptr);

    void serve(const std::shared_ptr<ApiExchange> &exchange, const QString &fileName);

private:
    void serveStored(const std::shared_ptr<ApiExchange> &exchange, const QString &id,
                     ImageType wanted);

    ApiServices m_services;
};
