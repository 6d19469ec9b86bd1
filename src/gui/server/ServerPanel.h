#pragma once

#include <QDockWidget>

#include <memory>

namespace Ui {
class ServerPanel;
}
class ServerController;

// The local server at a glance: a status light, start/stop, address and port, the API key
// (show, copy, regenerate), the base URL and copy-ready set-up for the usual clients.
class ServerPanel : public QDockWidget
{
    Q_OBJECT
public:
    explicit ServerPanel(ServerController *server, QWidget *parent = nullptr);
    ~ServerPanel() override;

signals:
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void rebuildGuides();
    void toggleServer();

    std::unique_ptr<Ui::ServerPanel> m_ui;
    ServerController *m_server;
};
