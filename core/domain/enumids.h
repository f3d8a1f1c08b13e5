#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace neuvo {

// Each enumeration of the data model has stable string ids (used in the
// database, the exchange format and the CLI) and a translatable label.
// An enum opts in by specialising EnumTraits with a table of EnumEntry.
template<typename E>
struct EnumEntry
{
    E value;
    const char *id;
    const char *label; // marked with QT_TRANSLATE_NOOP in the "Enum" context
};

template<typename E>
struct EnumTraits; // static constexpr EnumEntry<E> entries[] = {...};

template<typename E>
QString toId(E value)
{
    for (const auto &entry : EnumTraits<E>::entries) {
        if (entry.value == value)
            return QString::fromLatin1(entry.id);
    }
    return {};
}

template<typename E>
std::optional<E> fromId(QStringView id)
{
    for (const auto &entry : EnumTraits<E>::entries) {
        if (id == QLatin1StringView(entry.id))
            return entry.value;
    }
    return std::nullopt;
}

template<typename E>
QStringList allIds()
{
    QStringList ids;
    for (const auto &entry : EnumTraits<E>::entries)
        ids << QString::fromLatin1(entry.id);
    return ids;
}

template<typename E>
QList<E> allValues()
{
    QList<E> values;
    for (const auto &entry : EnumTraits<E>::entries)
        values << entry.value;
    return values;
}

template<typename E>
QString displayName(E value)
{
    for (const auto &entry : EnumTraits<E>::entries) {
        if (entry.value == value)
            return QCoreApplication::translate("Enum", entry.label);
    }
    return {};
}

} // namespace neuvo
