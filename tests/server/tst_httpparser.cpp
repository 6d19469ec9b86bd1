#include "http/HttpRequestParser.h"

#include <QTest>

using Status = HttpRequestParser::Status;

// The HTTP/1.1 request parser on its own: what it accepts, what it refuses with which
// status, and that the bytes may arrive in any pieces.
class TestHttpParser : public QObject
{
    Q_OBJECT
private slots:
    void accepts_data();
    void accepts();
    void refuses_data();
    void refuses();
    void refusesNonHttpAtTheFirstByte();
    void refusesLongRequestLineBeforeItEnds();
    void bodyLimits();
    void pipelinedRequestsComeOneByOne();
    void connectionSemantics();

private:
    struct Outcome
    {
        QList<HttpRequest> requests;
        int errorStatus = 0;
    };
    // Feeds `bytes` in pieces of `piece` bytes, allowing bodies up to `maxBody`.
    static Outcome parse(const QByteArray &bytes, qsizetype piece, qint64 maxBody = 1 << 20)
    {
        HttpLimits limits;
        limits.maxRequestLineBytes = 128;
        limits.maxHeaderBytes = 512;
        limits.maxHeaderCount = 8;
        HttpRequestParser parser(limits);
        Outcome outcome;
        qsizetype at = 0;
        for (;;) {
            const Status status = parser.next();
            if (status == Status::NeedMore) {
                if (at >= bytes.size())
                    return outcome;
                parser.append(QByteArrayView(bytes).sliced(at, std::min(piece, bytes.size() - at)));
                at += piece;
            } else if (status == Status::HeadComplete) {
                parser.setMaxBodyBytes(maxBody);
            } else if (status == Status::Complete) {
                outcome.requests.append(parser.takeRequest());
            } else {
                outcome.errorStatus = parser.errorStatus();
                return outcome;
            }
        }
    }
};

void TestHttpParser::accepts_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("get") << QByteArray("GET /v1/models?x=1 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                         << QByteArray("GET") << QStringLiteral("/v1/models") << QByteArray();
    QTest::newRow("post with length")
        << QByteArray("POST /v1/images/generations HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n"
                      "\r\nhello")
        << QByteArray("POST") << QStringLiteral("/v1/images/generations") << QByteArray("hello");
    QTest::newRow("the same length twice")
        << QByteArray("POST /a HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\nContent-Length: 2, 2"
                      "\r\n\r\nok")
        << QByteArray("POST") << QStringLiteral("/a") << QByteArray("ok");
    QTest::newRow("chunked with extension and trailer")
        << QByteArray("POST /a HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: Chunked\r\n\r\n"
                      "5;name=value\r\nhello\r\n6\r\n world\r\n0\r\nX-Sum: 1\r\n\r\n")
        << QByteArray("POST") << QStringLiteral("/a") << QByteArray("hello world");
    QTest::newRow("blank lines before the request")
        << QByteArray("\r\n\r\nGET /healthz HTTP/1.1\r\nHost: a\r\n\r\n") << QByteArray("GET")
        << QStringLiteral("/healthz") << QByteArray();
    QTest::newRow("http/1.0 needs no host")
        << QByteArray("GET /healthz HTTP/1.0\r\n\r\n") << QByteArray("GET")
        << QStringLiteral("/healthz") << QByteArray();
    QTest::newRow("absolute form")
        << QByteArray("GET http://127.0.0.1:8787/v1/models HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        << QByteArray("GET") << QStringLiteral("/v1/models") << QByteArray();
    QTest::newRow("percent-encoded path")
        << QByteArray("GET /v1/models/openai%2Fdall-e-3 HTTP/1.1\r\nHost: a\r\n\r\n")
        << QByteArray("GET") << QStringLiteral("/v1/models/openai/dall-e-3") << QByteArray();
    QTest::newRow("value with tab and utf-8")
        << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nX-Name:\tJ\xc3\xbcrgen \r\n\r\n")
        << QByteArray("GET") << QStringLiteral("/") << QByteArray();
}

void TestHttpParser::accepts()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    for (const qsizetype piece : {bytes.size(), qsizetype(1), qsizetype(3)}) {
        const Outcome outcome = parse(bytes, piece);
        QCOMPARE(outcome.errorStatus, 0);
        QCOMPARE(outcome.requests.size(), 1);
        QCOMPARE(outcome.requests.first().method, method);
        QCOMPARE(outcome.requests.first().path, path);
        QCOMPARE(outcome.requests.first().body, body);
    }
}

void TestHttpParser::refuses_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status");

    const QByteArray get = "GET / HTTP/1.1\r\nHost: a\r\n";
    QTest::newRow("bare LF") << QByteArray("GET / HTTP/1.1\nHost: a\n\n") << 400;
    QTest::newRow("bare CR in a value") << get + "X: a\rb\r\n\r\n" << 400;
    QTest::newRow("NUL in a value") << get + QByteArray("X: a\0b\r\n\r\n", 11) << 400;
    QTest::newRow("control byte in a value") << get + "X: a\x01"
                                                      "b\r\n\r\n"
                                             << 400;
    QTest::newRow("space before the colon") << get + "X : a\r\n\r\n" << 400;
    QTest::newRow("no colon") << get + "X\r\n\r\n" << 400;
    QTest::newRow("obsolete line folding") << get + "X: a\r\n b\r\n\r\n" << 400;
    QTest::newRow("length with chunked")
        << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n"
                      "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
        << 400;
    QTest::newRow("differing lengths")
        << QByteArray(
               "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\n")
        << 400;
    QTest::newRow("negative length")
        << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: -1\r\n\r\n") << 400;
    QTest::newRow("length with sign")
        << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: +1\r\n\r\n") << 400;
    QTest::newRow("unknown transfer coding")
        << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip, chunked\r\n\r\n")
        << 501;
    QTest::newRow("chunked in http/1.0")
        << QByteArray("POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n") << 400;
    QTest::newRow("no host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("two hosts") << get + "Host: b\r\n\r\n" << 400;
    QTest::newRow("http/2") << QByteArray("GET / HTTP/2.0\r\nHost: a\r\n\r\n") << 505;
    QTest::newRow("http/0.9 style") << QByteArray("GET /\r\n\r\n") << 400;
    QTest::newRow("malformed version") << QByteArray("GET / HTTP/1\r\nHost: a\r\n\r\n") << 400;
    QTest::newRow("lower-case version") << QByteArray("GET / http/1.1\r\nHost: a\r\n\r\n") << 400;
    QTest::newRow("two spaces") << QByteArray("GET  / HTTP/1.1\r\nHost: a\r\n\r\n") << 400;
    QTest::newRow("target not a path") << QByteArray("GET v1 HTTP/1.1\r\nHost: a\r\n\r\n") << 400;
    QTest::newRow("unknown expectation") << get + "Expect: 200-ok\r\n\r\n" << 417;
    QTest::newRow("too many fields") << get + QByteArray("X: 1\r\n").repeated(8) + "\r\n" << 431;
    QTest::newRow("head too large") << get + "X: " + QByteArray(600, 'a') + "\r\n\r\n" << 431;
    QTest::newRow("request line too long")
        << "GET /" + QByteArray(200, 'a') + " HTTP/1.1\r\nHost: a\r\n\r\n"
        << 414;
    // Longer than the whole head may be, in one read or many: always the first limit hit.
    QTest::newRow("request line beyond the head limit") << "GET /" + QByteArray(1000, 'a') << 414;
    QTest::newRow("too many blank lines first")
        << QByteArray("\r\n").repeated(9) + "GET / HTTP/1.1\r\n"
        << 400;
    QTest::newRow("malformed chunk size")
        << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
        << 400;
    QTest::newRow("chunk without CRLF")
        << QByteArray("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
                      "2\r\nabc\r\n0\r\n\r\n")
        << 400;
}

void TestHttpParser::refuses()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    for (const qsizetype piece : {bytes.size(), qsizetype(1), qsizetype(5)}) {
        const Outcome outcome = parse(bytes, piece);
        QCOMPARE(outcome.errorStatus, status);
        QVERIFY(outcome.requests.isEmpty());
    }
}

void TestHttpParser::refusesNonHttpAtTheFirstByte()
{
    // A TLS ClientHello sent to the plain port: no line end will ever come, so waiting for
    // one would hang the client until a timeout.
    const Outcome outcome =
        parse(QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11), 1);
    QCOMPARE(outcome.errorStatus, 400);
}

void TestHttpParser::refusesLongRequestLineBeforeItEnds()
{
    const Outcome outcome = parse("GET /" + QByteArray(300, 'a'), 7);
    QCOMPARE(outcome.errorStatus, 414);
}

void TestHttpParser::bodyLimits()
{
    const QByteArray declared =
        "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 11\r\n\r\nhello world";
    QCOMPARE(parse(declared, 4, 10).errorStatus, 413);
    QCOMPARE(parse(declared, 4, 11).requests.size(), 1);
    const QByteArray chunked = "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
                               "6\r\nhello \r\n5\r\nworld\r\n0\r\n\r\n";
    QCOMPARE(parse(chunked, 4, 10).errorStatus, 413);
    QCOMPARE(parse(chunked, 4, 11).requests.first().body, QByteArray("hello world"));
    // A chunk size too large for any limit does not overflow.
    QCOMPARE(parse("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
                   "ffffffffffffffffff\r\n",
                   64)
                 .errorStatus,
             413);
    QCOMPARE(parse("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 99999999999999999999\r\n\r\n", 64)
                 .errorStatus,
             413);
}

void TestHttpParser::pipelinedRequestsComeOneByOne()
{
    const QByteArray bytes = "POST /a HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n\r\nabc"
                             "GET /b HTTP/1.1\r\nHost: a\r\n\r\n"
                             "GET /c HTTP/1.1\r\nHost: a\r\n\r\n";
    for (const qsizetype piece : {bytes.size(), qsizetype(1), qsizetype(10)}) {
        const Outcome outcome = parse(bytes, piece);
        QCOMPARE(outcome.requests.size(), 3);
        QCOMPARE(outcome.requests.at(0).body, QByteArray("abc"));
        QCOMPARE(outcome.requests.at(1).path, QStringLiteral("/b"));
        QCOMPARE(outcome.requests.at(2).path, QStringLiteral("/c"));
    }
}

void TestHttpParser::connectionSemantics()
{
    auto first = [](const QByteArray &bytes) {
        return parse(bytes, bytes.size()).requests.first();
    };
    QVERIFY(first("GET / HTTP/1.1\r\nHost: a\r\n\r\n").keepsAlive());
    QVERIFY(!first("GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n").keepsAlive());
    QVERIFY(!first("GET / HTTP/1.0\r\n\r\n").keepsAlive());
    QVERIFY(first("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n").keepsAlive());
    QVERIFY(
        first("POST / HTTP/1.1\r\nHost: a\r\nExpect: 100-Continue\r\nContent-Length: 1\r\n\r\nx")
            .expectsContinue());
    QVERIFY(!first("POST / HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 1\r\n\r\nx")
                 .expectsContinue());
}

QTEST_GUILESS_MAIN(TestHttpParser)
#include "tst_httpparser.moc"
