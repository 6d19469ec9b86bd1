#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// Every user-visible string is translated: running lupdate over the sources against a
// copy of each .ts must leave no unfinished, obsolete or vanished entry.
class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void complete_data();
    void complete();
};

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("options");
    QTest::newRow("zh_CN") << QStringLiteral("imagebridge_zh_CN.ts") << QStringList();
    QTest::newRow("en") << QStringLiteral("imagebridge_en.ts")
                        << QStringList{QStringLiteral("-pluralonly")};
}

void TestTranslations::complete()
{
    QFETCH(QString, file);
    QFETCH(QStringList, options);
    const QDir source(QStringLiteral(IMAGEBRIDGE_SOURCE_DIR));
    QTemporaryDir temp;
    const QString copy = temp.filePath(file);
    QVERIFY(QFile::copy(source.filePath(QStringLiteral("translations/") + file), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QProcess lupdate;
    lupdate.setWorkingDirectory(source.path());
    lupdate.start(QStringLiteral(LUPDATE_EXECUTABLE),
                  options + QStringList{QStringLiteral("-locations"), QStringLiteral("none"),
                                        QStringLiteral("src"), QStringLiteral("ui"),
                                        QStringLiteral("-ts"), copy});
    QVERIFY(lupdate.waitForFinished(60000));
    QCOMPARE(lupdate.exitCode(), 0);

    QFile ts(copy);
    QVERIFY(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    QString context;
    QString sourceText;
    QStringList problems;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            sourceText = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            if (!type.isEmpty())
                problems.append(
                    QStringLiteral("%1 (%2): %3").arg(type, context, sourceText.left(60)));
        }
    }
    QVERIFY(!xml.hasError());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
