#pragma once

#include <QDateTime>
#include <QFrame>
#include <QList>
#include <QPointer>

class GenerationJob;
class ProviderIcons;
class QGridLayout;
class QLabel;
class ResultCard;

// One run in the results feed: a header with its prompt, models and time, then a card per
// image per model, side by side.
class ResultRun : public QFrame
{
    Q_OBJECT
public:
    ResultRun(const QList<GenerationJob *> &jobs, const ProviderIcons *icons,
              QWidget *parent = nullptr);

    QString prompt() const { return m_prompt; }
    QDateTime started() const { return m_started; }
    QList<ResultCard *> cards() const;
    int columns() const { return m_columns; }
    // Lays the shown cards out in `available` pixels of width, `spacing` apart, the whole
    // run no taller than `visibleHeight` while the cards can shrink.
    void layOut(int available, int visibleHeight, int spacing);
    // Columns for `cards` when `fitting` fit side by side: three at most in a row, more as a
    // square grid, rows as even as they can be (four go two by two).
    static int balancedColumns(int cards, int fitting);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_prompt;
    QStringList m_modelNames;
    QDateTime m_started;
    QLabel *m_title;
    QLabel *m_details;
    QGridLayout *m_grid;
    QList<QPointer<ResultCard>> m_cards;
    int m_columns = 0;
    QList<ResultCard *> m_laidOut; // those whose image went to the trash are not
};
