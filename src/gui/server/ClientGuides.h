#pragma once

#include <QList>
#include <QString>

// Copy-ready set-up for the clients people use with the local server.
struct ClientGuide
{
    QString name;
    QString text;
};

QList<ClientGuide> clientGuides(const QString &baseUrl, const QString &apiKey);
