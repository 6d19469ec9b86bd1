#pragma once

#include <QFrame>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class ServerController;

// What the results area shows before the first run: what the studio does, sample prompts
// to start from, and the local API with its address, key and copy-ready set-up for the
// chat apps people connect to it.
class WelcomePanel : public QFrame
{
    Q_OBJECT
public:
    explicit WelcomePanel(ServerController *server, QWidget *parent = nullptr);

    QString addressText() const;
    QString setupText() const;

signals:
    void promptChosen(const QString &prompt);
    void shortcutsRequested();
    void deploymentGuideRequested();
    void ownKeysRequested();
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    QFrame *makeCard(const QString &objectName);
    QFrame *createStudioCard();
    QFrame *createApiCard();
    QFrame *createSourceNotice();
    void layOutApiCard(QFrame *api);
    void layOutPanel(QFrame *studio, QFrame *api);
    void connectApiCard();
    void retranslate();
    void updateServer();
    void updateGuide();
    void copy(const QString &text, const QString &what);

    ServerController *m_server;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_sourceNotice = nullptr;
    QPushButton *m_ownDeployment = nullptr;
    QPushButton *m_ownKeys = nullptr;
    QLabel *m_studioHeading;
    QLabel *m_studioText;
    QLabel *m_tryLabel;
    QList<QPushButton *> m_samples;
    QLabel *m_apiHeading;
    QLabel *m_apiText;
    QLabel *m_addressLabel;
    QLineEdit *m_address;
    QPushButton *m_copyAddress;
    QLabel *m_keyLabel;
    QLineEdit *m_key;
    QPushButton *m_copyKey;
    QLabel *m_serverState;
    QPushButton *m_startStop;
    QLabel *m_clientLabel;
    QComboBox *m_client;
    QPlainTextEdit *m_guide;
    QPushButton *m_copyGuide;
    QLabel *m_shortcuts;
};
