#include "plaintext.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QTextDocument>
#include <QToolTip>

namespace neuvo {

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    return label;
}

void makePlainText(QMessageBox &box)
{
    box.setTextFormat(Qt::PlainText);
    const QList<QLabel *> labels = box.findChildren<QLabel *>();
    for (QLabel *label : labels)
        label->setTextFormat(Qt::PlainText);
}

namespace {

void showMessageBox(QMessageBox::Icon icon, QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    makePlainText(box);
    box.exec();
}

// Shows the tool tip a widget or an item-view cell would show, escaped.
// Text that is empty here is left to Qt, which passes the event on to the
// parent widget, so nested widgets keep their parents' tips.
class PlainTextToolTips final : public QObject
{
public:
    using QObject::QObject;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::ToolTip || !watched->isWidgetType())
            return false;
        auto *widget = static_cast<QWidget *>(watched);
        const auto *help = static_cast<QHelpEvent *>(event);
        QString text;
        QRect area;
        if (auto *view = qobject_cast<QAbstractItemView *>(widget->parentWidget());
            view && view->viewport() == widget) {
            const QModelIndex index = view->indexAt(help->pos());
            if (!index.isValid())
                return false;
            text = index.data(Qt::ToolTipRole).toString();
            area = view->visualRect(index);
        } else if (auto *menu = qobject_cast<QMenu *>(widget)) {
            // A menu shows its actions' tips only when asked to, and only
            // tips that say more than the item's own text.
            const QAction *action = menu->actionAt(help->pos());
            if (!menu->toolTipsVisible() || !action || action->toolTip() == action->iconText())
                return false;
            text = action->toolTip();
            area = menu->actionGeometry(const_cast<QAction *>(action));
        } else {
            text = widget->toolTip();
        }
        if (text.isEmpty())
            return false;
        QToolTip::showText(help->globalPos(), plainTextToolTip(text), widget, area);
        return true;
    }
};

} // namespace

namespace MessageBox {

void warning(QWidget *parent, const QString &title, const QString &text)
{
    showMessageBox(QMessageBox::Warning, parent, title, text);
}

void critical(QWidget *parent, const QString &title, const QString &text)
{
    showMessageBox(QMessageBox::Critical, parent, title, text);
}

} // namespace MessageBox

QString plainTextToolTip(const QString &text)
{
    // Marked up, with nothing of the text's own interpreted: QToolTip then
    // has no reason to guess.
    return Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

void installPlainTextToolTips()
{
    static QObject *installed = nullptr;
    if (!qApp || installed)
        return;
    installed = new PlainTextToolTips(qApp);
    qApp->installEventFilter(installed);
}

} // namespace neuvo
