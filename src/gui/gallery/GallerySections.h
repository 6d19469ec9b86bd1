#pragma once

#include <QListWidget>

class GalleryCuration;
class ImageStore;
class QTimer;

// The gallery's sidebar: all images, starred, each collection, and the trash, with counts.
// Choosing one changes which images the gallery shows; its context menu manages
// collections and the trash.
class GallerySections : public QListWidget
{
    Q_OBJECT
public:
    enum class Kind { All, Starred, Collection, Trash };

    GallerySections(ImageStore *store, GalleryCuration *curation, QWidget *parent = nullptr);

    Kind currentKind() const;
    qint64 currentCollection() const; // 0 unless a collection is chosen
    void select(Kind kind, qint64 collectionId = 0);

signals:
    void sectionChanged();
    void exportCollectionRequested(qint64 id, const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void showMenu(const QPoint &pos);
    QIcon iconFor(Kind kind) const;
    QListWidgetItem *addSection(Kind kind, const QString &name, int count, qint64 collectionId);

    ImageStore *m_store;
    GalleryCuration *m_curation;
    bool m_refreshing = false;
    QTimer *m_addedRefresh; // coalesces the counts' refresh over a burst of new images
};
