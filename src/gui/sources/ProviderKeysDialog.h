#pragma once

#include "keys/ProviderKeys.h"

#include <QDialog>
#include <QHash>

class AppContext;
class QLabel;
class QLineEdit;
class QPushButton;

// Settings > Sources > Use my own keys: the template's provider keys, kept in the OS
// keychain. OpenAI, Replicate and Fireworks take a key; Google takes the service-account
// JSON key file its console gives, and a region. A key given in the environment is shown
// as such and cannot be edited here (the environment wins).
class ProviderKeysDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ProviderKeysDialog(AppContext &context, QWidget *parent = nullptr);

    // Saves what changed into the keychain; false (and a warning shown) when it cannot.
    bool save();
    // The providers that have every key they need once saved.
    QStringList providersWithKeys() const;
    // Reads a Google key file as the "Choose..." button does (tests call it directly).
    bool loadGoogleKeyFile(const QString &path);

private:
    void addBearerRow(class QFormLayout *form, const QString &provider, const QString &label,
                      const QString &example);
    QString originText(const QString &provider) const;
    void showGoogleAccount();

    AppContext &m_context;
    ProviderKeys m_current;                  // what the run uses now
    ProviderKeys m_edited;                   // Google's values as chosen here
    QHash<QString, QLineEdit *> m_keyFields; // openai, replicate, fireworks
    QLabel *m_googleAccount;
    QLineEdit *m_googleLocation;
    QPushButton *m_googleFile;
    QLabel *m_problem;
};
