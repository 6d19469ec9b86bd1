#pragma once

#include "ApiServices.h"

#include <QObject>

#include <memory>

class ApiExchange;
class GenerationJob;
struct ChatRequest;

// POST /v1/chat/completions: the last user message becomes the prompt and the answer is a
// markdown image, as a chat.completion or as Server-Sent Events (role chunk at once,
// keep-alive comments, the whole markdown in one content chunk, finish, usage, [DONE]).
class ChatEndpoint : public QObject
{
    Q_OBJECT
public:
    ChatEndpoint(const ApiServices &services, QObject *parent = nullptr);

    void complete(const std::shared_ptr<ApiExchange> &exchange);

private:
    class Reply;
    QString imageMarkdown(const std::shared_ptr<ApiExchange> &exchange, const ChatRequest &request,
                          const GenerationJob *job) const;

    ApiServices m_services;
};
