#pragma once

#include <QStyledItemDelegate>
#include <QWidget>

class GalleryModel;
class ImageActions;
class ModelCatalog;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
struct ImageRecord;

// Paints a gallery tile: the thumbnail, a badge on images that API clients made, and the
// prompt's first line.
class GalleryDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    static constexpr int tileSide = 168;
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

// The gallery tab: filter by prompt text and model, a thumbnail grid, and the actions on
// the selected image (context menu, Enter opens, Delete deletes, drag out to other apps).
class GalleryView : public QWidget
{
    Q_OBJECT
public:
    GalleryView(GalleryModel *model, const ModelCatalog *catalog, ImageActions *actions,
                QWidget *parent = nullptr);

    QListView *list() const { return m_list; }
    GalleryModel *model() const { return m_model; }

signals:
    void openImage(const QString &imageId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter();
    void showContextMenu(const QPoint &pos);
    void updateCount();
    void retranslate();
    bool currentRecord(ImageRecord *record) const;

    GalleryModel *m_model;
    const ModelCatalog *m_catalog;
    ImageActions *m_actions;
    QLineEdit *m_filter;
    QComboBox *m_modelFilter;
    QLabel *m_count;
    QListView *m_list;
    QLabel *m_empty;
};
