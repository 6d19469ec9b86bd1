#pragma once

#include <QString>

class ImageStore;

// Start-up repair of what a crash (kill -9, power loss) can leave between the steps of a
// write: the file is written to a temporary name and synced, renamed into place, then its
// row is committed, and only then is the image answered.
// - A temporary file of a write that never finished is removed (Linux writes unnamed
//   temporary files, which vanish by themselves; other systems leave a named one).
// - A file in place without a row was made and paid for but never answered: it is indexed
//   in place, under its own id, from the metadata it carries (source "Recovered"), so the
//   image is not lost. A file that is not an image is removed.
class StoreRecovery
{
public:
    struct Summary
    {
        int temporaryFilesRemoved = 0;
        int imagesIndexed = 0;
        int unreadableRemoved = 0;
        bool isEmpty() const
        {
            return temporaryFilesRemoved == 0 && imagesIndexed == 0 && unreadableRemoved == 0;
        }
    };

    // A temporary file younger than this may still be another process's write in progress.
    static constexpr qint64 temporaryFileAgeMs = 60 * 1000;

    static Summary run(ImageStore &store);
};
