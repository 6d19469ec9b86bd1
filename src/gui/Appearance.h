#pragma once

#include "AppSettings.h"

#include <QObject>

class QTranslator;

// Theme and language, applied to the running application without a restart.
class Appearance : public QObject
{
    Q_OBJECT
public:
    explicit Appearance(QObject *parent = nullptr);

    void applyTheme(AppSettings::Theme theme);
    // `language`: "en", "zh_CN" or empty for the system's. Returns the language used.
    QString applyLanguage(const QString &language);

private:
    QTranslator *m_appTranslator = nullptr;
    QTranslator *m_qtTranslator = nullptr;
};
