// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <optional>
#include <span>
#include <utility>

#include <QString>
#include <QStringView>

namespace attache {

/// The stable text names of an enum's values, as stored in project files and JSON. One table per enum keeps the
/// two directions of conversion from drifting apart.
template<typename Enum>
struct EnumName
{
    Enum value;
    const char16_t* name;
};

template<typename Enum, std::size_t N>
QString enumToText(const std::array<EnumName<Enum>, N>& table, Enum value)
{
    for (const auto& entry : table) {
        if (entry.value == value)
            return QString::fromUtf16(entry.name);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> enumFromText(const std::array<EnumName<Enum>, N>& table, QStringView text)
{
    for (const auto& entry : table) {
        if (text.compare(QStringView(entry.name), Qt::CaseInsensitive) == 0)
            return entry.value;
    }
    return std::nullopt;
}

template<typename Enum, std::size_t N>
QStringList enumTexts(const std::array<EnumName<Enum>, N>& table)
{
    QStringList names;
    for (const auto& entry : table)
        names.append(QString::fromUtf16(entry.name));
    return names;
}

} // namespace attache
