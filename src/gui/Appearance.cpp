#include "Appearance.h"

#include <QApplication>
#include <QIcon>
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

// The few rules a palette cannot express, on an 8 px spacing grid: cards with rounded
// frames, the primary button, the result states in colour, headings. Colours come from the
// palette where they can, so both themes share one sheet.
QString styleSheet(bool dark)
{
    const QString card = dark ? QStringLiteral("#26282c") : QStringLiteral("#ffffff");
    const QString line = dark ? QStringLiteral("#3d4046") : QStringLiteral("#d5d8dc");
    QString sheet =
        QStringLiteral(
            "QFrame#resultCard, QFrame[card=\"true\"] { background: %1; border: 1px solid %2;"
            " border-radius: 10px; }"
            "QFrame#resultCard[state=\"failed\"] { border-color: #d64545; }"
            "QFrame#resultCard:focus { border: 2px solid palette(highlight); }"
            "QLabel#resultImage { background: palette(base); border: none; border-radius: 6px;"
            " color: %8; }"
            "QLabel#resultStar { color: #f5b301; }"
            "QWidget#cardActions { background: %1; border: 1px solid %2; border-radius: 6px; }"
            "QLabel#runDetails { color: %8; }"
            "QLabel#resultState { border-radius: 4px; padding: 1px 8px; font-weight: 600; }"
            "QLabel#resultState[state=\"running\"] { background: rgba(99, 102, 241, 40);"
            " color: %3; }"
            "QLabel#resultState[state=\"waiting\"] { background: rgba(217, 119, 6, 45);"
            " color: %4; }"
            "QLabel#resultState[state=\"done\"] { background: rgba(22, 163, 74, 40); color: %5; }"
            "QLabel#resultState[state=\"failed\"] { background: rgba(214, 69, 69, 45);"
            " color: %6; }"
            "QLabel#resultState[state=\"cancelled\"] { background: rgba(128, 128, 128, 45); }"
            "QLabel[role=\"heading\"] { font-weight: 600; }"
            "QPushButton#generateButton { background: #4f46e5; color: #ffffff; border: 1px solid"
            " #4338ca; border-radius: 6px; padding: 6px 16px; font-weight: 600; }"
            "QPushButton#generateButton:hover { background: #4338ca; }"
            "QPushButton#generateButton:pressed { background: #3730a3; }"
            "QPushButton#generateButton:focus { border: 2px solid %7; }"
            "QPushButton#generateButton:disabled { background: %2; color: palette(mid); }"
            "QPushButton#welcomeSample { text-align: left; padding: 4px 8px; color: palette(link); "
            "}"
            "QPushButton#welcomeSample:hover { text-decoration: underline; }"
            "QPushButton#welcomeSample:focus { border: 1px solid palette(highlight);"
            " border-radius: 4px; }"
            "QLabel#welcomeSubtitle, QLabel#welcomeShortcuts, QLabel#sizeNote, "
            "QLabel#upstreamOverride { color: %8; }"
            "QLabel#welcomeServerState[running=\"true\"] { color: %5; }")
            .arg(card, line, dark ? QStringLiteral("#a5b4fc") : QStringLiteral("#4338ca"),
                 dark ? QStringLiteral("#fbbf24") : QStringLiteral("#b45309"),
                 dark ? QStringLiteral("#4ade80") : QStringLiteral("#15803d"),
                 dark ? QStringLiteral("#f87171") : QStringLiteral("#b91c1c"),
                 dark ? QStringLiteral("#c7d2fe") : QStringLiteral("#1e1b4b"),
                 dark ? QStringLiteral("#a8abb2") : QStringLiteral("#5b6068"));
    if (dark) {
        // Fusion outlines item-view check boxes with a darker Window colour, which
        // disappears against a dark Base: give unchecked boxes a visible frame.
        sheet += QStringLiteral(
            "QAbstractItemView::indicator { width: 12px; height: 12px; }"
            "QAbstractItemView::indicator:unchecked { border: 1px solid #8a8d93; "
            "border-radius: 2px; background: #1e1f22; }"
            "QAbstractItemView::indicator:checked { image: url(:/icons/check-dark.svg); }");
    }
    return sheet;
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
    // The action icons follow the palette: one icon theme per palette, both in the binary.
    const QString themes = QStringLiteral(":/icons/themes");
    if (!QIcon::themeSearchPaths().contains(themes))
        QIcon::setThemeSearchPaths(QIcon::themeSearchPaths() << themes);
    QIcon::setThemeName(dark ? QStringLiteral("imagebridge-dark")
                             : QStringLiteral("imagebridge-light"));
    qApp->setStyleSheet(styleSheet(dark));
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
