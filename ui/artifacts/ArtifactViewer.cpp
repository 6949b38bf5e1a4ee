#include "artifacts/ArtifactViewer.h"

#include "artifacts/CodeView.h"
#include "artifacts/DiffView.h"
#include "artifacts/ProblemsPane.h"
#include "artifacts/SearchBar.h"
#include "dialogs/ExportDialog.h"
#include "diff/JobDiff.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace kg {

namespace {

constexpr int ArtifactIndexRole = Qt::UserRole;
constexpr int PathRole = Qt::UserRole + 1;
const char *const TabKeyProperty = "kgTabKey";

QString fileKey(const QString &path)
{
    return QStringLiteral("file:") + path;
}

/// The Kubernetes kinds declared in a YAML file ("Deployment, Service"), else its language.
QString kindsOf(const Artifact &a)
{
    if (a.type == Artifact::Type::Directory)
        return {};
    if (a.type == Artifact::Type::Metadata)
        return ArtifactViewer::tr("metadata");
    if (a.language.compare(QLatin1String("yaml"), Qt::CaseInsensitive) == 0) {
        static const QRegularExpression kind(QStringLiteral("^kind:\\s*([A-Za-z0-9]+)\\s*$"),
                                             QRegularExpression::MultilineOption);
        QStringList kinds;
        // The first 256 KiB are plenty; a 10 MiB file should not stall the tree.
        const QString head = QString::fromUtf8(a.content.left(256 * 1024));
        auto it = kind.globalMatch(head);
        while (it.hasNext()) {
            const QString k = it.next().captured(1);
            if (!kinds.contains(k))
                kinds << k;
        }
        if (!kinds.isEmpty())
            return kinds.join(QStringLiteral(", "));
    }
    return a.language;
}

/// A path that may hold control characters, shown safely.
QString displayPath(const QString &path)
{
    QString out;
    for (const QChar c : path) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += QStringLiteral("\\x%1").arg(int(c.unicode()), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

QString severityLabel(ReportItem::Severity s)
{
    switch (s) {
    case ReportItem::Severity::Error:
        return ArtifactViewer::tr("Error");
    case ReportItem::Severity::Warning:
        return ArtifactViewer::tr("Warning");
    case ReportItem::Severity::Info:
        break;
    }
    return ArtifactViewer::tr("Info");
}

/// The generation report as Markdown, grouped by category.
QString reportMarkdown(const GenerationReport &report, const ArtifactList &artifacts,
                       const QString &title)
{
    QString md = QStringLiteral("# ") + ArtifactViewer::tr("Generation report") + QLatin1Char('\n');
    if (!title.isEmpty())
        md += QLatin1Char('\n') + title + QLatin1Char('\n');
    md += QLatin1Char('\n') + ArtifactViewer::tr("%n file(s), ", nullptr, int(artifacts.size()))
          + ArtifactViewer::tr("%n error(s), ", nullptr, report.count(ReportItem::Severity::Error))
          + ArtifactViewer::tr("%n warning(s)", nullptr, report.count(ReportItem::Severity::Warning))
          + QLatin1Char('\n');
    QStringList categories;
    for (const ReportItem &item : report.items) {
        if (!categories.contains(item.category))
            categories << item.category;
    }
    for (const QString &category : std::as_const(categories)) {
        md += QStringLiteral("\n## ")
              + (category.isEmpty() ? ArtifactViewer::tr("Other") : category)
              + QStringLiteral("\n\n");
        for (const ReportItem &item : report.items) {
            if (item.category != category)
                continue;
            md += QStringLiteral("- ");
            if (item.severity != ReportItem::Severity::Info)
                md += QStringLiteral("**") + severityLabel(item.severity) + QStringLiteral("** ");
            if (!item.nodeId.isEmpty())
                md += QLatin1Char('`') + item.nodeId + QStringLiteral("`: ");
            md += item.message + QLatin1Char('\n');
        }
    }
    if (report.items.isEmpty())
        md += QLatin1Char('\n') + ArtifactViewer::tr("Nothing to report.") + QLatin1Char('\n');
    md += QStringLiteral("\n## ") + ArtifactViewer::tr("Files") + QStringLiteral("\n\n");
    for (const Artifact &a : artifacts) {
        md += QStringLiteral("- `") + displayPath(a.path) + QLatin1Char('`');
        if (!a.sourceNodeId.isEmpty())
            md += QStringLiteral(" ← `") + a.sourceNodeId + QLatin1Char('`');
        if (!a.unsafeReason.isEmpty())
            md += QStringLiteral(" — ") + ArtifactViewer::tr("unsafe path: %1").arg(a.unsafeReason);
        md += QLatin1Char('\n');
    }
    return md;
}

/// A file tab: an information bar (shown for files too big to highlight automatically) above
/// the code view.
class CodeTab : public QWidget
{
public:
    explicit CodeTab(QWidget *parent)
        : QWidget(parent)
        , m_view(new CodeView(this))
        , m_bar(new QWidget(this))
    {
        auto *label = new QLabel(m_bar);
        label->setObjectName(QStringLiteral("highlightNotice"));
        auto *button = new QPushButton(ArtifactViewer::tr("&Highlight anyway"), m_bar);
        button->setObjectName(QStringLiteral("highlightAnyway"));
        auto *barLayout = new QHBoxLayout(m_bar);
        barLayout->setContentsMargins(6, 2, 6, 2);
        barLayout->addWidget(label, 1);
        barLayout->addWidget(button);
        m_bar->setAutoFillBackground(true);
        m_bar->setBackgroundRole(QPalette::ToolTipBase);
        m_bar->hide();
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(0);
        layout->addWidget(m_bar);
        layout->addWidget(m_view, 1);
        QObject::connect(m_view, &CodeView::highlightingSuspended, m_bar, [this, label](int lines) {
            label->setText(ArtifactViewer::tr("This file has %1 lines; highlighting is off to keep "
                                              "the viewer responsive.")
                                   .arg(QLocale().toString(lines)));
            m_bar->show();
        });
        QObject::connect(button, &QPushButton::clicked, m_bar, [this] {
            m_view->highlightAnyway();
            m_bar->hide();
            m_view->setFocus();
        });
        setFocusProxy(m_view);
    }
    CodeView *view() const { return m_view; }

private:
    CodeView *m_view;
    QWidget *m_bar;
};

} // namespace

ArtifactViewer::ArtifactViewer(QWidget *parent)
    : QWidget(parent)
    , m_toolBar(new QToolBar(this))
    , m_tree(new QTreeWidget(this))
    , m_tabs(new QTabWidget(this))
    , m_searchBar(new SearchBar(this))
    , m_problemsPane(new ProblemsPane(this))
{
    setObjectName(QStringLiteral("artifactViewer"));
    m_toolBar->setObjectName(QStringLiteral("artifactToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_tree->setObjectName(QStringLiteral("artifactTree"));
    m_tree->setAccessibleName(tr("Generated files"));
    m_tree->setAccessibleDescription(tr("Files of the job: folder, name, Kubernetes kinds, size"));
    m_tree->setHeaderLabels({tr("Name"), tr("Kind"), tr("Size")});
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tabs->setObjectName(QStringLiteral("artifactTabs"));
    m_tabs->setAccessibleName(tr("Open files"));
    m_tabs->setTabsClosable(true);
    m_tabs->setDocumentMode(true);
    m_tabs->setMovable(true);
    m_searchBar->hide();

    auto *codeArea = new QWidget(this);
    auto *codeLayout = new QVBoxLayout(codeArea);
    codeLayout->setContentsMargins(0, 0, 0, 0);
    codeLayout->setSpacing(0);
    codeLayout->addWidget(m_tabs, 1);
    codeLayout->addWidget(m_searchBar);

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(codeArea);
    right->addWidget(m_problemsPane);
    right->setStretchFactor(0, 4);
    right->setStretchFactor(1, 1);
    // Stretch factors only share out extra space; start with the code clearly in front.
    right->setSizes({480, 120});
    auto *main = new QSplitter(Qt::Horizontal, this);
    main->addWidget(m_tree);
    main->addWidget(right);
    main->setStretchFactor(0, 1);
    main->setStretchFactor(1, 3);
    main->setSizes({330, 770});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(main, 1);

    createActions();

    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) { treeItemChanged(item); });
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        QWidget *page = m_tabs->widget(index);
        m_tabs->removeTab(index);
        page->deleteLater();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int current) {
        // A big file loads only while its tab is shown: switching to another file stops it
        // (the work is dropped), coming back starts it again.
        for (int i = 0; i < m_tabs->count(); ++i) {
            if (CodeView *view = codeViewAt(i)) {
                if (i == current)
                    view->resumeLoading();
                else
                    view->pauseLoading();
            }
        }
        updateActions();
        // The find bar searches code tabs; a diff tab has its own navigation.
        if (!currentCodeView())
            m_searchBar->hide();
        else if (m_searchBar->isVisible())
            searchCurrent();
    });
    connect(m_problemsPane, &ProblemsPane::problemActivated, this, &ArtifactViewer::jumpToProblem);
    connect(m_searchBar, &SearchBar::searchChanged, this, &ArtifactViewer::searchCurrent);
    connect(m_searchBar, &SearchBar::nextRequested, m_actions.value(QStringLiteral("find-next")),
            &QAction::trigger);
    connect(m_searchBar, &SearchBar::previousRequested,
            m_actions.value(QStringLiteral("find-previous")), &QAction::trigger);
    connect(m_searchBar, &SearchBar::closed, this, [this] {
        if (CodeView *view = currentCodeView()) {
            view->setSearchText(QString());
            view->setFocus();
        }
    });
    updateActions();
}

ArtifactViewer::~ArtifactViewer() = default;

void ArtifactViewer::createActions()
{
    auto add = [this](const QString &id, const QString &text, const QKeySequence &shortcut,
                      auto slot) {
        auto *action = new QAction(text, this);
        action->setObjectName(QStringLiteral("action") + id);
        if (!shortcut.isEmpty()) {
            action->setShortcut(shortcut);
            action->setToolTip(
                    QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')),
                                                  shortcut.toString(QKeySequence::NativeText)));
        }
        // Scoped to the viewer: the same keys may mean something else elsewhere in the window.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_actions.insert(QStringLiteral("find"),
                     add(QStringLiteral("Find"), tr("&Find…"), QKeySequence::Find, [this] {
                         CodeView *view = currentCodeView();
                         const QString selected = view ? view->textCursor().selectedText()
                                                       : QString();
                         m_searchBar->activate(selected.contains(QChar::ParagraphSeparator)
                                                       ? QString()
                                                       : selected);
                         searchCurrent();
                     }));
    m_actions.insert(QStringLiteral("find-next"),
                     add(QStringLiteral("FindNext"), tr("Find &Next"), QKeySequence(Qt::Key_F3),
                         [this] {
                             if (CodeView *view = currentCodeView()) {
                                 if (view->searchText() != m_searchBar->text())
                                     searchCurrent();
                                 else
                                     view->findNext();
                             }
                         }));
    m_actions.insert(QStringLiteral("find-previous"),
                     add(QStringLiteral("FindPrevious"), tr("Find &Previous"),
                         QKeySequence(Qt::SHIFT | Qt::Key_F3), [this] {
                             if (CodeView *view = currentCodeView()) {
                                 if (view->searchText() != m_searchBar->text())
                                     searchCurrent();
                                 view->findPrevious();
                             }
                         }));
    m_actions.insert(QStringLiteral("go-to-line"),
                     add(QStringLiteral("GoToLine"), tr("&Go to Line…"),
                         QKeySequence(Qt::CTRL | Qt::Key_G), [this] { goToLineInteractive(); }));
    m_actions.insert(QStringLiteral("copy"),
                     add(QStringLiteral("Copy"), tr("&Copy"), QKeySequence::Copy, [this] {
                         if (CodeView *view = currentCodeView())
                             view->copy();
                     }));
    m_actions.insert(QStringLiteral("copy-file"),
                     add(QStringLiteral("CopyFile"), tr("Copy &File Contents"),
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), [this] {
                             if (CodeView *view = currentCodeView())
                                 QApplication::clipboard()->setText(view->code());
                         }));
    QAction *wrap = add(QStringLiteral("WordWrap"), tr("&Word Wrap"),
                        QKeySequence(Qt::ALT | Qt::Key_Z), [this](bool on) {
                            for (int i = 0; i < m_tabs->count(); ++i) {
                                if (CodeView *view = codeViewAt(i))
                                    view->setWordWrap(on);
                            }
                        });
    wrap->setCheckable(true);
    m_actions.insert(QStringLiteral("word-wrap"), wrap);
    m_actions.insert(QStringLiteral("report"),
                     add(QStringLiteral("ShowReport"), tr("&Report"),
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), [this] { showReport(); }));
    m_actions.insert(QStringLiteral("compare-folder"),
                     add(QStringLiteral("CompareWithFolder"), tr("Compare with F&older…"),
                         QKeySequence(), [this] { compareWithFolder(); }));
    m_actions.insert(QStringLiteral("export"), add(QStringLiteral("Export"), tr("&Export…"),
                                                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                                                   [this] { exportArtifacts(); }));
    m_actions.insert(QStringLiteral("close-tab"),
                     add(QStringLiteral("CloseTab"), tr("&Close Tab"), QKeySequence::Close, [this] {
                         if (m_tabs->currentIndex() >= 0)
                             Q_EMIT m_tabs->tabCloseRequested(m_tabs->currentIndex());
                     }));
    m_actions.insert(QStringLiteral("focus-files"),
                     add(QStringLiteral("FocusFiles"), tr("Focus File &Tree"),
                         QKeySequence(Qt::ALT | Qt::Key_1), [this] { m_tree->setFocus(); }));
    m_actions.insert(QStringLiteral("focus-problems"),
                     add(QStringLiteral("FocusProblems"), tr("Focus &Problems"),
                         QKeySequence(Qt::ALT | Qt::Key_2),
                         [this] { m_problemsPane->list()->setFocus(); }));

    for (const char *id : {"find", "go-to-line", "word-wrap", "report", "compare-folder", "export"})
        m_toolBar->addAction(m_actions.value(QLatin1String(id)));
}

QList<QAction *> ArtifactViewer::viewerActions() const
{
    return actions();
}

void ArtifactViewer::updateActions()
{
    const bool hasCode = currentCodeView() != nullptr;
    for (const char *id : {"find", "find-next", "find-previous", "go-to-line", "copy", "copy-file"})
        m_actions.value(QLatin1String(id))->setEnabled(hasCode);
    m_actions.value(QStringLiteral("export"))->setEnabled(!m_artifacts.isEmpty());
    m_actions.value(QStringLiteral("compare-folder"))->setEnabled(!m_artifacts.isEmpty());
    m_actions.value(QStringLiteral("close-tab"))->setEnabled(m_tabs->count() > 0);
}

void ArtifactViewer::setArtifacts(const ArtifactList &artifacts, const GenerationReport &report,
                                  const QString &title)
{
    m_artifacts = artifacts;
    m_report = report;
    m_title = title;
    m_validationProblems.clear();
    while (m_tabs->count() > 0) {
        QWidget *page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        page->deleteLater();
    }
    fillTree();
    refreshProblems();
    updateActions();
}

void ArtifactViewer::setProblems(const ArtifactProblemList &problems)
{
    m_validationProblems = problems;
    refreshProblems();
}

ArtifactProblemList ArtifactViewer::allProblems() const
{
    return m_validationProblems + problemsFromReport(m_report, m_artifacts);
}

void ArtifactViewer::setLayoutRenderer(const QStringList &layouts, LayoutRenderer renderer)
{
    m_layouts = layouts;
    m_renderer = std::move(renderer);
}

void ArtifactViewer::fillTree()
{
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    QHash<QString, QTreeWidgetItem *> folders;
    const QIcon folderIcon = style()->standardIcon(QStyle::SP_DirIcon);
    const QIcon fileIcon = style()->standardIcon(QStyle::SP_FileIcon);
    auto folderFor = [&](const QString &folderPath) -> QTreeWidgetItem * {
        if (folderPath.isEmpty())
            return nullptr;
        QTreeWidgetItem *parent = nullptr;
        QString sofar;
        for (const QString &segment : folderPath.split(QLatin1Char('/'))) {
            sofar += (sofar.isEmpty() ? QString() : QStringLiteral("/")) + segment;
            QTreeWidgetItem *&item = folders[sofar];
            if (!item) {
                item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
                item->setText(0, segment);
                item->setIcon(0, folderIcon);
                item->setData(0, ArtifactIndexRole, -1);
                item->setData(0, PathRole, sofar);
                item->setExpanded(true);
            }
            parent = item;
        }
        return parent;
    };
    for (int i = 0; i < m_artifacts.size(); ++i) {
        const Artifact &a = m_artifacts[i];
        if (a.type == Artifact::Type::Directory && a.unsafeReason.isEmpty()) {
            folderFor(a.path);
            continue;
        }
        QTreeWidgetItem *item = nullptr;
        if (a.unsafeReason.isEmpty()) {
            const qsizetype slash = a.path.lastIndexOf(QLatin1Char('/'));
            QTreeWidgetItem *parent = folderFor(slash > 0 ? a.path.left(slash) : QString());
            item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
            item->setText(0, a.path.mid(slash + 1));
            item->setIcon(0, fileIcon);
        } else {
            // An unsafe path is shown whole at the top level: its segments mean nothing.
            item = new QTreeWidgetItem(m_tree);
            item->setText(0, displayPath(a.path));
            item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxCritical));
            QFont italic = item->font(0);
            italic.setItalic(true);
            item->setFont(0, italic);
            item->setToolTip(0,
                             tr("unsafe path: %1 (viewable, never exported)").arg(a.unsafeReason));
        }
        item->setData(0, ArtifactIndexRole, i);
        item->setData(0, PathRole, a.path);
        item->setText(1, kindsOf(a));
        item->setText(2, QLocale().formattedDataSize(a.content.size()));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_tree->sortItems(0, Qt::AscendingOrder);
}

void ArtifactViewer::refreshProblems()
{
    const ArtifactProblemList problems = allProblems();
    m_problemsPane->setProblems(problems);
    // Badges: the worst severity of each file's problems on its tree item.
    QHash<QString, QPair<int, int>> worst; // path → (rank, count)
    for (const ArtifactProblem &p : problems) {
        auto &entry = worst[p.path];
        const int rank = p.severity == ArtifactProblem::Severity::Error     ? 2
                         : p.severity == ArtifactProblem::Severity::Warning ? 1
                                                                            : 0;
        entry.first = qMax(entry.first, rank);
        ++entry.second;
    }
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        QTreeWidgetItem *item = *it;
        const int index = item->data(0, ArtifactIndexRole).toInt();
        if (index < 0 || !m_artifacts[index].unsafeReason.isEmpty())
            continue;
        const auto badge = worst.value(m_artifacts[index].path, qMakePair(-1, 0));
        if (badge.second == 0) {
            item->setIcon(0, style()->standardIcon(QStyle::SP_FileIcon));
            item->setToolTip(0, QString());
            continue;
        }
        item->setIcon(0, style()->standardIcon(badge.first == 2 ? QStyle::SP_MessageBoxCritical
                                                                : QStyle::SP_MessageBoxWarning));
        item->setToolTip(0, tr("%n problem(s)", nullptr, badge.second));
    }
    for (int i = 0; i < m_tabs->count(); ++i) {
        const QString key = m_tabs->widget(i)->property(TabKeyProperty).toString();
        if (!key.startsWith(QLatin1String("file:")))
            continue;
        ArtifactProblemList mine;
        for (const ArtifactProblem &p : problems) {
            if (fileKey(p.path) == key)
                mine << p;
        }
        codeViewAt(i)->setProblems(mine);
    }
}

int ArtifactViewer::tabOf(const QString &key) const
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->property(TabKeyProperty).toString() == key)
            return i;
    }
    return -1;
}

CodeView *ArtifactViewer::codeViewAt(int tabIndex) const
{
    QWidget *page = m_tabs->widget(tabIndex);
    if (!page || qobject_cast<DiffView *>(page))
        return nullptr;
    if (auto *view = qobject_cast<CodeView *>(page))
        return view;
    return page->findChild<CodeView *>();
}

CodeView *ArtifactViewer::currentCodeView() const
{
    return codeViewAt(m_tabs->currentIndex());
}

QString ArtifactViewer::currentPath() const
{
    QWidget *page = m_tabs->currentWidget();
    const QString key = page ? page->property(TabKeyProperty).toString() : QString();
    return key.startsWith(QLatin1String("file:")) ? key.mid(5) : QString();
}

bool ArtifactViewer::openArtifact(const QString &path, int line, int column)
{
    int index = -1;
    for (int i = 0; i < m_artifacts.size(); ++i) {
        if (m_artifacts[i].path == path && m_artifacts[i].type != Artifact::Type::Directory) {
            index = i;
            break;
        }
    }
    if (index < 0)
        return false;
    const Artifact &a = m_artifacts[index];
    int tab = tabOf(fileKey(path));
    if (tab < 0) {
        auto *page = new CodeTab(m_tabs);
        page->setProperty(TabKeyProperty, fileKey(path));
        CodeView *view = page->view();
        view->setAccessibleName(tr("Contents of %1").arg(displayPath(path)));
        view->setWordWrap(m_actions.value(QStringLiteral("word-wrap"))->isChecked());
        view->setCode(QString::fromUtf8(a.content), a.language, a.path);
        ArtifactProblemList mine;
        for (const ArtifactProblem &p : allProblems()) {
            if (p.path == path)
                mine << p;
        }
        view->setProblems(mine);
        connect(view, &CodeView::searchResultChanged, m_searchBar, &SearchBar::setResult);
        const QString name = displayPath(path.section(QLatin1Char('/'), -1));
        tab = m_tabs->addTab(page, name);
        m_tabs->setTabToolTip(tab, a.unsafeReason.isEmpty()
                                           ? displayPath(path)
                                           : tr("unsafe path: %1").arg(a.unsafeReason));
    }
    m_tabs->setCurrentIndex(tab);
    CodeView *view = codeViewAt(tab);
    if (line > 0)
        view->goToLine(line, qMax(1, column));
    // Keep the tree in step without re-entering (the tree's own change opens the file).
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, ArtifactIndexRole).toInt() == index) {
            if (m_tree->currentItem() != *it) {
                const QSignalBlocker blocker(m_tree);
                // From the canvas, keep the selection of all the node's artifacts.
                m_tree->setCurrentItem(*it, 0,
                                       m_selectingFromCanvas ? QItemSelectionModel::NoUpdate
                                                             : QItemSelectionModel::ClearAndSelect);
            }
            break;
        }
    }
    updateActions();
    return true;
}

void ArtifactViewer::showReport()
{
    int tab = tabOf(QStringLiteral("report"));
    if (tab < 0) {
        auto *view = new CodeView(m_tabs);
        view->setObjectName(QStringLiteral("reportView"));
        view->setAccessibleName(tr("Generation report"));
        view->setProperty(TabKeyProperty, QStringLiteral("report"));
        view->setWordWrap(true);
        view->setCode(reportMarkdown(m_report, m_artifacts, m_title), QStringLiteral("markdown"),
                      QStringLiteral("report.md"));
        connect(view, &CodeView::searchResultChanged, m_searchBar, &SearchBar::setResult);
        tab = m_tabs->addTab(view, tr("Report"));
    }
    m_tabs->setCurrentIndex(tab);
    updateActions();
}

DiffView *ArtifactViewer::compareWith(const ArtifactList &older, const QString &olderLabel)
{
    auto *diff = new DiffView(m_tabs);
    diff->setProperty(TabKeyProperty, QString(QStringLiteral("diff:") + olderLabel));
    diff->setJobs(older, m_artifacts, olderLabel, m_title.isEmpty() ? tr("this job") : m_title);
    const int tab = m_tabs->addTab(diff, tr("Diff: %1").arg(olderLabel));
    m_tabs->setTabToolTip(tab, diff->summaryText());
    m_tabs->setCurrentIndex(tab);
    updateActions();
    return diff;
}

void ArtifactViewer::compareWithFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Compare with Folder"));
    if (folder.isEmpty())
        return;
    const Result<ArtifactList> onDisk = JobDiff::readFolder(folder);
    if (!onDisk) {
        QMessageBox::warning(this, tr("Compare with Folder"), onDisk.error().toString());
        return;
    }
    compareWith(*onDisk, QDir(folder).dirName());
}

void ArtifactViewer::treeItemChanged(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const int index = item->data(0, ArtifactIndexRole).toInt();
    if (index < 0 || index >= m_artifacts.size())
        return;
    const QString nodeId = m_artifacts[index].sourceNodeId;
    openArtifact(m_artifacts[index].path);
    if (!nodeId.isEmpty() && !m_selectingFromCanvas)
        Q_EMIT nodeSelected(nodeId);
}

void ArtifactViewer::showArtifactsOfNode(const QString &nodeId)
{
    if (nodeId.isEmpty())
        return;
    m_selectingFromCanvas = true;
    QTreeWidgetItem *first = nullptr;
    {
        const QSignalBlocker blocker(m_tree);
        m_tree->clearSelection();
        for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
            const int index = (*it)->data(0, ArtifactIndexRole).toInt();
            if (index >= 0 && m_artifacts[index].sourceNodeId == nodeId) {
                (*it)->setSelected(true);
                if (!first)
                    first = *it;
            }
        }
    }
    if (first) {
        m_tree->scrollToItem(first);
        openArtifact(first->data(0, PathRole).toString());
    }
    m_selectingFromCanvas = false;
}

void ArtifactViewer::jumpToProblem(const ArtifactProblem &problem)
{
    if (problem.path.isEmpty() || !openArtifact(problem.path, problem.line, problem.column)) {
        showReport();
        return;
    }
    if (CodeView *view = currentCodeView())
        view->setFocus();
}

void ArtifactViewer::searchCurrent()
{
    CodeView *view = currentCodeView();
    if (!view)
        return;
    const int count = view->setSearchText(m_searchBar->text(), m_searchBar->caseSensitivity());
    m_searchBar->setResult(view->currentMatch(), count);
}

void ArtifactViewer::goToLineInteractive()
{
    CodeView *view = currentCodeView();
    if (!view)
        return;
    bool ok = false;
    const int line = QInputDialog::getInt(this, tr("Go to Line"),
                                          tr("Line (1–%1):").arg(view->lineCount()),
                                          view->currentLine(), 1, view->lineCount(), 1, &ok);
    if (ok) {
        view->goToLine(line);
        view->setFocus();
    }
}

void ArtifactViewer::exportArtifacts()
{
    if (m_artifacts.isEmpty())
        return;
    ExportDialog dialog(m_artifacts, this);
    dialog.setSource(m_report.graphName);
    if (m_renderer)
        dialog.setLayoutRenderer(m_layouts, m_renderer);
    connect(&dialog, &ExportDialog::exported, this, &ArtifactViewer::exported);
    dialog.exec();
}

} // namespace kg
