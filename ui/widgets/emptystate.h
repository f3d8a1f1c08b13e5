#pragma once

#include <QLabel>

#include <functional>

class QAbstractItemView;

namespace neuvo {

// A centred hint over an item view while its model has no rows, saying how
// to fill the list. The text is asked for on every refresh, so it can name
// the current filter.
class EmptyStateOverlay final : public QLabel
{
    Q_OBJECT

public:
    EmptyStateOverlay(QAbstractItemView *view, std::function<QString()> text);

public slots:
    void refresh();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAbstractItemView *m_view;
    std::function<QString()> m_text;
};

} // namespace neuvo
