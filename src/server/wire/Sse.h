#pragma once

#include <QByteArray>
#include <QList>

// Server-Sent Events framing: "data:" lines ended by a blank line; no id/retry lines
// (fetch-event-source would resend an id as Last-Event-ID).
namespace Sse {
QByteArray event(const QByteArray &data, const QByteArray &name = {});
QByteArray comment(const QByteArray &text);
QByteArray done(); // the OpenAI "[DONE]" sentinel
} // namespace Sse
