#include "artifacts/SearchBar.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>

namespace kg {

SearchBar::SearchBar(QWidget *parent)
    : QWidget(parent)
    , m_field(new QLineEdit(this))
    , m_result(new QLabel(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_matchCase(new QCheckBox(tr("Match &case"), this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("searchBar"));
    m_field->setObjectName(QStringLiteral("searchField"));
    m_field->setPlaceholderText(tr("Find"));
    m_field->setAccessibleName(tr("Find text"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    m_result->setObjectName(QStringLiteral("searchResult"));
    m_result->setMinimumWidth(fontMetrics().horizontalAdvance(tr("No results")) + 12);
    m_previous->setObjectName(QStringLiteral("searchPrevious"));
    m_previous->setArrowType(Qt::UpArrow);
    m_previous->setToolTip(tr("Previous match (Shift+F3)"));
    m_previous->setAccessibleName(tr("Previous match"));
    m_next->setObjectName(QStringLiteral("searchNext"));
    m_next->setArrowType(Qt::DownArrow);
    m_next->setToolTip(tr("Next match (F3)"));
    m_next->setAccessibleName(tr("Next match"));
    m_matchCase->setObjectName(QStringLiteral("searchMatchCase"));
    m_close->setObjectName(QStringLiteral("searchClose"));
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close (Esc)"));
    m_close->setAccessibleName(tr("Close find bar"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_result);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_matchCase);
    layout->addWidget(m_close);

    connect(m_field, &QLineEdit::textChanged, this, &SearchBar::emitSearch);
    connect(m_matchCase, &QCheckBox::toggled, this, &SearchBar::emitSearch);
    connect(m_next, &QToolButton::clicked, this, &SearchBar::nextRequested);
    connect(m_previous, &QToolButton::clicked, this, &SearchBar::previousRequested);
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });
    setResult(-1, 0);
}

QString SearchBar::text() const
{
    return m_field->text();
}

Qt::CaseSensitivity SearchBar::caseSensitivity() const
{
    return m_matchCase->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
}

void SearchBar::activate(const QString &initialText)
{
    show();
    if (!initialText.isEmpty() && initialText != m_field->text())
        m_field->setText(initialText);
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void SearchBar::setResult(int current, int count)
{
    if (m_field->text().isEmpty() || count < 0)
        m_result->clear();
    else if (count == 0)
        m_result->setText(tr("No results"));
    else if (current < 0)
        m_result->setText(tr("%n match(es)", nullptr, count));
    else
        m_result->setText(tr("%1 of %2").arg(current + 1).arg(count));
    m_result->setAccessibleName(m_result->text());
    m_previous->setEnabled(count > 0);
    m_next->setEnabled(count > 0);
}

QString SearchBar::resultText() const
{
    return m_result->text();
}

void SearchBar::emitSearch()
{
    Q_EMIT searchChanged(m_field->text(), caseSensitivity());
}

bool SearchBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (key->modifiers() & Qt::ShiftModifier)
                Q_EMIT previousRequested();
            else
                Q_EMIT nextRequested();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            hide();
            Q_EMIT closed();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace kg
