#include "ResponseOrder.h"

#include <QTcpSocket>

ResponseOrder::ResponseOrder(QObject *parent)
    : QObject(parent)
{}

ResponseOrder::Ticket ResponseOrder::enqueue(QTcpSocket *socket)
{
    auto it = m_queues.find(socket);
    if (it == m_queues.end()) {
        it = m_queues.insert(socket, {});
        connect(socket, &QObject::destroyed, this, [this, socket] { m_queues.remove(socket); });
    }
    const Ticket ticket = m_next++;
    it->append(Entry{ticket, {}, false});
    return ticket;
}

void ResponseOrder::write(QTcpSocket *socket, Ticket ticket, const QByteArray &bytes)
{
    auto it = m_queues.find(socket);
    if (it == m_queues.end() || it->isEmpty() || it->first().ticket == ticket) {
        socket->write(bytes);
        return;
    }
    for (Entry &entry : *it) {
        if (entry.ticket == ticket) {
            entry.held += bytes;
            return;
        }
    }
    socket->write(bytes); // not queued (never enqueued): nothing to keep order with
}

void ResponseOrder::complete(QTcpSocket *socket, Ticket ticket)
{
    auto it = m_queues.find(socket);
    if (it == m_queues.end())
        return;
    for (Entry &entry : *it) {
        if (entry.ticket == ticket)
            entry.complete = true;
    }
    flush(socket);
}

void ResponseOrder::flush(QTcpSocket *socket)
{
    QList<Entry> &queue = m_queues[socket];
    while (!queue.isEmpty()) {
        Entry &first = queue.first();
        if (!first.held.isEmpty()) {
            socket->write(first.held);
            first.held.clear();
        }
        if (!first.complete)
            return; // the oldest open answer goes on writing directly
        queue.removeFirst();
    }
}

int ResponseOrder::waiting(QTcpSocket *socket) const
{
    return int(m_queues.value(socket).size());
}
