#pragma once

// The image index's table exactly as release 0.1 created it (schema version 1), for the
// tests that prove an old index is migrated in place.
inline constexpr char legacyImagesTableV1[] =
    "CREATE TABLE images (id TEXT PRIMARY KEY, prompt TEXT NOT NULL, "
    "model TEXT NOT NULL, provider TEXT NOT NULL, created INTEGER NOT NULL, "
    "elapsed_ms INTEGER NOT NULL, byte_size INTEGER NOT NULL, width INTEGER, "
    "height INTEGER, mime TEXT NOT NULL, source TEXT NOT NULL, path TEXT NOT NULL)";
