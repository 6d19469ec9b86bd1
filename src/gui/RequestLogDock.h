#pragma once

#include <QDockWidget>

class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class RequestLog;
struct RequestLogEntry;

// The live request log: every request, from this window or an API client, with its
// attempts and timings; a detail pane; filter, clear, export as JSON lines, copy as curl
// (the key left out) and replay.
class RequestLogDock : public QDockWidget
{
    Q_OBJECT
public:
    RequestLogDock(RequestLog *log, QWidget *parent = nullptr);

    void setServerBaseUrl(const QString &baseUrl) { m_baseUrl = baseUrl; }
    QTableView *table() const { return m_table; }
    // Exports every entry to `path`; on failure returns false and *error says why.
    bool exportTo(const QString &path, QString *error) const;
    static QString curlCommand(const RequestLogEntry &entry, const QString &baseUrl);
    static QString describe(const RequestLogEntry &entry);

signals:
    void replayRequested(const QString &prompt, const QString &modelId, int count);
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setUpFilter();
    void setUpViews();
    void followLog();
    void connectButtons();
    void layOutDock();
    const RequestLogEntry *selectedEntry() const;
    void showSelected();
    void exportInteractive();
    void retranslate();

    RequestLog *m_log;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_table;
    QPlainTextEdit *m_detail;
    QPushButton *m_clear;
    QPushButton *m_export;
    QPushButton *m_curl;
    QPushButton *m_replay;
    QString m_baseUrl; // set by the window from the server controller
};
