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
             "built-in \"OpenAI\" one, and leave \"Use Responses API\" off: ImageBridge answers "
             "chat completions and the images endpoint.\n\nAPI proxy address: %1\nAPI key: %2\n\n"
             "Add model ids by hand, e.g. replicate/flux-schnell, vertex/imagen-3.0-fast: "
             "LobeChat's fetched list drops image models it does not know and every id "
             "containing \"dall-e\". Chat with one of them to get an image; for the AI Image "
             "page, give the model the type Image when you add it.\n\nIf LobeChat runs in "
             "Docker, 127.0.0.1 is the container: start ImageBridge with --host 0.0.0.0 and use "
             "your machine's address.")
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
             "Settings → Model Provider → Add: name it ImageBridge, provider type OpenAI (not "
             "OpenAI-Response).\n\nAPI key: %2\nAPI address: %1 (Cherry Studio adds /v1 itself)"
             "\n\nModels → Add ids such as replicate/flux-schnell, vertex/imagen-3.0-fast or "
             "dall-e-3: Cherry Studio sends image models (flux, imagen, dall-e, gpt-image in the "
             "id) to the images endpoint and shows the picture in the chat.\n\nFor the "
             "Paintings page, add ImageBridge once more with provider type New API: its models "
             "appear there, marked for image generation.")
             .arg(root, apiKey)},
    };
}
