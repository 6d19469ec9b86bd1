#include "store/ImageQuery.h"

#include "store/ImageStore.h"

#include <QTimeZone>

namespace {
QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1String("\\"), QLatin1String("\\\\"))
        .replace(QLatin1String("%"), QLatin1String("\\%"))
        .replace(QLatin1String("_"), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

qint64 startOfDay(const QDate &date)
{
    return date.startOfDay(QTimeZone::systemTimeZone()).toMSecsSinceEpoch();
}

ImageQuery::Source sourceKind(const QString &source)
{
    if (source == QLatin1String(ImageRecord::sourceStudio))
        return ImageQuery::Source::Studio;
    if (source == QLatin1String(ImageRecord::sourceCli))
        return ImageQuery::Source::Cli;
    if (source == QLatin1String(ImageRecord::sourceImport))
        return ImageQuery::Source::Imported;
    if (source == QLatin1String(ImageRecord::sourceArena))
        return ImageQuery::Source::Arena;
    if (source == QLatin1String(ImageRecord::sourceGrid))
        return ImageQuery::Source::Grid;
    return ImageQuery::Source::Api;
}
} // namespace

QString ImageQuery::whereClause(QVariantList *values) const
{
    QString sql = trashed ? QStringLiteral("WHERE trashed_at IS NOT NULL ")
                          : QStringLiteral("WHERE trashed_at IS NULL ");
    if (!text.trimmed().isEmpty()) {
        sql += QLatin1String("AND prompt LIKE ? ESCAPE '\\' ");
        values->append(likePattern(text.trimmed()));
    }
    if (!modelId.isEmpty()) {
        sql += QLatin1String("AND model = ? ");
        values->append(modelId);
    }
    if (starredOnly)
        sql += QLatin1String("AND starred = 1 ");
    if (collectionId > 0) {
        sql += QLatin1String("AND id IN (SELECT image_id FROM collection_images "
                             "WHERE collection_id = ?) ");
        values->append(collectionId);
    }
    // The sources that are not an API client's address, in the order of Source.
    const QStringList named{
        QLatin1String(ImageRecord::sourceStudio), QLatin1String(ImageRecord::sourceCli),
        QLatin1String(ImageRecord::sourceImport), QLatin1String(ImageRecord::sourceArena),
        QLatin1String(ImageRecord::sourceGrid)};
    switch (source) {
    case Source::Any:
        break;
    case Source::Studio:
    case Source::Cli:
    case Source::Imported:
    case Source::Arena:
    case Source::Grid: {
        const int at = source == Source::Studio     ? 0
                       : source == Source::Cli      ? 1
                       : source == Source::Imported ? 2
                       : source == Source::Arena    ? 3
                                                    : 4;
        sql += QLatin1String("AND source = ? ");
        values->append(named.at(at));
        break;
    }
    case Source::Api:
        sql += QLatin1String("AND source NOT IN (?, ?, ?, ?, ?) ");
        for (const QString &s : named)
            values->append(s);
        break;
    }
    if (from.isValid()) {
        sql += QLatin1String("AND created >= ? ");
        values->append(startOfDay(from));
    }
    if (to.isValid()) {
        sql += QLatin1String("AND created < ? ");
        values->append(startOfDay(to.addDays(1)));
    }
    return sql;
}

QString ImageQuery::orderClause() const
{
    switch (sort) {
    case Sort::Oldest:
        return QStringLiteral("ORDER BY created ASC, id ");
    case Sort::Model:
        return QStringLiteral("ORDER BY model ASC, created DESC, id ");
    case Sort::Newest:
        break;
    }
    return QStringLiteral("ORDER BY created DESC, id ");
}

bool ImageQuery::matches(const ImageRecord &r) const
{
    const qint64 created = r.created.toMSecsSinceEpoch();
    return r.trashedAt.isValid() == trashed &&
           (text.trimmed().isEmpty() || r.prompt.contains(text.trimmed(), Qt::CaseInsensitive)) &&
           (modelId.isEmpty() || r.modelId == modelId) && (!starredOnly || r.starred) &&
           collectionId <= 0 && (source == Source::Any || sourceKind(r.source) == source) &&
           (!from.isValid() || created >= startOfDay(from)) &&
           (!to.isValid() || created < startOfDay(to.addDays(1)));
}

bool ImageQuery::precedes(const ImageRecord &a, const ImageRecord &b) const
{
    const qint64 ca = a.created.toMSecsSinceEpoch();
    const qint64 cb = b.created.toMSecsSinceEpoch();
    switch (sort) {
    case Sort::Oldest:
        return ca != cb ? ca < cb : a.id < b.id;
    case Sort::Model:
        if (a.modelId != b.modelId)
            return a.modelId < b.modelId;
        break;
    case Sort::Newest:
        break;
    }
    return ca != cb ? ca > cb : a.id < b.id;
}
