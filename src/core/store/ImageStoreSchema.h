#pragma once

#include <QString>

class QSqlDatabase;

// The image index's tables, created or migrated in place (PRAGMA user_version):
//   1  images
//   2  + starred, trashed_at, missing, sha256; collections and their members
//   3  + arena votes, grid runs and their cells
//   4  + model outcomes (ModelStats), which indexes of version 3 may already hold
//   5  + images.upstream: the source that made the image
namespace ImageStoreSchema {

inline constexpr int version = 5;

// Brings `db` to the current version in one transaction; false with *error when the
// index is newer than this build or cannot be changed (the index stays as it was).
bool prepare(QSqlDatabase &db, QString *error);

} // namespace ImageStoreSchema
