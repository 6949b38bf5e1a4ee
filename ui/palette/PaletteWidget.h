#pragma once

#include <QTreeWidget>
#include <QWidget>

class QLineEdit;

namespace kg::ui {

/// The tree of the palette: categories with their kinds. Kinds drag onto the canvas with the
/// GraphView::kindMimeType() payload.
class KindTree : public QTreeWidget
{
    Q_OBJECT

public:
    explicit KindTree(QWidget *parent = nullptr);
    /// The kind id of @p item, empty for a category row.
    static QString kindOf(const QTreeWidgetItem *item);
    /// What a drag of @p items carries (public for tests: a real drag runs a nested loop).
    QMimeData *mimeDataFor(const QList<QTreeWidgetItem *> &items) const { return mimeData(items); }

protected:
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QList<QTreeWidgetItem *> &items) const override;
};

/// The node palette dock content: every kind of the catalog grouped by category, a search
/// field that filters by name and description, drag onto the canvas to create, double-click
/// (or Enter) to add in the middle of the view.
class PaletteWidget : public QWidget
{
    Q_OBJECT

public:
    explicit PaletteWidget(QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    KindTree *tree() const { return m_tree; }
    /// The row of @p kindId, or nullptr.
    QTreeWidgetItem *itemForKind(const QString &kindId) const;
    /// Shows only kinds matching @p text (all when empty); returns how many are shown.
    int setFilter(const QString &text);

Q_SIGNALS:
    /// The user asked to add a node of @p kindId (double-click or Enter).
    void kindActivated(const QString &kindId);

private:
    void populate();

    QLineEdit *m_search;
    KindTree *m_tree;
};

} // namespace kg::ui
