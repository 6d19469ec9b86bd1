#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class ServerPanel;
}
class ServerController;

// The local server at a glance: a status light, start/stop, address and port, the API key
// (show, copy, regenerate), the base URL and copy-ready set-up for the usual clients. A
// window of its own, not a dock: it never widens the studio.
class ServerPanel : public QDialog
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
