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
    FilesEndpoint(const ApiServices &services, QObject *parent = nullptr);

    void serve(const std::shared_ptr<ApiExchange> &exchange, const QString &fileName);

private:
    void serveStored(const std::shared_ptr<ApiExchange> &exchange, const QString &id,
                     ImageType wanted);

    ApiServices m_services;
};
