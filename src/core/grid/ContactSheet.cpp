#include "grid/ContactSheet.h"

#include "BuildInfo.h"

#include <QBuffer>
#include <QFontMetrics>
#include <QImageReader>
#include <QLocale>
#include <QPainter>

namespace {
constexpr int margin = 24;
constexpr int gap = 8;       // between samples and rows
constexpr int modelGap = 28; // between models, so the columns read apart
constexpr int labelWidth = 280;
constexpr int headerHeight = 56;
constexpr int footerHeight = 40;

QString footerText(const ContactSheet::Input &in)
{
    // Each count with its own plural ("1 sample", not "1 samples").
    const QString shape =
        ContactSheet::tr("%n prompt(s)", nullptr, int(in.run.prompts.size())) +
        QLatin1String(" × ") + ContactSheet::tr("%n model(s)", nullptr, int(in.run.models.size())) +
        QLatin1String(" × ") + ContactSheet::tr("%n sample(s)", nullptr, in.run.samples);
    return ContactSheet::tr("%1 · %2 · made with %3 %4")
        .arg(QLocale().toString(in.run.created.toLocalTime(), QLocale::ShortFormat), shape,
             QLatin1String(BuildInfo::applicationName), QLatin1String(BuildInfo::version));
}

const GridCell *cellAt(const ContactSheet::Input &in, int prompt, int model, int sample)
{
    for (const GridCell &c : in.cells) {
        if (c.prompt == prompt && c.model == model && c.sample == sample)
            return &c;
    }
    return nullptr;
}
} // namespace

QHash<QString, QImage> ContactSheet::loadImages(const QHash<QString, QString> &pathsById,
                                                int maxSide)
{
    QHash<QString, QImage> images;
    for (auto it = pathsById.cbegin(); it != pathsById.cend(); ++it) {
        QImageReader reader(it.value());
        const QSize size = reader.size();
        if (size.isValid() && (size.width() > maxSide || size.height() > maxSide))
            reader.setScaledSize(size.scaled(maxSide, maxSide, Qt::KeepAspectRatio));
        const QImage image = reader.read();
        if (!image.isNull())
            images.insert(it.key(), image);
    }
    return images;
}

QImage ContactSheet::render(const Input &in)
{
    const int models = int(in.run.models.size());
    const int prompts = int(in.run.prompts.size());
    const int samples = std::max(1, in.run.samples);
    const int columnWidth = samples * thumbSide + (samples - 1) * gap;
    const int width = margin * 2 + labelWidth + models * (columnWidth + modelGap);
    const int height = margin * 2 + headerHeight + prompts * (thumbSide + gap) + footerHeight;
    QImage sheet(width, height, QImage::Format_RGB32);
    sheet.fill(QColor(250, 250, 250));
    QPainter p(&sheet);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    QFont font = p.font();
    font.setPixelSize(15);
    QFont bold = font;
    bold.setBold(true);

    p.setFont(bold);
    p.setPen(QColor(30, 30, 30));
    for (int m = 0; m < models; ++m) {
        const QRect header(margin + labelWidth + m * (columnWidth + modelGap), margin, columnWidth,
                           headerHeight - gap);
        p.drawText(header, Qt::AlignCenter | Qt::TextWordWrap, in.modelNames.value(m));
    }
    for (int r = 0; r < prompts; ++r) {
        const int top = margin + headerHeight + r * (thumbSide + gap);
        p.setFont(font);
        p.setPen(QColor(30, 30, 30));
        const QRect label(margin, top, labelWidth - 2 * gap, thumbSide);
        const QString prompt = QFontMetrics(font).elidedText(in.run.prompts.value(r),
                                                             Qt::ElideRight, label.width() * 9);
        p.drawText(label, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, prompt);
        for (int m = 0; m < models; ++m) {
            for (int s = 0; s < samples; ++s) {
                const QRect box(margin + labelWidth + m * (columnWidth + modelGap) +
                                    s * (thumbSide + gap),
                                top, thumbSide, thumbSide);
                const GridCell *cell = cellAt(in, r, m, s);
                const QImage image = cell ? in.images.value(cell->imageId) : QImage();
                if (!image.isNull()) {
                    const QSize fitted = image.size().scaled(box.size(), Qt::KeepAspectRatio);
                    p.drawImage(
                        QRect(box.center() - QPoint(fitted.width(), fitted.height()) / 2, fitted),
                        image);
                    continue;
                }
                p.fillRect(box, QColor(225, 225, 225));
                p.setPen(QColor(110, 110, 110));
                const bool failed = cell && cell->state == GridCell::State::Failed;
                p.drawText(box.adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                           failed ? tr("failed: %1").arg(cell->error.left(120))
                                  : tr("not made yet"));
            }
        }
    }
    p.setFont(font);
    p.setPen(QColor(90, 90, 90));
    p.drawText(
        QRect(margin, height - margin - footerHeight + gap, width - 2 * margin, footerHeight - gap),
        Qt::AlignLeft | Qt::AlignVCenter, footerText(in));
    return sheet;
}

QByteArray ContactSheet::html(const Input &in)
{
    auto escaped = [](const QString &text) { return text.toHtmlEscaped(); };
    QString page =
        QStringLiteral(
            "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title><style>"
            "body{font-family:system-ui,sans-serif;margin:24px;background:#fafafa;color:#1e1e1e}"
            "table{border-collapse:collapse}th,td{padding:6px;vertical-align:middle}"
            "th{font-weight:600}td.prompt{max-width:280px}img{max-width:256px;max-height:256px;"
            "display:inline-block;margin:2px}.failed{display:inline-block;width:200px;"
            "color:#666;background:#e1e1e1;padding:8px}footer{margin-top:16px;color:#5a5a5a}"
            "</style></head><body><table><tr><th></th>")
            .arg(escaped(tr("ImageBridge grid")));
    for (int m = 0; m < in.run.models.size(); ++m)
        page += QStringLiteral("<th>%1</th>").arg(escaped(in.modelNames.value(m)));
    page += QLatin1String("</tr>\n");
    for (int r = 0; r < in.run.prompts.size(); ++r) {
        page += QStringLiteral("<tr><td class=\"prompt\">%1</td>")
                    .arg(escaped(in.run.prompts.value(r)));
        for (int m = 0; m < in.run.models.size(); ++m) {
            page += QLatin1String("<td>");
            for (int s = 0; s < std::max(1, in.run.samples); ++s) {
                const GridCell *cell = cellAt(in, r, m, s);
                const QImage image = cell ? in.images.value(cell->imageId) : QImage();
                if (image.isNull()) {
                    page += QStringLiteral("<span class=\"failed\">%1</span>")
                                .arg(escaped(cell && cell->state == GridCell::State::Failed
                                                 ? tr("failed: %1").arg(cell->error.left(120))
                                                 : tr("not made yet")));
                    continue;
                }
                QByteArray jpeg;
                QBuffer buffer(&jpeg);
                buffer.open(QIODevice::WriteOnly);
                image.convertToFormat(QImage::Format_RGB32).save(&buffer, "JPEG", 85);
                page +=
                    QStringLiteral("<img alt=\"%1\" src=\"data:image/jpeg;base64,%2\">")
                        .arg(escaped(in.modelNames.value(m)), QString::fromLatin1(jpeg.toBase64()));
            }
            page += QLatin1String("</td>");
        }
        page += QLatin1String("</tr>\n");
    }
    page +=
        QStringLiteral("</table><footer>%1</footer></body></html>\n").arg(escaped(footerText(in)));
    return page.toUtf8();
}
