#include "store/ImageStoreSchema.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ImageStoreSchema)
};

const QStringList version1{
    QStringLiteral("CREATE TABLE images (id TEXT PRIMARY KEY, prompt TEXT NOT NULL, "
                   "model TEXT NOT NULL, provider TEXT NOT NULL, created INTEGER NOT NULL, "
                   "elapsed_ms INTEGER NOT NULL, byte_size INTEGER NOT NULL, width INTEGER, "
                   "height INTEGER, mime TEXT NOT NULL, source TEXT NOT NULL, path TEXT NOT NULL)"),
    QStringLiteral("CREATE INDEX images_created ON images(created DESC)"),
};

const QStringList version2{
    QStringLiteral("ALTER TABLE images ADD COLUMN starred INTEGER NOT NULL DEFAULT 0"),
    QStringLiteral("ALTER TABLE images ADD COLUMN trashed_at INTEGER"),
    QStringLiteral("ALTER TABLE images ADD COLUMN missing INTEGER NOT NULL DEFAULT 0"),
    QStringLiteral("ALTER TABLE images ADD COLUMN sha256 TEXT"),
    // Covers the prompt search count (an index-only scan instead of reading every row).
    QStringLiteral("CREATE INDEX images_trashed_prompt ON images(trashed_at, prompt)"),
    QStringLiteral("CREATE INDEX images_model ON images(model, created DESC)"),
    QStringLiteral("CREATE INDEX images_sha256 ON images(sha256)"),
    QStringLiteral("CREATE TABLE collections (id INTEGER PRIMARY KEY, "
                   "name TEXT NOT NULL UNIQUE COLLATE NOCASE, created INTEGER NOT NULL)"),
    QStringLiteral("CREATE TABLE collection_images ("
                   "collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE, "
                   "image_id TEXT NOT NULL REFERENCES images(id) ON DELETE CASCADE, "
                   "added INTEGER NOT NULL, PRIMARY KEY (collection_id, image_id))"),
    QStringLiteral("CREATE INDEX collection_images_image ON collection_images(image_id)"),
};

const QStringList version3{
    QStringLiteral("CREATE TABLE arena_votes (id INTEGER PRIMARY KEY, created INTEGER NOT NULL, "
                   "prompt TEXT NOT NULL, left_model TEXT NOT NULL, right_model TEXT NOT NULL, "
                   "left_image TEXT NOT NULL, right_image TEXT NOT NULL, "
                   "outcome INTEGER NOT NULL, undone INTEGER NOT NULL DEFAULT 0)"),
    QStringLiteral("CREATE TABLE grid_runs (id INTEGER PRIMARY KEY, created INTEGER NOT NULL, "
                   "prompts TEXT NOT NULL, models TEXT NOT NULL, samples INTEGER NOT NULL, "
                   "state INTEGER NOT NULL)"),
    QStringLiteral("CREATE TABLE grid_cells ("
                   "run_id INTEGER NOT NULL REFERENCES grid_runs(id) ON DELETE CASCADE, "
                   "prompt_index INTEGER NOT NULL, model_index INTEGER NOT NULL, "
                   "sample INTEGER NOT NULL, state INTEGER NOT NULL, image_id TEXT, error TEXT, "
                   "PRIMARY KEY (run_id, prompt_index, model_index, sample))"),
};

// ModelStats made this table itself before it joined the schema.
const QStringList version4{
    QStringLiteral("CREATE TABLE IF NOT EXISTS outcomes (model TEXT NOT NULL, "
                   "ok INTEGER NOT NULL, elapsed_ms INTEGER NOT NULL, at INTEGER NOT NULL)"),
    QStringLiteral("CREATE INDEX IF NOT EXISTS outcomes_model ON outcomes(model, at DESC)"),
};

// Which source made each image (the public site, a deployment's URL).
const QStringList version5{
    QStringLiteral("ALTER TABLE images ADD COLUMN upstream TEXT"),
};
} // namespace

bool ImageStoreSchema::prepare(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    q.exec(QStringLiteral("PRAGMA user_version"));
    const int current = q.next() ? q.value(0).toInt() : 0;
    if (current > version) {
        *error = Tr::tr("The image index was written by a newer ImageBridge.");
        return false;
    }
    if (current == version)
        return true;

    QStringList steps;
    if (current < 1)
        steps += version1;
    if (current < 2)
        steps += version2;
    if (current < 3)
        steps += version3;
    if (current < 4)
        steps += version4;
    if (current < 5)
        steps += version5;
    steps += QStringLiteral("PRAGMA user_version=%1").arg(version);
    if (!db.transaction()) {
        *error = Tr::tr("Cannot prepare the image index: %1").arg(db.lastError().text());
        return false;
    }
    for (const QString &step : std::as_const(steps)) {
        if (!q.exec(step)) {
            *error = Tr::tr("Cannot prepare the image index: %1").arg(q.lastError().text());
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        *error = Tr::tr("Cannot prepare the image index: %1").arg(db.lastError().text());
        db.rollback();
        return false;
    }
    return true;
}
