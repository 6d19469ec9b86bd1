#pragma once

#include <QStyledItemDelegate>
#include <QWidget>

class AppContext;
class QAction;
class AppSettings;
class GridRunner;
class GridRuns;
struct GridRunInfo;
class GridTableModel;
class ImageStore;
class ModelCatalog;
class ModelStats;
class RequestLog;
class QComboBox;
class QLabel;
class ModelPicker;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;
class ThumbnailCache;
class UpstreamClient;

// Paints a grid cell: one thumbnail per sample, a grey box while it is made, the reason
// when it failed.
class GridDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    static constexpr int thumbSide = 120;
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

// The Grids tab: prompts (typed, pasted or from a file, one per line) × the models checked
// in the studio's shared picker × k samples as one run, paced by the concurrency setting, with
// progress, pause/resume, cancel and retry of failed cells; runs stopped by a restart are listed
// and resume where they stopped. The grid shows prompts as rows and models as columns (a click
// opens the image); it exports as a labelled contact sheet (PNG) or an HTML page.
class GridView : public QWidget
{
    Q_OBJECT
public:
    GridView(AppContext &context, ThumbnailCache *thumbnails, const ModelPicker *models,
             QWidget *parent = nullptr);
    ~GridView() override;

    QPlainTextEdit *promptsEdit() const { return m_prompts; }
    QSpinBox *samples() const { return m_samples; }
    GridRunner *runner() const { return m_runner; }
    GridTableModel *table() const { return m_table; }
    GridRuns *runs() const { return m_runs; }
    void startNew();
    void showRun(qint64 runId);
    // Writes the shown run as a PNG sheet or (".html") a page; false with *error.
    bool exportTo(const QString &path, QString *error);

signals:
    void openImage(const QString &imageId);
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void configureWidgets();
    void connectSetupSignals();
    void connectRunSignals();
    QWidget *buildSetupPanel();
    QWidget *buildResultsPanel();
    void buildLayout();
    void refreshRuns();
    QString runLabel(const GridRunInfo &run) const;
    void updateControls();
    void exportSheet(bool html);
    void retranslate();

    UpstreamClient *m_client;
    ImageStore *m_store;
    const ModelCatalog *m_catalog;
    ModelStats *m_stats;
    RequestLog *m_log;
    AppSettings *m_settings;
    GridRuns *m_runs;
    GridRunner *m_runner = nullptr;
    GridTableModel *m_table;
    QPlainTextEdit *m_prompts;
    QPushButton *m_loadPrompts;
    const ModelPicker *m_models;
    QSpinBox *m_samples;
    QSpinBox *m_concurrency;
    QPushButton *m_start;
    QComboBox *m_runList;
    QPushButton *m_pause;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_export; // its menu: the contact sheet or the page
    QAction *m_exportPng;
    QAction *m_exportHtml;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_samplesLabel;
    QLabel *m_concurrencyLabel;
    QTableView *m_view;
};
