#include "RequestLogDock.h"

#include "generation/RequestLog.h"
#include "widgets/Dialogs.h"

#include <QClipboard>
#include <QEvent>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

RequestLogDock::RequestLogDock(RequestLog *log, QWidget *parent)
    : QDockWidget(parent)
    , m_log(log)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_detail(new QPlainTextEdit(this))
    , m_clear(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_curl(new QPushButton(this))
    , m_replay(new QPushButton(this))
{
    setObjectName(QStringLiteral("requestLogDock"));
    setUpFilter();
    setUpViews();
    followLog();
    connectButtons();
    layOutDock();
    retranslate();
    showSelected();
}

// The filter box matches any column.
void RequestLogDock::setUpFilter()
{
    m_proxy->setSourceModel(m_log);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
}

// The table of requests and, beside it, the details of the selected one.
void RequestLogDock::setUpViews()
{
    m_table->setObjectName(QStringLiteral("requestLogTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnWidth(RequestLog::Time, 100);
    m_table->setColumnWidth(RequestLog::Source, 110);
    m_table->setColumnWidth(RequestLog::Endpoint, 200);
    m_table->setColumnWidth(RequestLog::Model, 210);
    m_table->setColumnWidth(RequestLog::Status, 70);
    m_table->setColumnWidth(RequestLog::Attempts, 70);
    m_table->setColumnWidth(RequestLog::Latency, 110);
    m_table->setWordWrap(false);
    m_detail->setReadOnly(true);
    m_detail->setObjectName(QStringLiteral("requestDetail"));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RequestLogDock::showSelected);
}

void RequestLogDock::followLog()
{
    // Only for the request shown: API traffic changes rows many times a second, and laying
    // out the details again each time took a fifth of the GUI thread under load.
    connect(m_log, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const QModelIndex current = m_table->currentIndex();
                if (!current.isValid())
                    return;
                const int row = m_proxy->mapToSource(current).row();
                if (row >= topLeft.row() && row <= bottomRight.row())
                    showSelected();
            });
    // Follow new requests while the newest row is selected or nothing is.
    connect(m_log, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_table->currentIndex().isValid() ||
            m_table->currentIndex().row() == m_proxy->rowCount() - 2)
            m_table->scrollToBottom();
    });
}

void RequestLogDock::connectButtons()
{
    connect(m_clear, &QPushButton::clicked, this, [this] {
        m_log->clear();
        m_detail->clear();
    });
    connect(m_export, &QPushButton::clicked, this, &RequestLogDock::exportInteractive);
    connect(m_curl, &QPushButton::clicked, this, [this] {
        if (const RequestLogEntry *e = selectedEntry()) {
            QGuiApplication::clipboard()->setText(curlCommand(*e, m_baseUrl));
            emit message(tr("curl command copied (the key is read from $IMAGEBRIDGE_API_KEY)"));
        }
    });
    connect(m_replay, &QPushButton::clicked, this, [this] {
        if (const RequestLogEntry *e = selectedEntry())
            emit replayRequested(e->prompt, e->model, std::max(1, e->imageCount));
    });
}

// The filter and the buttons over the table and the details, side by side.
void RequestLogDock::layOutDock()
{
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_filter, 1);
    for (QPushButton *b : {m_curl, m_replay, m_export, m_clear})
        buttons->addWidget(b);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);
    setWidget(content);
}

void RequestLogDock::retranslate()
{
    setWindowTitle(tr("Request log"));
    m_filter->setPlaceholderText(tr("Filter requests"));
    m_filter->setAccessibleName(tr("Filter requests"));
    m_table->setAccessibleName(tr("Requests"));
    m_detail->setAccessibleName(tr("Request details"));
    m_clear->setText(tr("Clear"));
    m_export->setText(tr("Export..."));
    m_export->setToolTip(tr("Save the log as JSON lines"));
    m_curl->setText(tr("Copy as curl"));
    m_replay->setText(tr("Replay"));
    m_replay->setToolTip(tr("Run the same prompt and model again from this window"));
    showSelected();
}

void RequestLogDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

const RequestLogEntry *RequestLogDock::selectedEntry() const
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return nullptr;
    return &m_log->at(m_proxy->mapToSource(index).row());
}

void RequestLogDock::showSelected()
{
    const RequestLogEntry *e = selectedEntry();
    const bool replayable = e && !e->prompt.isEmpty();
    m_curl->setEnabled(replayable);
    m_replay->setEnabled(replayable);
    m_detail->setPlainText(e ? describe(*e) : tr("Select a request to see its details."));
}

QString RequestLogDock::describe(const RequestLogEntry &e)
{
    QStringList lines;
    lines << tr("Request %1").arg(e.requestId.isEmpty() ? QString::number(e.serial) : e.requestId);
    lines << tr("%1 from %2 at %3")
                 .arg(QStringLiteral("%1 %2").arg(e.method, e.path).trimmed(),
                      RequestLog::displaySource(e.source),
                      e.time.toLocalTime().toString(Qt::ISODateWithMs));
    if (!e.model.isEmpty())
        lines << tr("Model: %1").arg(e.model);
    if (!e.prompt.isEmpty())
        lines << tr("Prompt: %1").arg(e.prompt) << tr("Images asked: %1").arg(e.imageCount);
    lines << tr("Authorization: [redacted]");
    lines << QString();
    lines << (e.isRunning() ? tr("Answer: still running")
                            : tr("Answer: HTTP %1, %2 bytes, %3 ms")
                                  .arg(e.status)
                                  .arg(e.bytes)
                                  .arg(e.durationMs));
    lines << (e.upstreamLatencyMs >= 0 ? tr("Upstream attempts: %1, last upstream latency: %2 ms")
                                             .arg(e.attempts)
                                             .arg(e.upstreamLatencyMs)
                                       : tr("Upstream attempts: %1").arg(e.attempts));
    if (!e.error.isEmpty())
        lines << tr("Error: %1").arg(e.error);
    if (!e.events.isEmpty()) {
        lines << QString() << tr("Events:");
        for (const QString &event : e.events)
            lines << QStringLiteral("  ") + event;
    }
    return lines.join(QLatin1Char('\n'));
}

QString RequestLogDock::curlCommand(const RequestLogEntry &e, const QString &baseUrl)
{
    QJsonObject body{{QLatin1String("prompt"), e.prompt}, {QLatin1String("model"), e.model}};
    if (e.imageCount > 1)
        body.insert(QLatin1String("n"), e.imageCount);
    QString json = QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact));
    json.replace(QLatin1String("'"), QLatin1String("'\\''"));
    return QStringLiteral("curl %1/images/generations \\\n  -H \"Authorization: Bearer "
                          "$IMAGEBRIDGE_API_KEY\" \\\n"
                          "  -H 'Content-Type: application/json' \\\n  -d '%2'")
        .arg(baseUrl, json);
}

bool RequestLogDock::exportTo(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    for (int row = 0; row < m_log->rowCount(); ++row) {
        const RequestLogEntry &e = m_log->at(row);
        const QJsonObject o{{QLatin1String("id"), e.requestId},
                            {QLatin1String("time"), e.time.toUTC().toString(Qt::ISODateWithMs)},
                            {QLatin1String("source"), e.source},
                            {QLatin1String("method"), e.method},
                            {QLatin1String("path"), e.path},
                            {QLatin1String("model"), e.model},
                            {QLatin1String("prompt"), e.prompt},
                            {QLatin1String("images"), e.imageCount},
                            {QLatin1String("status"), e.status},
                            {QLatin1String("attempts"), e.attempts},
                            {QLatin1String("upstream_latency_ms"), e.upstreamLatencyMs},
                            {QLatin1String("duration_ms"), e.durationMs},
                            {QLatin1String("bytes"), e.bytes},
                            {QLatin1String("error"), e.error},
                            {QLatin1String("events"), QJsonArray::fromStringList(e.events)}};
        file.write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void RequestLogDock::exportInteractive()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                              QStringLiteral("/imagebridge-requests.jsonl");
    const QString path = Dialogs::saveFileName(this, tr("Export request log"), suggested,
                                               tr("JSON lines (*.jsonl);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error))
        Dialogs::warning(this, tr("Export request log"),
                         tr("Cannot write %1: %2").arg(path, error));
    else
        emit message(tr("Exported %n request(s)", nullptr, m_log->rowCount()));
}
