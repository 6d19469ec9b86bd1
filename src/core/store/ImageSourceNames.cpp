#include "store/ImageSourceNames.h"

#include "store/ImageStore.h"

namespace {
struct SourceName
{
    const char *source;
    const char *name;
};
constexpr SourceName names[] = {
    {ImageRecord::sourceStudio, QT_TRANSLATE_NOOP("ImageSourceNames", "studio")},
    {ImageRecord::sourceCli, QT_TRANSLATE_NOOP("ImageSourceNames", "command line")},
    {ImageRecord::sourceImport, QT_TRANSLATE_NOOP("ImageSourceNames", "import")},
    {ImageRecord::sourceArena, QT_TRANSLATE_NOOP("ImageSourceNames", "arena")},
    {ImageRecord::sourceGrid, QT_TRANSLATE_NOOP("ImageSourceNames", "grid")},
    {ImageRecord::sourceRecovered, QT_TRANSLATE_NOOP("ImageSourceNames", "recovered")},
};

const char *nameOf(const QString &source)
{
    for (const SourceName &entry : names) {
        if (source == QLatin1String(entry.source))
            return entry.name;
    }
    return nullptr;
}
} // namespace

QString ImageSourceNames::name(const QString &source)
{
    const char *name = nameOf(source);
    return name ? QLatin1String(name) : source;
}

QString ImageSourceNames::displayName(const QString &source)
{
    const char *name = nameOf(source);
    return name ? tr(name) : source;
}
