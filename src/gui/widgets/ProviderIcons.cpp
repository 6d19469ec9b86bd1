#include "widgets/ProviderIcons.h"

#include <QFile>

QIcon ProviderIcons::icon(const QString &provider) const
{
    auto it = m_cache.find(provider);
    if (it == m_cache.end()) {
        const QString path = QStringLiteral(":/icons/provider-%1.svg").arg(provider);
        it = m_cache.insert(provider, QFile::exists(path)
                                          ? QIcon(path)
                                          : QIcon(QStringLiteral(":/icons/imagebridge.svg")));
    }
    return *it;
}
