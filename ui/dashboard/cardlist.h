#pragma once

#include <QTreeWidget>

namespace neuvo {

class CardDelegate;

// A list of cards that grows with its content up to maxHeight, so the
// dashboard scrolls as one page instead of in four small windows.
class CardList final : public QTreeWidget
{
public:
    CardList(const QString &name, int maxHeight);

    // After the items changed or the width did: rows get their wrapped
    // height and the list the height of its rows.
    void refit();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    int contentHeight(int width) const;

    int m_layoutWidth = 0;
    CardDelegate *m_delegate;
    int m_maxHeight;
};

} // namespace neuvo
