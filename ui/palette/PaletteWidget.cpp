#include "palette/PaletteWidget.h"

#include "canvas/GraphView.h"
#include "canvas/KindIcons.h"
#include "model/NodeKindCatalog.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMimeData>
#include <QVBoxLayout>

namespace kg::ui {

namespace {
constexpr int KindRole = Qt::UserRole + 1;
constexpr int SearchRole = Qt::UserRole + 2;
} // namespace

KindTree::KindTree(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("paletteTree"));
    setHeaderHidden(true);
    setColumnCount(1);
    setIconSize(QSize(24, 24));
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setRootIsDecorated(true);
    setIndentation(12);
    setUniformRowHeights(true);
    setAnimated(true);
}

QString KindTree::kindOf(const QTreeWidgetItem *item)
{
    return item ? item->data(0, KindRole).toString() : QString();
}

QStringList KindTree::mimeTypes() const
{
    return {GraphView::kindMimeType()};
}

QMimeData *KindTree::mimeData(const QList<QTreeWidgetItem *> &items) const
{
    const QString kind = kindOf(items.value(0));
    if (kind.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(GraphView::kindMimeType(), kind.toUtf8());
    return mime;
}

PaletteWidget::PaletteWidget(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_tree(new KindTree(this))
{
    setObjectName(QStringLiteral("palette"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    m_search->setObjectName(QStringLiteral("paletteSearch"));
    m_search->setPlaceholderText(tr("Search kinds"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);
    layout->addWidget(m_tree);
    populate();

    connect(m_search, &QLineEdit::textChanged, this, &PaletteWidget::setFilter);
    // Enter in the search field adds the first match: keyboard-only node creation.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        for (int c = 0; c < m_tree->topLevelItemCount(); ++c) {
            QTreeWidgetItem *cat = m_tree->topLevelItem(c);
            for (int i = 0; i < cat->childCount(); ++i) {
                if (!cat->child(i)->isHidden()) {
                    Q_EMIT kindActivated(KindTree::kindOf(cat->child(i)));
                    return;
                }
            }
        }
    });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString kind = KindTree::kindOf(item);
        if (!kind.isEmpty())
            Q_EMIT kindActivated(kind);
    });
}

void PaletteWidget::populate()
{
    const NodeKindCatalog &catalog = NodeKindCatalog::instance();
    for (KindCategory category : NodeKindCatalog::categories()) {
        auto *cat = new QTreeWidgetItem(m_tree, {NodeKindCatalog::categoryName(category)});
        cat->setFlags(Qt::ItemIsEnabled);
        QFont f = cat->font(0);
        f.setBold(true);
        cat->setFont(0, f);
        for (const NodeKindInfo &kind : catalog.kinds()) {
            if (kind.category != category)
                continue;
            auto *item = new QTreeWidgetItem(cat, {kind.displayName});
            item->setIcon(0, KindIcons::icon(kind.id));
            item->setToolTip(0, kind.description);
            item->setStatusTip(0, kind.description);
            item->setData(0, KindRole, kind.id);
            item->setData(0, SearchRole,
                          QStringList{kind.displayName, kind.id, kind.description}.join(
                                  QLatin1Char(' ')));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
        }
        cat->setExpanded(true);
    }
}

QTreeWidgetItem *PaletteWidget::itemForKind(const QString &kindId) const
{
    for (int c = 0; c < m_tree->topLevelItemCount(); ++c) {
        QTreeWidgetItem *cat = m_tree->topLevelItem(c);
        for (int i = 0; i < cat->childCount(); ++i) {
            if (KindTree::kindOf(cat->child(i)).compare(kindId, Qt::CaseInsensitive) == 0)
                return cat->child(i);
        }
    }
    return nullptr;
}

int PaletteWidget::setFilter(const QString &text)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    int shown = 0;
    for (int c = 0; c < m_tree->topLevelItemCount(); ++c) {
        QTreeWidgetItem *cat = m_tree->topLevelItem(c);
        int visible = 0;
        for (int i = 0; i < cat->childCount(); ++i) {
            QTreeWidgetItem *item = cat->child(i);
            const QString hay = item->data(0, SearchRole).toString();
            bool match = true;
            for (const QString &w : words)
                match = match && hay.contains(w, Qt::CaseInsensitive);
            item->setHidden(!match);
            visible += match ? 1 : 0;
        }
        cat->setHidden(visible == 0);
        if (visible > 0 && !words.isEmpty())
            cat->setExpanded(true);
        shown += visible;
    }
    return shown;
}

} // namespace kg::ui
