#pragma once

#include "generation/ModelCatalog.h"

#include <QSet>
#include <QWidget>

#include <memory>

namespace Ui {
class PromptPanel;
}
class AppSettings;
class ModelPicker;

// Where a generation is set up: the prompt (Ctrl+Enter generates, Up/Down walk the
// history), suggestions, the model picker, the image count, the shape, Generate and
// Cancel. Ctrl+Enter and Esc work from anywhere in the window: MainWindow's actions. The
// picker in it is the studio's one: the arena and grids take its checked models.
class PromptPanel : public QWidget
{
    Q_OBJECT
public:
    PromptPanel(ModelPicker *picker, AppSettings *settings, QWidget *parent = nullptr);
    ~PromptPanel() override;

    // Sample prompts to start from, in the interface language.
    static QStringList suggestions();

    QString prompt() const;
    void setPrompt(const QString &prompt);
    int imageCount() const;
    // The chosen shape as a ratio ("16:9"), remembered across runs.
    QString imageShape() const;
    // The providers whose first source is direct (the user's own keys): only they honour
    // the shape, and the panel says so when a chosen model goes elsewhere.
    void setDirectProviders(const QSet<QString> &providers);
    ModelPicker *picker() const { return m_picker; }
    // The arena and the grids share the picker but have prompts of their own: there the
    // panel shows the picker alone.
    void setGenerationControlsVisible(bool visible);
    void setBusy(bool busy);
    // Validates and, if all is well, emits generateRequested; else shows why.
    void requestGenerate();
    // Emits cancelRequested while something is running.
    void requestCancel();

signals:
    void generateRequested(const QString &prompt, const QList<ModelInfo> &models, int count,
                           const QString &shape);
    void cancelRequested();
    void problem(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void remember(const QString &prompt);
    void rebuildHistoryMenu();
    void showSuggestions();
    void stepHistory(int direction);
    void fillShapes();
    void showShapeNote();
    void retranslate();

    std::unique_ptr<Ui::PromptPanel> m_ui;
    ModelPicker *m_picker;
    AppSettings *m_settings;
    QStringList m_history;
    QSet<QString> m_directProviders;
    int m_historyIndex = -1;
    bool m_generationControlsVisible = true;
    int m_suggestionOffset = 0;
};
