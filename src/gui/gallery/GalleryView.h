#pragma once

#include "widgets/KeyBindings.h"

#include <QStyledItemDelegate>
#include <QWidget>

class GalleryCuration;
class GalleryModel;
class GallerySections;
class ImageActions;
class MessageBar;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QPushButton;
class QSlider;
class QTimer;
struct ImageRecord;

// Paints a gallery tile: the thumbnail, a star on starred images, a badge on images that
// API clients made, a note on images whose file went away, and the prompt's first line.
class GalleryDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    static constexpr int minimumTileSide = 168;
    static constexpr int maximumTileSide = 280; // thumbnails are 256 px
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Tiles share the view's width: as many columns as fit the wanted side, then wider.
    void fitWidth(int width);
    int tileSide() const { return m_tileSide; }
    // The side the person chose with the size slider (at least smallestTileSide).
    void setWantedSide(int side);
    static constexpr int smallestTileSide = 112;

private:
    int m_tileSide = minimumTileSide;
    int m_wantedSide = minimumTileSide;
    int m_width = 0;
};

// The gallery tab: sections (all, starred, collections, trash) on the side; filters by
// prompt text, model, source and date, and a sort order; a thumbnail grid with
// multi-selection (Ctrl/Shift-click, Ctrl+A, rubber band) and the actions on the
// selection (context menu, Enter opens, the keys of keyBindings(), drag out to other
// apps). A message bar offers Undo.
class GalleryView : public QWidget
{
    Q_OBJECT
public:
    // Its keys, for the shortcuts dialog.
    static QList<KeyBinding> keyBindings();
    GalleryView(GalleryModel *model, ImageActions *actions, GalleryCuration *curation,
                QWidget *parent = nullptr);

    QListView *list() const { return m_list; }
    GalleryModel *model() const { return m_model; }
    GallerySections *sections() const { return m_sections; }
    MessageBar *messageBar() const { return m_messageBar; }
    QStringList selectedIds() const;
    QSlider *tileSizeSlider() const { return m_tileSize; }
    QComboBox *modelFilter() const { return m_modelFilter; }

signals:
    void openImage(const QString &imageId);
    void compareImages(const QString &leftId, const QString &rightId);
    void exportRequested(const QList<ImageRecord> &records, const QString &name);
    void tileSideChanged(int side);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void connectKeys();
    void configureFilters();
    void configureList();
    void connectSignals();
    QWidget *buildContentPanel();
    QWidget *buildSidePanel();
    void buildLayout();
    void applyFilter();
    // The model filter lists the models that have images, with how many.
    void refreshModelFilter();
    void showContextMenu(const QPoint &pos);
    void addCollectionMenu(QMenu *menu, const QStringList &ids);
    void toggleStar(const QStringList &ids);
    void removeSelection();
    void updateCount();
    void retranslate();
    bool currentRecord(ImageRecord *record) const;
    bool inTrash() const;

    GalleryModel *m_model;
    ImageActions *m_actions;
    GalleryCuration *m_curation;
    GallerySections *m_sections;
    QLineEdit *m_filter;
    QComboBox *m_modelFilter;
    QSlider *m_tileSize;
    QTimer *m_modelCountsTimer;
    QComboBox *m_sourceFilter;
    QComboBox *m_dateFilter;
    QComboBox *m_sort;
    QLabel *m_count;
    QLabel *m_filtersLabel = nullptr;
    QPushButton *m_emptyTrash;
    MessageBar *m_messageBar;
    QListView *m_list;
    GalleryDelegate *m_delegate = nullptr;
    QLabel *m_empty;
};
