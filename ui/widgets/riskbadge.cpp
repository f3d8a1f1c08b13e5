#include "riskbadge.h"

#include <QApplication>
#include <QLabel>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

constexpr int HorizontalPadding = 8;
constexpr int VerticalMargin = 3;

} // namespace

QColor riskColor(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Ok: return QColor(0x2e, 0x7d, 0x32);
    case RiskLevel::Caution: return QColor(0xf2, 0xa9, 0x00);
    case RiskLevel::Decline: return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

QColor riskTextColor(RiskLevel level)
{
    // White on amber fails contrast; black on amber passes.
    return level == RiskLevel::Caution ? QColor(Qt::black) : QColor(Qt::white);
}

void styleRiskBadge(QLabel *label, RiskLevel level)
{
    label->setText(displayName(level));
    label->setStyleSheet(u"QLabel { background: %1; color: %2; border-radius: 4px; padding: 1px 8px; }"_s
                             .arg(riskColor(level).name(), riskTextColor(level).name()));
}

void RiskBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    const QColor colour = index.data(Qt::DecorationRole).value<QColor>();
    // Let the style draw selection and focus, then the badge on top.
    opt.text.clear();
    opt.icon = {};
    opt.features &= ~QStyleOptionViewItem::HasDecoration;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (text.isEmpty() || !colour.isValid())
        return;

    const QFontMetrics metrics(opt.font);
    const int width = qMin(metrics.horizontalAdvance(text) + 2 * HorizontalPadding,
                           option.rect.width() - 2 * VerticalMargin);
    const int height = qMin(metrics.height() + 2, option.rect.height() - 2 * VerticalMargin);
    QRect badge(0, 0, width, height);
    badge.moveCenter(option.rect.center());
    badge.moveLeft(option.rect.left() + VerticalMargin);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawRoundedRect(badge, 4, 4);
    // The colour comes from the model; pick the readable text colour by its
    // lightness rather than by which level it is.
    painter->setPen(qGray(colour.rgb()) > 150 ? QColor(Qt::black) : QColor(Qt::white));
    painter->setFont(opt.font);
    painter->drawText(badge, Qt::AlignCenter,
                      metrics.elidedText(text, Qt::ElideRight, badge.width() - HorizontalPadding));
    painter->restore();
}

QSize RiskBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QFontMetrics metrics(opt.font);
    return QSize(metrics.horizontalAdvance(opt.text) + 2 * HorizontalPadding + 2 * VerticalMargin,
                 metrics.height() + 2 * VerticalMargin + 2);
}

} // namespace neuvo
