#pragma once

#include <QDialog>
#include <QUrl>

#include <memory>

namespace Ui {
class SettingsDialog;
}
class AppContext;
class AppSettings;
class ModelCatalog;
class QLabel;
class SourcesPage;

// The persisted settings. Everything applies at once except the image folder, which is
// used from the next start.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(AppContext &context, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // Validates and saves; on a bad value says which and returns false.
    bool apply();
    void showSources();
    // Sources, with "Use my own keys" open on top.
    void showProviderKeys();
    SourcesPage *sourcesPage() const { return m_sources; }

signals:
    void applied();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showUpstreamOverride();
    void load();
    void fillChoices();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    AppSettings *m_settings;
    const ModelCatalog *m_catalog;
    SourcesPage *m_sources;
    QLabel *m_upstreamOverride = nullptr; // only when --upstream or the variable set one
    QUrl m_givenUpstream;
};
