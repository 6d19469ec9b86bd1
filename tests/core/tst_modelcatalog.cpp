#include "generation/ModelCatalog.h"

#include <QTemporaryFile>
#include <QTest>

#include <algorithm>

class TestModelCatalog : public QObject
{
    Q_OBJECT
private slots:
    void everyRowSendsTheUpstreamId_data();
    void everyRowSendsTheUpstreamId();
    void builtinCatalogHasTheWholeTable();
    void aliases_data();
    void aliases();
    void emptyIdIsTheDefault();
    void passThrough();
    void unknownIdsNameTheId_data();
    void unknownIdsNameTheId();
    void presetsNameCatalogModels();
    void userFileReplacesTheCatalog();
    void invalidUserFileKeepsTheCatalog();
};

void TestModelCatalog::everyRowSendsTheUpstreamId_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("upstreamId");
    // The table in docs/design.md, typed again here so a wrong resource entry fails.
    const char *rows[][3] = {
        {"replicate/flux-1.1-pro-ultra", "replicate", "black-forest-labs/flux-1.1-pro-ultra"},
        {"replicate/flux-1.1-pro", "replicate", "black-forest-labs/flux-1.1-pro"},
        {"replicate/flux-pro", "replicate", "black-forest-labs/flux-pro"},
        {"replicate/flux-dev", "replicate", "black-forest-labs/flux-dev"},
        {"replicate/flux-schnell", "replicate", "black-forest-labs/flux-schnell"},
        {"replicate/ideogram-v2", "replicate", "ideogram-ai/ideogram-v2"},
        {"replicate/ideogram-v2-turbo", "replicate", "ideogram-ai/ideogram-v2-turbo"},
        {"replicate/photon", "replicate", "luma/photon"},
        {"replicate/photon-flash", "replicate", "luma/photon-flash"},
        {"replicate/recraft-v3", "replicate", "recraft-ai/recraft-v3"},
        {"replicate/stable-diffusion-3.5-large", "replicate",
         "stability-ai/stable-diffusion-3.5-large"},
        {"replicate/stable-diffusion-3.5-turbo", "replicate",
         "stability-ai/stable-diffusion-3.5-large-turbo"},
        {"vertex/imagen-3.0-standard", "vertex", "imagen-3.0-generate-001"},
        {"vertex/imagen-3.0-fast", "vertex", "imagen-3.0-fast-generate-001"},
        {"openai/dall-e-2", "openai", "dall-e-2"},
        {"openai/dall-e-3", "openai", "dall-e-3"},
        {"fireworks/flux-1-dev-fp8", "fireworks", "accounts/fireworks/models/flux-1-dev-fp8"},
        {"fireworks/flux-1-schnell-fp8", "fireworks",
         "accounts/fireworks/models/flux-1-schnell-fp8"},
        {"fireworks/playground-v2.5", "fireworks",
         "accounts/fireworks/models/playground-v2-5-1024px-aesthetic"},
        {"fireworks/playground-v2", "fireworks",
         "accounts/fireworks/models/playground-v2-1024px-aesthetic"},
        {"fireworks/japanese-sdxl", "fireworks",
         "accounts/fireworks/models/japanese-stable-diffusion-xl"},
        {"fireworks/ssd-1b", "fireworks", "accounts/fireworks/models/SSD-1B"},
        {"fireworks/stable-diffusion-xl-1.0", "fireworks",
         "accounts/fireworks/models/stable-diffusion-xl-1024-v1-0"},
    };
    for (const auto &row : rows)
        QTest::newRow(row[0]) << QString::fromLatin1(row[0]) << QString::fromLatin1(row[1])
                              << QString::fromLatin1(row[2]);
}

void TestModelCatalog::everyRowSendsTheUpstreamId()
{
    QFETCH(QString, id);
    QFETCH(QString, provider);
    QFETCH(QString, upstreamId);
    ModelCatalog catalog;
    const auto model = catalog.resolve(id);
    QVERIFY(model);
    QCOMPARE(model->id, id);
    QCOMPARE(model->provider, provider);
    QCOMPARE(model->upstreamModelId, upstreamId);
    QVERIFY(model->listed);
}

void TestModelCatalog::builtinCatalogHasTheWholeTable()
{
    ModelCatalog catalog;
    // The template's 23, and OpenAI's own current models, made with the user's key only.
    QCOMPARE(catalog.models().size(), 27);
    const auto directOnly = std::count_if(catalog.models().cbegin(), catalog.models().cend(),
                                          [](const ModelInfo &m) { return m.directOnly; });
    QCOMPARE(directOnly, 4);
    QVERIFY(catalog.resolve(QStringLiteral("openai/gpt-image-1"))->directOnly);
    QVERIFY(!catalog.resolve(QStringLiteral("openai/dall-e-3"))->directOnly);
    QCOMPARE(catalog.providers().size(), 4);
    QCOMPARE(catalog.defaultModelId(), QStringLiteral("replicate/flux-1.1-pro-ultra"));
}

void TestModelCatalog::aliases_data()
{
    QTest::addColumn<QString>("alias");
    QTest::addColumn<QString>("target");
    QTest::newRow("dall-e-2") << "dall-e-2"
                              << "openai/dall-e-2";
    QTest::newRow("dall-e-3") << "dall-e-3"
                              << "openai/dall-e-3";
    QTest::newRow("gpt-image-1") << "gpt-image-1"
                                 << "replicate/flux-1.1-pro-ultra";
}

void TestModelCatalog::aliases()
{
    QFETCH(QString, alias);
    QFETCH(QString, target);
    const auto model = ModelCatalog().resolve(alias);
    QVERIFY(model);
    QCOMPARE(model->id, target);
}

void TestModelCatalog::emptyIdIsTheDefault()
{
    const auto model = ModelCatalog().resolve(QStringLiteral("  "));
    QVERIFY(model);
    QCOMPARE(model->id, QStringLiteral("replicate/flux-1.1-pro-ultra"));
}

void TestModelCatalog::passThrough()
{
    ModelCatalog catalog;
    // An upstream id of a listed model maps to that model.
    auto model = catalog.resolve(QStringLiteral("fireworks/accounts/fireworks/models/SSD-1B"));
    QVERIFY(model);
    QCOMPARE(model->id, QStringLiteral("fireworks/ssd-1b"));
    // A model the upstream added later goes through unchanged.
    model = catalog.resolve(QStringLiteral("replicate/black-forest-labs/flux-2-pro"));
    QVERIFY(model);
    QCOMPARE(model->provider, QStringLiteral("replicate"));
    QCOMPARE(model->upstreamModelId, QStringLiteral("black-forest-labs/flux-2-pro"));
    QVERIFY(!model->listed);
}

void TestModelCatalog::unknownIdsNameTheId_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("plain") << "gpt-4o";
    QTest::newRow("unknown provider") << "midjourney/v6";
    QTest::newRow("no upstream id") << "replicate/";
    QTest::newRow("odd characters") << "replicate/a b<c>";
}

void TestModelCatalog::unknownIdsNameTheId()
{
    QFETCH(QString, id);
    QString error;
    QVERIFY(!ModelCatalog().resolve(id, &error));
    QVERIFY2(error.contains(id), qPrintable(error));
}

void TestModelCatalog::presetsNameCatalogModels()
{
    ModelCatalog catalog;
    QCOMPARE(catalog.presets().size(), 2);
    QCOMPARE(catalog.presets().at(0).id, QStringLiteral("performance"));
    QCOMPARE(catalog.presets().at(0).modelIds,
             QStringList({"replicate/stable-diffusion-3.5-turbo", "vertex/imagen-3.0-fast",
                          "openai/dall-e-2", "fireworks/flux-1-schnell-fp8"}));
    QCOMPARE(catalog.presets().at(1).modelIds,
             QStringList({"replicate/stable-diffusion-3.5-large", "vertex/imagen-3.0-standard",
                          "openai/dall-e-3", "fireworks/flux-1-dev-fp8"}));
}

void TestModelCatalog::userFileReplacesTheCatalog()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write(R"({"providers":[{"id":"openai","name":"OpenAI","sizing":"size"}],
                  "models":[{"id":"openai/gpt-image-x","provider":"openai","upstreamModelId":"gpt-image-x"}]})");
    file.close();
    ModelCatalog catalog;
    QString error;
    QVERIFY2(catalog.loadFile(file.fileName(), &error), qPrintable(error));
    QCOMPARE(catalog.models().size(), 1);
    QCOMPARE(catalog.defaultModelId(), QStringLiteral("openai/gpt-image-x"));
    QVERIFY(!catalog.resolve(QStringLiteral("replicate/flux-dev")));
}

void TestModelCatalog::invalidUserFileKeepsTheCatalog()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write(
        R"({"providers":[{"id":"openai"}],"models":[{"id":"x/y","provider":"nope","upstreamModelId":"y"}]})");
    file.close();
    ModelCatalog catalog;
    QString error;
    QVERIFY(!catalog.loadFile(file.fileName(), &error));
    QVERIFY2(error.contains(QLatin1String("nope")), qPrintable(error));
    QCOMPARE(catalog.models().size(), 27);
    QVERIFY(!catalog.loadFile(QStringLiteral("/nonexistent/catalog.json"), &error));
    QCOMPARE(catalog.models().size(), 27);
}

QTEST_GUILESS_MAIN(TestModelCatalog)
#include "tst_modelcatalog.moc"
