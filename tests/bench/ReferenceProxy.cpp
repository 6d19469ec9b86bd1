#include "ReferenceProxy.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>

namespace {
// A port nobody listens on now (the kernel's pick, released for nginx to take).
int freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

bool accepts(int port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(port));
    return socket.waitForConnected(100);
}
} // namespace

ReferenceProxy::~ReferenceProxy()
{
    if (m_nginx.state() == QProcess::NotRunning)
        return;
    m_nginx.terminate(); // the master stops its workers
    if (!m_nginx.waitForFinished(5000))
        m_nginx.kill();
}

bool ReferenceProxy::start(const QString &folder, const QUrl &upstream, QString *why)
{
    const QString nginx = QStandardPaths::findExecutable(
        QStringLiteral("nginx"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin"),
                                  QStringLiteral("/usr/bin")});
    if (nginx.isEmpty()) {
        *why = QStringLiteral("nginx is not installed (sudo apt-get install nginx-light)");
        return false;
    }
    QDir().mkpath(folder);
    m_port = freePort();
    // Buffers big enough for a whole answer in memory, as ImageBridge holds one; never a
    // temporary file, which would add disk work that the proxy is not here to measure.
    const QString config = QStringLiteral("worker_processes auto;\n"
                                          "daemon off;\n"
                                          "pid %1/nginx.pid;\n"
                                          "error_log %1/error.log;\n"
                                          "events { worker_connections 1024; }\n"
                                          "http {\n"
                                          "  access_log off;\n"
                                          "  client_body_temp_path %1/body;\n"
                                          "  proxy_temp_path %1/proxy;\n"
                                          "  upstream fake { server %2:%3; keepalive 128; }\n"
                                          "  server {\n"
                                          "    listen 127.0.0.1:%4;\n"
                                          "    location / {\n"
                                          "      proxy_pass http://fake;\n"
                                          "      proxy_http_version 1.1;\n"
                                          "      proxy_set_header Connection \"\";\n"
                                          "      proxy_buffers 64 64k;\n"
                                          "      proxy_max_temp_file_size 0;\n"
                                          "    }\n"
                                          "  }\n"
                                          "}\n")
                               .arg(folder, upstream.host())
                               .arg(upstream.port())
                               .arg(m_port);
    const QString configPath = folder + QStringLiteral("/nginx.conf");
    QFile file(configPath);
    if (m_port == 0 || !file.open(QIODevice::WriteOnly) || file.write(config.toUtf8()) < 0) {
        *why = QStringLiteral("could not write %1").arg(configPath);
        return false;
    }
    file.close();

    QProcess probe;
    probe.start(nginx, {QStringLiteral("-v")});
    probe.waitForFinished(5000);
    m_version = QString::fromLatin1(probe.readAllStandardError()).trimmed().section(u'/', -1);

    m_nginx.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_nginx.start(nginx, {QStringLiteral("-c"), configPath, QStringLiteral("-e"),
                          folder + QStringLiteral("/error.log")});
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 5000 && m_nginx.state() != QProcess::NotRunning) {
        if (accepts(m_port))
            return true;
        m_nginx.waitForFinished(50); // returns early only if it stopped
    }
    *why = QStringLiteral("nginx did not start (see %1/error.log)").arg(folder);
    m_port = 0;
    return false;
}

QUrl ReferenceProxy::front(const QUrl &upstream) const
{
    if (m_port == 0)
        return {};
    QUrl url = upstream;
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}
