#include "wire/Sse.h"

#include <QList>

namespace Sse {

QByteArray event(const QByteArray &data, const QByteArray &name)
{
    QByteArray out;
    out.reserve(data.size() + name.size() + 16);
    if (!name.isEmpty())
        out += "event: " + name + '\n';
    // A payload line break would end the field early; JSON payloads have none.
    for (const QByteArray &line : data.split('\n'))
        out += "data: " + line + '\n';
    out += '\n';
    return out;
}

QByteArray comment(const QByteArray &text)
{
    QByteArray clean = text;
    clean.replace('\n', ' ');
    return ": " + clean + "\n\n";
}

QByteArray done()
{
    return QByteArrayLiteral("data: [DONE]\n\n");
}

} // namespace Sse
