#include "server/ClientGuides.h"

#include <QCoreApplication>

QList<ClientGuide> clientGuides(const QString &baseUrl, const QString &apiKey)
{
    QString root = baseUrl;
    if (root.endsWith(QLatin1String("/v1")))
        root.chop(3);
    return {
        {QStringLiteral("curl"), QStringLiteral("curl %1/images/generations \\\n"
                                                "  -H \"Authorization: Bearer %2\" \\\n"
                                                "  -H 'Content-Type: application/json' \\\n"
                                                "  -d '{\"prompt\": \"a lighthouse at dawn\", "
                                                "\"model\": \"replicate/flux-schnell\", \"n\": 1}'")
                                     .arg(baseUrl, apiKey)},
        {QStringLiteral("Python (openai)"),
         QStringLiteral(
             "from openai import OpenAI\n\n"
             "client = OpenAI(base_url=\"%1\", api_key=\"%2\")\n"
             "result = client.images.generate(model=\"vertex/imagen-3.0-fast\", prompt=\"a red "
             "fox\")\n"
             "import base64\n"
             "open(\"fox.png\", \"wb\").write(base64.b64decode(result.data[0].b64_json))")
             .arg(baseUrl, apiKey)},
        {QStringLiteral("LobeChat"),
         QCoreApplication::translate(
             "ClientGuides",
             "Settings → AI Service Provider → add a custom provider (OpenAI-compatible), not the "
             "built-in "
             "\"OpenAI\" one.\n\nAPI proxy address: %1\nAPI key: %2\n\nAdd model ids by hand, e.g. "
             "replicate/flux-schnell, vertex/imagen-3.0-fast (LobeChat hides ids containing "
             "\"dall-e\"). "
             "Chat with one of them to get an image, or use the AI Image page.\n\nIf LobeChat runs "
             "in Docker, "
             "127.0.0.1 is the container: start ImageBridge with --host 0.0.0.0 and use your "
             "machine's address.")
             .arg(baseUrl, apiKey)},
        {QStringLiteral("NextChat"),
         QCoreApplication::translate(
             "ClientGuides",
             "Settings → Custom endpoint: on\n\nEndpoint: %1\nAPI key: %2\nCustom models: "
             "+replicate/flux-schnell,+vertex/imagen-3.0-fast,+dall-e-3\n\nPick one of these "
             "models "
             "in a chat. "
             "With \"dall-e-3\" NextChat calls the images endpoint directly.")
             .arg(root, apiKey)},
        {QStringLiteral("Cherry Studio"),
         QCoreApplication::translate(
             "ClientGuides",
             "Settings → Model Provider → Add: name it ImageBridge, provider type OpenAI.\n\n"
             "API key: %2\nAPI address: %1 (Cherry Studio adds /v1 itself)\n\n"
             "Models → Add: dall-e-3 (Cherry Studio sends it to the images endpoint; ImageBridge "
             "makes it with OpenAI's DALL-E 3) and ids such as replicate/flux-schnell or "
             "vertex/imagen-3.0-fast, which answer in chat with the image. The Paintings page "
             "works with them too.")
             .arg(root, apiKey)},
    };
}
