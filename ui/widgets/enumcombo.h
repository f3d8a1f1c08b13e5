#pragma once

#include "core/domain/enumids.h"

#include <QComboBox>

namespace neuvo {

// Combo boxes over an enumeration of the data model: the translated name as
// text, the stable id as item data, so the choice survives a language change.

template<typename E>
void fillEnumCombo(QComboBox *combo)
{
    for (const E value : allValues<E>())
        combo->addItem(displayName(value), toId(value));
}

template<typename E>
void setEnumCombo(QComboBox *combo, E value)
{
    combo->setCurrentIndex(qMax(0, combo->findData(toId(value))));
}

template<typename E>
E enumComboValue(const QComboBox *combo, E fallback)
{
    return fromId<E>(combo->currentData().toString()).value_or(fallback);
}

} // namespace neuvo
