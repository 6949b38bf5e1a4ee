#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace kg {

/// The find bar under a code view: a search field, "3 of 17", previous/next, match case.
/// Enter and Shift+Enter step through matches, Escape closes it.
class SearchBar : public QWidget
{
    Q_OBJECT

public:
    explicit SearchBar(QWidget *parent = nullptr);

    QString text() const;
    Qt::CaseSensitivity caseSensitivity() const;
    /// Shows the bar and puts the focus into the field with its text selected.
    void activate(const QString &initialText = {});
    /// Shows "3 of 17" / "No results"; @p current is 0-based or -1. A negative @p count means
    /// not known yet (the file is still loading) and shows nothing.
    void setResult(int current, int count);
    QString resultText() const;

Q_SIGNALS:
    void searchChanged(const QString &text, Qt::CaseSensitivity sensitivity);
    void nextRequested();
    void previousRequested();
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void emitSearch();

    QLineEdit *m_field;
    QLabel *m_result;
    QToolButton *m_previous;
    QToolButton *m_next;
    QCheckBox *m_matchCase;
    QToolButton *m_close;
};

} // namespace kg
