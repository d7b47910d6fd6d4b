#pragma once

#include <nlohmann/json_fwd.hpp>

#include <memory>

namespace pp {

/// Unknown keys of a file object, kept and written back so that a file from
/// a newer minor revision survives a round trip through this version.
///
/// A small value type around nlohmann::ordered_json held by pointer: every
/// struct of Design.h carries one, and Design.h is included nearly
/// everywhere; only the readers and writers that touch the JSON include
/// nlohmann/json.hpp (it roughly doubles the build time of a file). Almost
/// every object has no unknown keys, so the pointer is usually empty.
class Extras
{
public:
    Extras();
    Extras(const nlohmann::ordered_json &json); // NOLINT(google-explicit-constructor): reads like assigning JSON
    Extras(const Extras &other);
    Extras(Extras &&other) noexcept;
    Extras &operator=(const Extras &other);
    Extras &operator=(Extras &&other) noexcept;
    ~Extras();

    /// No unknown keys (nothing was kept, or JSON null).
    bool is_null() const;
    /// The kept JSON; null when nothing was kept.
    const nlohmann::ordered_json &json() const;

    friend bool operator==(const Extras &a, const Extras &b);
    friend bool operator!=(const Extras &a, const Extras &b) { return !(a == b); }

private:
    std::unique_ptr<nlohmann::ordered_json> m_json;
};

} // namespace pp
