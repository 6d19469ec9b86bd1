#include "Appearance.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>
#include <QTranslator>

namespace {
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x35, 0x37, 0x3c));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3a, 0x3c, 0x41));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, QColor(0x7c, 0xa7, 0xff));
    p.setColor(QPalette::Highlight, QColor(0x63, 0x66, 0xf1));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, disabled);
    // Fusion draws frames and check boxes from these; the light defaults vanish on dark.
    p.setColor(QPalette::Light, QColor(0x5a, 0x5d, 0x63));
    p.setColor(QPalette::Midlight, QColor(0x4a, 0x4d, 0x52));
    p.setColor(QPalette::Mid, QColor(0x3f, 0x41, 0x46));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0d));
    p.setColor(QPalette::LinkVisited, QColor(0xb4, 0x9c, 0xff));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

bool systemPrefersDark()
{
    // Qt 6.4 has no colour-scheme hint: judge by the platform palette.
    const QPalette system = QApplication::style()->standardPalette();
    return system.color(QPalette::Window).lightness() < 128;
}
} // namespace

Appearance::Appearance(QObject *parent)
    : QObject(parent)
{}

void Appearance::applyTheme(AppSettings::Theme theme)
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const bool dark = theme == AppSettings::Theme::Dark ||
                      (theme == AppSettings::Theme::System && systemPrefersDark());
    QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
    // Fusion outlines item-view check boxes with a darker Window colour, which disappears
    // against a dark Base: give unchecked boxes a visible frame.
    qApp->setStyleSheet(
        dark ? QStringLiteral(
                   "QAbstractItemView::indicator { width: 12px; height: 12px; }"
                   "QAbstractItemView::indicator:unchecked { border: 1px solid #8a8d93; "
                   "border-radius: 2px; background: #1e1f22; }"
                   "QAbstractItemView::indicator:checked { image: url(:/icons/check-dark.svg); }")
             : QString());
}

QString Appearance::applyLanguage(const QString &language)
{
    const QString code = language.isEmpty() ? QLocale::system().name() : language;
    const QLocale locale(code);
    if (m_appTranslator) {
        QCoreApplication::removeTranslator(m_appTranslator);
        delete m_appTranslator;
        m_appTranslator = nullptr;
    }
    if (m_qtTranslator) {
        QCoreApplication::removeTranslator(m_qtTranslator);
        delete m_qtTranslator;
        m_qtTranslator = nullptr;
    }
    auto *app = new QTranslator(this);
    // A language without a translation (or the C locale) gets English: the source texts
    // are English, but their plural forms ("%n image(s)") live in imagebridge_en.
    if (app->load(locale, QStringLiteral("imagebridge"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")) ||
        app->load(QStringLiteral(":/i18n/imagebridge_en"))) {
        QCoreApplication::installTranslator(app);
        m_appTranslator = app;
    } else {
        delete app;
    }
    auto *qt = new QTranslator(this);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        m_qtTranslator = qt;
    } else {
        delete qt;
    }
    QLocale::setDefault(locale);
    return m_appTranslator && !m_appTranslator->language().startsWith(QLatin1String("en"))
               ? code
               : QStringLiteral("en");
}
