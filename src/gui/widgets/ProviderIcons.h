#pragma once

#include <QHash>
#include <QIcon>

// The providers' icons (SVG, so they are sharp at any scale).
class ProviderIcons
{
public:
    QIcon icon(const QString &provider) const;

private:
    mutable QHash<QString, QIcon> m_cache;
};
