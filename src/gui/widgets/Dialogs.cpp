#include "widgets/Dialogs.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>

#include <utility>

namespace {
// Set by tests only, read and cleared on the GUI thread.
struct NextAnswers
{
    std::optional<QMessageBox::StandardButton> answer;
    std::optional<QMessageBox::StandardButton> standingAnswer;
    std::optional<QString> fileName;
    std::optional<std::optional<QString>> text;
    QStringList warnings;
    QString offeredFilter;        // the file type a save dialog showed first
    bool answersWarnings = false; // a test is in charge: warnings do not open
};

NextAnswers &next()
{
    static NextAnswers answers;
    return answers;
}

template <typename T> std::optional<T> take(std::optional<T> &slot)
{
    std::optional<T> value;
    value.swap(slot);
    return value;
}

std::optional<QMessageBox::StandardButton> takeAnswer()
{
    if (auto answer = take(next().answer))
        return answer;
    return next().standingAnswer;
}
} // namespace

QMessageBox::StandardButton Dialogs::question(QWidget *parent, const QString &title,
                                              const QString &text,
                                              QMessageBox::StandardButtons buttons)
{
    if (const auto answer = takeAnswer())
        return *answer;
    return QMessageBox::question(parent, title, text, buttons);
}

bool Dialogs::confirm(QWidget *parent, const QString &title, const QString &text,
                      const QString &action)
{
    if (const auto answer = takeAnswer())
        return *answer == QMessageBox::Yes;
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Cancel, parent);
    QPushButton *yes = box.addButton(action, QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == yes;
}

void Dialogs::warning(QWidget *parent, const QString &title, const QString &text)
{
    next().warnings.append(title + QLatin1String(": ") + text);
    if (next().answersWarnings)
        return;
    QMessageBox::warning(parent, title, text);
}

QString Dialogs::saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                              const QString &filter, QString *selectedFilter)
{
    next().offeredFilter = selectedFilter ? *selectedFilter : QString();
    if (const auto path = take(next().fileName))
        return *path;
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter, selectedFilter);
}

QString Dialogs::openFileName(QWidget *parent, const QString &caption, const QString &folder,
                              const QString &filter)
{
    if (const auto path = take(next().fileName))
        return *path;
    return QFileDialog::getOpenFileName(parent, caption, folder, filter);
}

QString Dialogs::existingFolder(QWidget *parent, const QString &caption, const QString &folder)
{
    if (const auto path = take(next().fileName))
        return *path;
    return QFileDialog::getExistingDirectory(parent, caption, folder);
}

std::optional<QString> Dialogs::text(QWidget *parent, const QString &title, const QString &label,
                                     const QString &initial)
{
    if (const auto answer = take(next().text))
        return *answer;
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setTextValue(initial);
    // A window manager elides a title wider than the window ("New c…ection"); its title font
    // is often larger than the dialog's, hence the room beyond the title's own width.
    // (The dialog's layout owns its minimum size, so the width is given as its size.)
    dialog.adjustSize();
    dialog.resize(
        std::max(dialog.width(), dialog.fontMetrics().horizontalAdvance(title) * 3 / 2 + 160),
        dialog.height());
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.textValue();
}

void Dialogs::setNextAnswer(QMessageBox::StandardButton answer)
{
    next().answer = answer;
    next().answersWarnings = true;
}

void Dialogs::setStandingAnswer(std::optional<QMessageBox::StandardButton> answer)
{
    next().standingAnswer = answer;
}

void Dialogs::setNextFileName(const QString &path)
{
    next().fileName = path;
    next().answersWarnings = true;
}

void Dialogs::setNextText(const std::optional<QString> &text)
{
    next().text = text;
    next().answersWarnings = true;
}

QString Dialogs::takeOfferedFilter()
{
    return std::exchange(next().offeredFilter, QString());
}

QStringList Dialogs::takeWarnings()
{
    next().answersWarnings = true;
    return std::exchange(next().warnings, {});
}
