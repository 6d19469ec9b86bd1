#pragma once

#include "ApiError.h"
#include "generation/ModelCatalog.h"
#include "requests/RequestFields.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <variant>

// A validated POST /v1/chat/completions body, reduced to what an image needs: the prompt is
// the text of the last user message. Chat clients' own housekeeping calls (NextChat's title
// and summary requests) are recognised so they get text, not an image.
struct ChatRequest
{
    Q_DECLARE_TR_FUNCTIONS(ChatRequest)
public:
    enum class Purpose { Image, Title, Summary };

    QString prompt;
    QString requestedModel; // as sent, echoed in the answer
    ModelInfo model;
    bool stream = false;
    bool includeUsage = false;
    Purpose purpose = Purpose::Image;
    QStringList earlierPrompts; // the user's earlier messages, oldest first

    // The body's fields, as parse() checks them and the OpenAPI document describes them.

    static const QList<FieldRule> &rules();

    static std::variant<ChatRequest, ApiError>
    parse(const QJsonObject &body, const ModelCatalog &catalog, const QString &defaultModel);
    // The text of a message's content: a string, or the text parts of an array joined.
    static QString contentText(const QJsonValue &content);
    // The short text answer to a housekeeping request.
    QString housekeepingAnswer() const;
};
