#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>

class QTcpSocket;

// Keeps the answers on one connection in the order of its requests, as HTTP/1.1 requires
// for pipelined requests. Qt 6.4's QHttpServer hands a connection's next request to its
// handler before the previous one is answered, so an answer that is ready early waits
// here until those before it are complete. (Qt 6.8 reads a connection's next request only
// after the previous answer: HttpResponder uses this class for 6.4 only.)
class ResponseOrder : public QObject
{
    Q_OBJECT
public:
    using Ticket = quint64;

    explicit ResponseOrder(QObject *parent = nullptr);

    // A place in the socket's queue; call in the order the requests arrived.
    Ticket enqueue(QTcpSocket *socket);
    // Bytes of the answer for `ticket`: sent at once when it is the oldest open answer on
    // the socket, held back otherwise.
    void write(QTcpSocket *socket, Ticket ticket, const QByteArray &bytes);
    // The answer for `ticket` is whole (or abandoned): those held back behind it go out.
    void complete(QTcpSocket *socket, Ticket ticket);

    int waiting(QTcpSocket *socket) const; // answers queued on the socket, for tests

private:
    struct Entry
    {
        Ticket ticket = 0;
        QByteArray held;
        bool complete = false;
    };

    void flush(QTcpSocket *socket);

    QHash<QTcpSocket *, QList<Entry>> m_queues;
    Ticket m_next = 1;
};
