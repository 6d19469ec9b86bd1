#pragma once

#include <QProcess>
#include <QString>
#include <QUrl>

// nginx as a plain reverse proxy in front of the fake upstream: the third row of the image
// runs. It forwards the same answers and does nothing else (no checks, no metadata, keeps no
// image), so its figure is what any proxy costs on this machine, where the load tool, the
// fake and the proxy share the same cores. Optional: without nginx the row is left out.
class ReferenceProxy
{
public:
    ReferenceProxy() = default;
    ~ReferenceProxy();
    ReferenceProxy(const ReferenceProxy &) = delete;
    ReferenceProxy &operator=(const ReferenceProxy &) = delete;

    // Starts nginx with as many workers as cores, its files under `folder`, forwarding to
    // `upstream`'s host and port over kept-alive connections. Returns false, with the reason
    // in *why, when nginx is not installed or did not start.
    bool start(const QString &folder, const QUrl &upstream, QString *why);
    // `upstream` with the proxy's host and port; empty when it is not running.
    QUrl front(const QUrl &upstream) const;
    QString version() const { return m_version; }

private:
    QProcess m_nginx;
    int m_port = 0;
    QString m_version;
};
