#include "store/GalleryExport.h"

#include "store/ImageSourceNames.h"
#include "store/ZipWriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

namespace {
QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}
} // namespace

QString GalleryExport::entryName(const ImageRecord &r)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    QString model = r.modelId;
    model.replace(unsafe, QStringLiteral("-"));
    return QStringLiteral("images/%1_%2_%3.%4")
        .arg(r.created.toUTC().toString(QStringLiteral("yyyy-MM-dd_HHmmss")), model.left(60),
             r.id.left(8), ImageFormat::extension(r.type));
}

QByteArray GalleryExport::manifestCsv(const QList<ImageRecord> &records,
                                      const QSet<QString> &missing)
{
    // A byte-order mark, so spreadsheet programs read the UTF-8 prompts correctly.
    QString csv = QChar(0xfeff) + QStringLiteral("id,file,prompt,model,provider,created,width,"
                                                 "height,bytes,source,starred\r\n");
    for (const ImageRecord &r : records) {
        const QStringList fields{r.id,
                                 missing.contains(r.id) ? QString() : entryName(r),
                                 r.prompt,
                                 r.modelId,
                                 r.provider,
                                 r.created.toUTC().toString(Qt::ISODate),
                                 QString::number(r.pixelSize.width()),
                                 QString::number(r.pixelSize.height()),
                                 QString::number(r.byteSize),
                                 ImageSourceNames::name(r.source),
                                 r.starred ? QStringLiteral("yes") : QStringLiteral("no")};
        QStringList quoted;
        for (const QString &f : fields)
            quoted.append(csvField(f));
        csv += quoted.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    return csv.toUtf8();
}

QByteArray GalleryExport::manifestJson(const QList<ImageRecord> &records,
                                       const QSet<QString> &missing)
{
    QJsonArray images;
    for (const ImageRecord &r : records) {
        images.append(
            QJsonObject{{QLatin1String("id"), r.id},
                        {QLatin1String("file"),
                         missing.contains(r.id) ? QJsonValue() : QJsonValue(entryName(r))},
                        {QLatin1String("prompt"), r.prompt},
                        {QLatin1String("model"), r.modelId},
                        {QLatin1String("provider"), r.provider},
                        {QLatin1String("created"), r.created.toUTC().toString(Qt::ISODate)},
                        {QLatin1String("width"), r.pixelSize.width()},
                        {QLatin1String("height"), r.pixelSize.height()},
                        {QLatin1String("bytes"), r.byteSize},
                        {QLatin1String("source"), ImageSourceNames::name(r.source)},
                        {QLatin1String("starred"), r.starred}});
    }
    return QJsonDocument(QJsonObject{{QLatin1String("images"), images}}).toJson();
}

void GalleryExport::run(QPromise<Summary> &promise, const QList<ImageRecord> &records,
                        const QString &zipPath)
{
    Summary summary;
    promise.setProgressRange(0, int(records.size()));
    QSaveFile file(zipPath);
    if (!file.open(QIODevice::WriteOnly)) {
        summary.error = tr("Cannot write %1: %2").arg(zipPath, file.errorString());
        promise.addResult(summary);
        return;
    }
    ZipWriter zip(&file);
    QSet<QString> missing;
    QSet<QString> names;
    for (int i = 0; i < records.size(); ++i) {
        if (promise.isCanceled()) {
            file.cancelWriting();
            return;
        }
        const ImageRecord &r = records.at(i);
        QFile image(r.filePath);
        if (!image.open(QIODevice::ReadOnly)) {
            missing.insert(r.id);
        } else {
            const QByteArray bytes = image.readAll();
            const QString name = entryName(r);
            if (!names.contains(name) && !zip.add(name, bytes, r.created)) {
                file.cancelWriting();
                summary.error = tr("Cannot write %1: %2").arg(zipPath, zip.errorString());
                promise.addResult(summary);
                return;
            }
            names.insert(name);
            ++summary.exported;
            summary.bytes += bytes.size();
        }
        promise.setProgressValue(i + 1);
    }
    summary.missing = int(missing.size());
    const QDateTime now = QDateTime::currentDateTime();
    if (!zip.add(QStringLiteral("manifest.json"), manifestJson(records, missing), now) ||
        !zip.add(QStringLiteral("manifest.csv"), manifestCsv(records, missing), now) ||
        !zip.finish() || !file.commit()) {
        file.cancelWriting();
        summary.error =
            tr("Cannot write %1: %2")
                .arg(zipPath, zip.errorString().isEmpty() ? file.errorString() : zip.errorString());
    }
    promise.addResult(summary);
}
