#pragma once

#include "keys/SourceHeaders.h"
#include "upstream/UpstreamSource.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

// One source of the Sources page: which provider it serves (or all), the public site or a
// deployment's URL, and an optional extra header (its value a secret, shown masked).
class SourceEditDialog : public QDialog
{
    Q_OBJECT
public:
    struct Entry
    {
        QString provider; // "*" for every provider
        UpstreamSource source;
    };

    SourceEditDialog(const Entry &entry, QWidget *parent = nullptr);

    Entry entry() const;
    // Validates; on a bad value says which (Dialogs::warning) and returns false.
    bool validate();

private:
    void updateKind();

    QComboBox *m_provider;
    QComboBox *m_kind;
    QLineEdit *m_url;
    QLineEdit *m_headerName;
    QLineEdit *m_headerValue;
    QLabel *m_publicNote;
};
