#include "SourcesCommand.h"

#include "AppContext.h"
#include "upstream/SourceStatus.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SourcesCommand)
};

QString stateOf(const AppContext &context, const UpstreamSource &source)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QLocale locale;
    const auto time = [&locale](const QDateTime &t) {
        return locale.toString(t.toLocalTime(), QLocale::ShortFormat);
    };
    const SourceStatus status =
        SourceStatus::of(source, &context.quotaWindows(), &context.sourceHealth(), now);
    if (status.quotaResetsAt)
        return Tr::tr("quota used up, not called until %1").arg(time(*status.quotaResetsAt));
    if (status.refusal)
        return Tr::tr("refused (%1), skipped for now").arg(status.refusal->message);
    QString state = Tr::tr("usable");
    if (source.kind == UpstreamSource::Kind::Public) {
        state += QLatin1String(", ") +
                 Tr::tr("answers only its own web page (Vercel BotID); %1 of %2 calls of the "
                        "day made from here")
                     .arg(status.postsInWindow)
                     .arg(SourceStatus::publicDailyLimit);
    }
    if (!source.headers.isEmpty())
        state += QLatin1String(", ") +
                 Tr::tr("with %n extra header(s)", nullptr, int(source.headers.size()));
    return state;
}
} // namespace

QStringList describeSources(const AppContext &context)
{
    QStringList lines;
    const SourcePlan plan = context.sourcePlan();
    for (const QString &provider : SourcePlan::providers()) {
        const QList<UpstreamSource> sources = plan.sources(provider);
        for (int i = 0; i < sources.size(); ++i) {
            const UpstreamSource &s = sources.at(i);
            lines.append(
                QStringLiteral("%1 %2. %3 %4: %5")
                    .arg(i == 0 ? QString(provider + QLatin1Char(':')).leftJustified(10)
                                : QString(10, QLatin1Char(' ')))
                    .arg(i + 1)
                    .arg(s.kind == UpstreamSource::Kind::Public ? Tr::tr("public")
                                                                : Tr::tr("deployment"))
                    .arg(s.url.toDisplayString(QUrl::RemoveUserInfo), stateOf(context, s)));
        }
    }
    return lines;
}

int runSourcesCommand(const AppContext &context)
{
    QTextStream out(stdout);
    for (const QString &line : describeSources(context))
        out << line << Qt::endl;
    return 0;
}
