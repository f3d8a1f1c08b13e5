#pragma once

#include "core/rules/redflags.h"

#include <QColor>
#include <QStyledItemDelegate>

class QLabel;

namespace neuvo {

// The colour of a risk level wherever it is shown: green, amber, red.
QColor riskColor(RiskLevel level);
// Text colour readable on riskColor(level).
QColor riskTextColor(RiskLevel level);
// Turns a label into the badge: the level's name on its colour.
void styleRiskBadge(QLabel *label, RiskLevel level);

// Paints a cell as a rounded badge: DisplayRole text on the DecorationRole
// colour. Screen readers and copy get the plain text, so colour is never
// the only signal.
class RiskBadgeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace neuvo
