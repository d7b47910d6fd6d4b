#pragma once

#include <QStringView>

#include <optional>
#include <cstddef>

namespace pp {

/// The enum value whose file name is `name`: `names` lists the names in the
/// enum's order. Shared by the name functions of the design's enums.
template<typename Enum, size_t N>
std::optional<Enum> enumFromName(const char16_t *const (&names)[N], QStringView name)
{
    for (size_t i = 0; i < N; ++i)
        if (name == QStringView(names[i]))
            return Enum(i);
    return std::nullopt;
}

} // namespace pp
