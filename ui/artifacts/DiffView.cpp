#include "artifacts/DiffView.h"

#include "artifacts/CodeView.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBlock>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kg {

namespace {

/// Diff colours mixed into the base colour, so they read well on light and dark palettes.
QColor tint(const QPalette &palette, const QColor &hue, qreal strength)
{
    const QColor base = palette.color(QPalette::Base);
    return QColor::fromRgbF(base.redF() + (hue.redF() - base.redF()) * strength,
                            base.greenF() + (hue.greenF() - base.greenF()) * strength,
                            base.blueF() + (hue.blueF() - base.blueF()) * strength);
}

QColor addedColor(const QPalette &p)
{
    return tint(p, QColor(40, 180, 60), 0.25);
}
QColor removedColor(const QPalette &p)
{
    return tint(p, QColor(220, 50, 50), 0.25);
}
QColor changedColor(const QPalette &p)
{
    return tint(p, QColor(230, 170, 20), 0.25);
}

void syncScrollBars(QScrollBar *a, QScrollBar *b)
{
    QObject::connect(a, &QScrollBar::valueChanged, b, &QScrollBar::setValue);
    QObject::connect(b, &QScrollBar::valueChanged, a, &QScrollBar::setValue);
}

} // namespace

DiffView::DiffView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_modeBox(new QComboBox(this))
    , m_hideUnchanged(new QCheckBox(tr("&Hide unchanged files"), this))
    , m_files(new QTreeWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_left(new CodeView(this))
    , m_right(new CodeView(this))
    , m_unified(new CodeView(this))
{
    setObjectName(QStringLiteral("diffView"));
    m_summary->setObjectName(QStringLiteral("diffSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_modeBox->setObjectName(QStringLiteral("diffMode"));
    m_modeBox->addItem(tr("Side by side"));
    m_modeBox->addItem(tr("Unified"));
    m_modeBox->setAccessibleName(tr("Diff layout"));
    m_hideUnchanged->setObjectName(QStringLiteral("diffHideUnchanged"));
    m_hideUnchanged->setChecked(true);
    m_files->setObjectName(QStringLiteral("diffFiles"));
    m_files->setAccessibleName(tr("Compared files"));
    m_files->setRootIsDecorated(false);
    m_files->setUniformRowHeights(true);
    m_files->setHeaderLabels({tr("File"), tr("Change"), tr("Lines")});
    m_files->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_files->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_files->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_left->setObjectName(QStringLiteral("diffLeft"));
    m_left->setAccessibleName(tr("Older version"));
    m_right->setObjectName(QStringLiteral("diffRight"));
    m_right->setAccessibleName(tr("Newer version"));
    m_unified->setObjectName(QStringLiteral("diffUnified"));
    m_unified->setAccessibleName(tr("Unified diff"));

    auto *sideBySide = new QSplitter(Qt::Horizontal, this);
    sideBySide->addWidget(m_left);
    sideBySide->addWidget(m_right);
    syncScrollBars(m_left->verticalScrollBar(), m_right->verticalScrollBar());
    syncScrollBars(m_left->horizontalScrollBar(), m_right->horizontalScrollBar());
    // Big files are loaded in the background and the sides may arrive one after the other:
    // once both are there, the left one takes the position of the right one (the active side,
    // which may have gone to the first change already).
    const auto alignSides = [this] {
        if (!m_left->isLoading() && !m_right->isLoading())
            m_left->verticalScrollBar()->setValue(m_right->verticalScrollBar()->value());
    };
    connect(m_left, &CodeView::loaded, this, alignSides);
    connect(m_right, &CodeView::loaded, this, alignSides);
    m_stack->addWidget(sideBySide);
    m_stack->addWidget(m_unified);

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_hideUnchanged);
    top->addWidget(m_modeBox);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_files);
    split->addWidget(m_stack);
    split->setStretchFactor(1, 3);
    split->setSizes({300, 700});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    m_nextChange = new QAction(tr("Next Change"), this);
    m_nextChange->setObjectName(QStringLiteral("actionNextChange"));
    m_nextChange->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    m_nextChange->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_nextChange, &QAction::triggered, this, &DiffView::nextChange);
    m_previousChange = new QAction(tr("Previous Change"), this);
    m_previousChange->setObjectName(QStringLiteral("actionPreviousChange"));
    m_previousChange->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_previousChange->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_previousChange, &QAction::triggered, this, &DiffView::previousChange);
    addAction(m_nextChange);
    addAction(m_previousChange);

    connect(m_modeBox, &QComboBox::currentIndexChanged, this,
            [this](int index) { setMode(index == 0 ? Mode::SideBySide : Mode::Unified); });
    connect(m_hideUnchanged, &QCheckBox::toggled, this, &DiffView::fillFileList);
    connect(m_files, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            showFile(item->data(0, Qt::UserRole).toString());
    });
}

void DiffView::setJobs(const ArtifactList &older, const ArtifactList &newer,
                       const QString &olderLabel, const QString &newerLabel)
{
    m_older = older;
    m_newer = newer;
    m_olderLabel = olderLabel;
    m_newerLabel = newerLabel;
    m_diff = JobDiff::compare(older, newer);
    m_summary->setText(
            tr("<b>%1</b> → <b>%2</b>: %3")
                    .arg(olderLabel.toHtmlEscaped(), newerLabel.toHtmlEscaped(), summaryText()));
    m_currentPath.clear();
    fillFileList();
}

QString DiffView::summaryText() const
{
    if (m_diff.isIdentical())
        return tr("no differences (%n file(s))", nullptr, m_diff.count(FileChange::Kind::Unchanged));
    return tr("%1 changed, %2 added, %3 removed, %4 unchanged")
            .arg(m_diff.count(FileChange::Kind::Changed))
            .arg(m_diff.count(FileChange::Kind::Added))
            .arg(m_diff.count(FileChange::Kind::Removed))
            .arg(m_diff.count(FileChange::Kind::Unchanged));
}

void DiffView::fillFileList()
{
    const QString keep = m_currentPath;
    const QSignalBlocker blocker(m_files);
    m_files->clear();
    QTreeWidgetItem *select = nullptr;
    for (const FileChange &change : m_diff.files()) {
        if (change.kind == FileChange::Kind::Unchanged && m_hideUnchanged->isChecked())
            continue;
        auto *item = new QTreeWidgetItem(m_files);
        item->setText(0, change.path);
        item->setData(0, Qt::UserRole, change.path);
        QColor color;
        switch (change.kind) {
        case FileChange::Kind::Added:
            item->setText(1, tr("added"));
            color = addedColor(palette());
            break;
        case FileChange::Kind::Removed:
            item->setText(1, tr("removed"));
            color = removedColor(palette());
            break;
        case FileChange::Kind::Changed:
            item->setText(1, tr("changed"));
            color = changedColor(palette());
            break;
        case FileChange::Kind::Unchanged:
            item->setText(1, tr("unchanged"));
            break;
        }
        if (color.isValid())
            item->setBackground(1, color);
        if (change.kind != FileChange::Kind::Unchanged)
            item->setText(2,
                          QStringLiteral("+%1 −%2").arg(change.addedLines).arg(change.removedLines));
        if (change.path == keep || (!select && keep.isEmpty()))
            select = item;
    }
    if (select) {
        m_files->setCurrentItem(select);
        showFile(select->data(0, Qt::UserRole).toString());
    } else {
        m_currentPath.clear();
        m_textDiff = TextDiff();
        render();
    }
}

bool DiffView::showFile(const QString &path)
{
    const FileChange *change = nullptr;
    for (const FileChange &c : m_diff.files()) {
        if (c.path == path)
            change = &c;
    }
    if (!change)
        return false;
    m_currentPath = path;
    const QByteArray before = change->oldIndex >= 0 ? m_older[change->oldIndex].content
                                                    : QByteArray();
    const QByteArray after = change->newIndex >= 0 ? m_newer[change->newIndex].content
                                                   : QByteArray();
    m_textDiff = TextDiff::compute(before, after);
    render();
    return true;
}

void DiffView::setMode(Mode mode)
{
    m_mode = mode;
    {
        const QSignalBlocker blocker(m_modeBox);
        m_modeBox->setCurrentIndex(mode == Mode::SideBySide ? 0 : 1);
    }
    m_stack->setCurrentIndex(mode == Mode::SideBySide ? 0 : 1);
    render();
}

void DiffView::render()
{
    QString language;
    QStringList oldLines;
    QStringList newLines;
    for (const FileChange &c : m_diff.files()) {
        if (c.path != m_currentPath)
            continue;
        const Artifact *a = c.newIndex >= 0 ? &m_newer[c.newIndex] : &m_older[c.oldIndex];
        language = a->language;
        if (c.oldIndex >= 0)
            oldLines = TextDiff::splitLines(m_older[c.oldIndex].content);
        if (c.newIndex >= 0)
            newLines = TextDiff::splitLines(m_newer[c.newIndex].content);
    }
    const QPalette pal = palette();
    if (m_mode == Mode::SideBySide) {
        QStringList left;
        QStringList right;
        QVector<int> leftNumbers;
        QVector<int> rightNumbers;
        QMap<int, QColor> leftColors;
        QMap<int, QColor> rightColors;
        const QList<SideBySideRow> rows = m_textDiff.sideBySide();
        for (const SideBySideRow &row : rows) {
            left << (row.oldLine > 0 ? oldLines.at(row.oldLine - 1) : QString());
            right << (row.newLine > 0 ? newLines.at(row.newLine - 1) : QString());
            leftNumbers << row.oldLine;
            rightNumbers << row.newLine;
            const int n = int(left.size());
            switch (row.kind) {
            case SideBySideRow::Kind::Equal:
                break;
            case SideBySideRow::Kind::Changed:
                leftColors.insert(n, removedColor(pal));
                rightColors.insert(n, addedColor(pal));
                break;
            case SideBySideRow::Kind::Removed:
                leftColors.insert(n, removedColor(pal));
                rightColors.insert(n, pal.color(QPalette::AlternateBase));
                break;
            case SideBySideRow::Kind::Added:
                leftColors.insert(n, pal.color(QPalette::AlternateBase));
                rightColors.insert(n, addedColor(pal));
                break;
            }
        }
        m_left->setCode(left.join(QLatin1Char('\n')), language, m_currentPath);
        m_right->setCode(right.join(QLatin1Char('\n')), language, m_currentPath);
        m_left->setLineNumberLabels(leftNumbers);
        m_right->setLineNumberLabels(rightNumbers);
        m_left->setLineBackgrounds(leftColors);
        m_right->setLineBackgrounds(rightColors);
    } else {
        QStringList lines;
        QVector<int> numbers;
        QMap<int, QColor> colors;
        for (const DiffLine &line : m_textDiff.lines()) {
            switch (line.op) {
            case DiffLine::Op::Equal:
                lines << QLatin1Char(' ') + oldLines.at(line.oldLine - 1);
                numbers << line.newLine;
                break;
            case DiffLine::Op::Removed:
                lines << QLatin1Char('-') + oldLines.at(line.oldLine - 1);
                numbers << line.oldLine;
                colors.insert(int(lines.size()), removedColor(pal));
                break;
            case DiffLine::Op::Added:
                lines << QLatin1Char('+') + newLines.at(line.newLine - 1);
                numbers << line.newLine;
                colors.insert(int(lines.size()), addedColor(pal));
                break;
            }
        }
        // The +/- column would confuse a syntax definition: show the unified diff as a diff.
        m_unified->setCode(lines.join(QLatin1Char('\n')), QString(), QString());
        m_unified->setLineNumberLabels(numbers);
        m_unified->setLineBackgrounds(colors);
    }
    const QList<int> changes = changeRows();
    if (!changes.isEmpty())
        activeView()->goToLine(changes.first());
}

QList<int> DiffView::changeRows() const
{
    // 1-based rows of the active view where a run of changes starts.
    QList<int> rows;
    bool inChange = false;
    int row = 0;
    if (m_mode == Mode::SideBySide) {
        for (const SideBySideRow &r : m_textDiff.sideBySide()) {
            ++row;
            const bool changed = r.kind != SideBySideRow::Kind::Equal;
            if (changed && !inChange)
                rows << row;
            inChange = changed;
        }
    } else {
        for (const DiffLine &l : m_textDiff.lines()) {
            ++row;
            const bool changed = l.op != DiffLine::Op::Equal;
            if (changed && !inChange)
                rows << row;
            inChange = changed;
        }
    }
    return rows;
}

CodeView *DiffView::activeView() const
{
    return m_mode == Mode::SideBySide ? m_right : m_unified;
}

bool DiffView::nextChange()
{
    const QList<int> rows = changeRows();
    if (rows.isEmpty())
        return false;
    const int current = activeView()->currentLine();
    for (int row : rows) {
        if (row > current)
            return activeView()->goToLine(row);
    }
    return activeView()->goToLine(rows.first());
}

bool DiffView::previousChange()
{
    const QList<int> rows = changeRows();
    if (rows.isEmpty())
        return false;
    const int current = activeView()->currentLine();
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        if (*it < current)
            return activeView()->goToLine(*it);
    }
    return activeView()->goToLine(rows.last());
}

} // namespace kg
