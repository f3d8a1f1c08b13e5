#pragma once

#include <QTreeView>

namespace neuvo {

class CardDelegate;

class CardModel;

// A list of cards (a CardModel) that grows with its content up to
// maxHeight, so the dashboard scrolls as one page instead of in four small
// windows. Its model shows a bounded number of rows (see CardModel), so
// measuring every row's wrapped height costs the same on any file.
class CardList final : public QTreeView
{
public:
    CardList(const QString &name, int maxHeight);

    CardModel *cardModel() const { return m_model; }

    // After the items changed or the width did: rows get their wrapped
    // height and the list the height of its rows.
    void refit();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    int contentHeight(int width) const;

    int m_layoutWidth = 0;
    CardModel *m_model;
    CardDelegate *m_delegate;
    int m_maxHeight;
};

} // namespace neuvo
