#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

// How to get a source that answers ImageBridge: the public site answers only its own web
// page, so this is the short way to the person's own deployment of the template (Vercel's
// "Deploy your own", or `npx next dev` on their machine) and where its URL goes.
class DeploymentGuide : public QDialog
{
    Q_OBJECT
public:
    explicit DeploymentGuide(QWidget *parent = nullptr);

    static QString templateRepository();

signals:
    // "Open Settings > Sources" was chosen.
    void sourcesRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_text;
    QPushButton *m_openSources;
    QPushButton *m_close;
};
