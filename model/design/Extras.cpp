#include "model/design/Extras.h"

#include <nlohmann/json.hpp>

namespace pp {

Extras::Extras() = default;
Extras::Extras(Extras &&other) noexcept = default;
Extras &Extras::operator=(Extras &&other) noexcept = default;
Extras::~Extras() = default;

Extras::Extras(const nlohmann::ordered_json &json)
    : m_json(json.is_null() ? nullptr : std::make_unique<nlohmann::ordered_json>(json))
{
}

Extras::Extras(const Extras &other)
    : m_json(other.m_json ? std::make_unique<nlohmann::ordered_json>(*other.m_json) : nullptr)
{
}

Extras &Extras::operator=(const Extras &other)
{
    if (this != &other)
        m_json = other.m_json ? std::make_unique<nlohmann::ordered_json>(*other.m_json) : nullptr;
    return *this;
}

bool Extras::is_null() const
{
    return !m_json;
}

const nlohmann::ordered_json &Extras::json() const
{
    static const nlohmann::ordered_json null;
    return m_json ? *m_json : null;
}

bool operator==(const Extras &a, const Extras &b)
{
    return a.json() == b.json();
}

} // namespace pp
