#pragma once

#include <QDate>
#include <QString>
#include <QVariantList>

struct ImageRecord;

// Which images of the gallery to list, and in which order.
struct ImageQuery
{
    enum class Source { Any, Studio, Api, Cli, Imported, Arena, Grid };
    enum class Sort { Newest, Oldest, Model };

    QString text;    // matched against the prompt, wildcards literal
    QString modelId; // exact, empty for all
    int offset = 0;
    int limit = 100;
    bool trashed = false; // the trash instead of the gallery
    bool starredOnly = false;
    qint64 collectionId = 0; // 0: any
    Source source = Source::Any;
    QDate from; // local dates, inclusive; null: open
    QDate to;
    Sort sort = Sort::Newest;

    // The WHERE clause (starting with "WHERE") and its values, in order.
    QString whereClause(QVariantList *values) const;
    QString orderClause() const;
    // Whether a record that just appeared belongs to the result. Images arrive outside
    // every collection, so a collection query says no.
    bool matches(const ImageRecord &record) const;
    // Whether `a` comes before `b` in this query's order.
    bool precedes(const ImageRecord &a, const ImageRecord &b) const;
};
