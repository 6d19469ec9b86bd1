#include "arena/ArenaPairChooser.h"
#include "arena/ArenaVotes.h"
#include "arena/BradleyTerry.h"
#include "store/ImageStore.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

class TestArena : public QObject
{
    Q_OBJECT
private slots:
    void knownOutcomesGiveKnownRatings();
    void evenRecordsAreEven();
    void orderOfVotesDoesNotMatter();
    void strengthIsTransitive();
    void fewVotesStayNearTheMiddle();
    void intervalsNarrowWithVotes();
    void chooserNeverPairsAModelWithItself();
    void chooserPrefersWhatTeachesMost();
    void votesAreStoredReviewedAndUndone();

private:
    static QList<BradleyTerry::Game> repeat(const QString &a, const QString &b, double score,
                                            int times);
};

QList<BradleyTerry::Game> TestArena::repeat(const QString &a, const QString &b, double score,
                                            int times)
{
    return QList<BradleyTerry::Game>(times, BradleyTerry::Game{a, b, score});
}

void TestArena::knownOutcomesGiveKnownRatings()
{
    // Without the prior the fit is exact: 3 wins to 1 means p_A / p_B = 3, which is
    // 400 log10(3) = 190.8 Elo points, centred on 1000.
    const auto games = repeat("A", "B", 1.0, 3) + repeat("A", "B", 0.0, 1);
    const auto r = BradleyTerry::fit(games, 0.0);
    const double expected = 400 * std::log10(3.0);
    QVERIFY(std::abs((r["A"].rating - r["B"].rating) - expected) < 0.01);
    QVERIFY(std::abs((r["A"].rating + r["B"].rating) / 2 - 1000) < 0.01);
    QCOMPARE(r["A"].wins, 3);
    QCOMPARE(r["A"].losses, 1);
    QCOMPARE(r["B"].wins, 1);
}

void TestArena::evenRecordsAreEven()
{
    const auto games =
        repeat("A", "B", 1.0, 4) + repeat("B", "A", 1.0, 4) + repeat("A", "B", 0.5, 3);
    const auto r = BradleyTerry::fit(games);
    QVERIFY(std::abs(r["A"].rating - 1000) < 1e-6);
    QVERIFY(std::abs(r["B"].rating - 1000) < 1e-6);
    QCOMPARE(r["A"].ties, 3);
}

void TestArena::orderOfVotesDoesNotMatter()
{
    QList<BradleyTerry::Game> games = repeat("A", "B", 1.0, 5) + repeat("B", "C", 1.0, 3) +
                                      repeat("C", "A", 1.0, 2) + repeat("A", "C", 0.5, 2) +
                                      repeat("B", "A", 1.0, 1);
    const auto first = BradleyTerry::fit(games);
    QRandomGenerator random(42);
    for (int round = 0; round < 5; ++round) {
        std::shuffle(games.begin(), games.end(), random);
        const auto again = BradleyTerry::fit(games);
        for (const char *m : {"A", "B", "C"}) {
            QVERIFY(std::abs(again[m].rating - first[m].rating) < 1e-6);
            QVERIFY(std::abs(again[m].low - first[m].low) < 1e-6);
        }
    }
}

void TestArena::strengthIsTransitive()
{
    const auto games = repeat("A", "B", 1.0, 6) + repeat("B", "A", 1.0, 2) +
                       repeat("B", "C", 1.0, 6) + repeat("C", "B", 1.0, 2);
    const auto r = BradleyTerry::fit(games);
    QVERIFY(r["A"].rating > r["B"].rating);
    QVERIFY(r["B"].rating > r["C"].rating);
}

void TestArena::fewVotesStayNearTheMiddle()
{
    // One lucky win is not a 2000-point model: the prior keeps it finite and modest.
    const auto r = BradleyTerry::fit(repeat("A", "B", 1.0, 1));
    QVERIFY(r["A"].rating > 1000 && r["A"].rating < 1200);
    QVERIFY(std::isfinite(r["A"].high));
    // All wins, many times: high, but finite.
    const auto many = BradleyTerry::fit(repeat("A", "B", 1.0, 50));
    QVERIFY(std::isfinite(many["A"].rating));
    QVERIFY(many["A"].rating > r["A"].rating);
}

void TestArena::intervalsNarrowWithVotes()
{
    const auto few = BradleyTerry::fit(repeat("A", "B", 1.0, 2) + repeat("B", "A", 1.0, 2));
    const auto many = BradleyTerry::fit(repeat("A", "B", 1.0, 40) + repeat("B", "A", 1.0, 40));
    QVERIFY(few["A"].low < few["A"].rating && few["A"].rating < few["A"].high);
    QVERIFY(many["A"].high - many["A"].low < few["A"].high - few["A"].low);
}

void TestArena::chooserNeverPairsAModelWithItself()
{
    QRandomGenerator random(7);
    ArenaPairChooser chooser(&random);
    const QStringList pool{"A", "B", "C", "A"};
    for (int i = 0; i < 200; ++i) {
        const auto pair = chooser.choose(pool, {});
        QVERIFY(!pair.first.isEmpty());
        QVERIFY(pair.first != pair.second);
        QVERIFY(pool.contains(pair.first) && pool.contains(pair.second));
    }
    QVERIFY(chooser.choose({"A"}, {}).first.isEmpty());
    QVERIFY(chooser.choose({"A", "A"}, {}).first.isEmpty());
}

void TestArena::chooserPrefersWhatTeachesMost()
{
    // D has never been voted on; A, B and C often. D should be in most pairs.
    QList<BradleyTerry::Game> games =
        repeat("A", "B", 1.0, 20) + repeat("B", "C", 1.0, 20) + repeat("C", "A", 1.0, 20);
    const auto ratings = BradleyTerry::fit(games);
    QRandomGenerator random(11);
    ArenaPairChooser chooser(&random);
    int withD = 0;
    int previousRepeats = 0;
    QPair<QString, QString> previous;
    for (int i = 0; i < 300; ++i) {
        const auto pair = chooser.choose({"A", "B", "C", "D"}, ratings, previous);
        withD += (pair.first == "D" || pair.second == "D") ? 1 : 0;
        const bool same = (pair.first == previous.first && pair.second == previous.second) ||
                          (pair.first == previous.second && pair.second == previous.first);
        previousRepeats += same ? 1 : 0;
        previous = pair;
    }
    QVERIFY2(withD > 200, qPrintable(QString::number(withD))); // 3 of 6 pairs at random: 150
    QCOMPARE(previousRepeats, 0); // the same pair is never shown twice in a row
    QVERIFY(ArenaPairChooser::informationOf({}, {}) >
            ArenaPairChooser::informationOf(ratings["A"], ratings["B"]));
}

void TestArena::votesAreStoredReviewedAndUndone()
{
    QTemporaryDir dir;
    QString error;
    qint64 undoneId = 0;
    {
        ImageStore store(dir.path());
        QVERIFY(store.open(&error));
        ArenaVotes votes(&store);
        QSignalSpy changed(&votes, &ArenaVotes::changed);
        for (int i = 0; i < 3; ++i) {
            ArenaVote v;
            v.prompt = QStringLiteral("a fox");
            v.leftModel = QStringLiteral("openai/dall-e-3");
            v.rightModel = QStringLiteral("vertex/imagen-3.0-fast");
            v.leftImage = ImageStore::newId();
            v.rightImage = ImageStore::newId();
            v.outcome = i < 2 ? ArenaVote::Outcome::Left : ArenaVote::Outcome::BothBad;
            const qint64 id = votes.add(v);
            QVERIFY(id > 0);
            undoneId = id;
        }
        QCOMPARE(changed.count(), 3);
        QVERIFY(votes.undo(undoneId));
        QVERIFY(!votes.undo(undoneId)); // once
    }
    ImageStore again(dir.path()); // after a restart
    QVERIFY(again.open(&error));
    ArenaVotes votes(&again);
    QCOMPARE(votes.count(), 2);
    const QList<ArenaVote> all = votes.all();
    QCOMPARE(all.first().prompt, QStringLiteral("a fox"));
    QVERIFY(ImageStore::isValidId(all.first().leftImage));
    const auto ratings = votes.ratings();
    QVERIFY(ratings["openai/dall-e-3"].rating > ratings["vertex/imagen-3.0-fast"].rating);
    QCOMPARE(ratings["openai/dall-e-3"].wins, 2);
    QCOMPARE(ArenaVotes::games({all.first()}).first().scoreA, 1.0);
}

QTEST_GUILESS_MAIN(TestArena)
#include "tst_arena.moc"
