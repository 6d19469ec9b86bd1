#pragma once

#include <QMessageBox>
#include <QString>

#include <optional>

class QWidget;

// Every question, warning and file choice the studio puts to the person, in one place, so
// that tests answer them directly instead of finding and clicking modal windows. A test
// sets the next answer before the action; with none set, the real dialog opens.
// (KeePassXC's MessageBox and FileDialog work the same way.)
namespace Dialogs {

QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                     QMessageBox::StandardButtons buttons = QMessageBox::Yes |
                                                                            QMessageBox::No);
void warning(QWidget *parent, const QString &title, const QString &text);
// Asks before something that cannot be undone; `action` names the destructive button and
// Cancel is the default. True when the person chose `action` (a test: Yes).
bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &action);

// An empty string: the person cancelled.
QString saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                     const QString &filter, QString *selectedFilter = nullptr);
QString openFileName(QWidget *parent, const QString &caption, const QString &folder,
                     const QString &filter);
QString existingFolder(QWidget *parent, const QString &caption, const QString &folder);
// nullopt: the person cancelled.
std::optional<QString> text(QWidget *parent, const QString &title, const QString &label,
                            const QString &initial);

// Tests: the answer the next dialog of its kind gets, without opening. An empty file name
// or a nullopt text is a cancel.
void setNextAnswer(QMessageBox::StandardButton answer);
// Tests: the answer every question and confirmation gets from now on (nullopt: none).
void setStandingAnswer(std::optional<QMessageBox::StandardButton> answer);
void setNextFileName(const QString &path);
void setNextText(const std::optional<QString> &text);
// Tests: the file type the last save dialog showed first.
QString takeOfferedFilter();
// Tests: the warnings shown since the last call ("title: text"), whether answered or not.
QStringList takeWarnings();

} // namespace Dialogs
