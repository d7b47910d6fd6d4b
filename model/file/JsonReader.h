#pragma once

// Private to the design reader: typed access to JSON fields that records
// every problem with its path ("hosts[3].roles[1]") instead of throwing.

#include "model/design/Design.h"
#include "model/file/LoadError.h"

#include <QVector>

#include <nlohmann/json.hpp>

#include <cmath>
#include <initializer_list>

namespace pp::io {

using Json = nlohmann::ordered_json;

/// Reads typed fields out of JSON objects, collecting every problem with its
/// path instead of stopping at the first.
class JsonReader
{
public:
    explicit JsonReader(QVector<LoadError> &errors) : m_errors(errors) {}

    void fail(const QString &path, const QString &message) { m_errors << LoadError::at(path, message); }

    static QString at(const QString &path, const char *key)
    {
        return path.isEmpty() ? QString::fromLatin1(key) : path + QLatin1Char('.') + QLatin1String(key);
    }
    static QString at(const QString &path, size_t index)
    {
        return path + QStringLiteral("[%1]").arg(index);
    }

    bool isObject(const Json &v, const QString &path)
    {
        if (v.is_object())
            return true;
        fail(path, QStringLiteral("expected an object"));
        return false;
    }

    const Json *field(const Json &o, const char *key) const
    {
        auto it = o.find(key);
        return it == o.end() ? nullptr : &*it;
    }

    QString string(const Json &o, const char *key, const QString &path, bool required = false)
    {
        const Json *v = field(o, key);
        if (!v || v->is_null()) {
            if (required)
                fail(at(path, key), QStringLiteral("is required"));
            return {};
        }
        if (!v->is_string()) {
            fail(at(path, key), QStringLiteral("expected a string"));
            return {};
        }
        return QString::fromStdString(v->get<std::string>());
    }

    QStringList stringList(const Json &o, const char *key, const QString &path)
    {
        QStringList out;
        const Json *v = field(o, key);
        if (!v || v->is_null())
            return out;
        if (!v->is_array()) {
            fail(at(path, key), QStringLiteral("expected an array of strings"));
            return out;
        }
        for (size_t i = 0; i < v->size(); ++i) {
            if ((*v)[i].is_string())
                out << QString::fromStdString((*v)[i].get<std::string>());
            else
                fail(at(at(path, key), i), QStringLiteral("expected a string"));
        }
        return out;
    }

    std::optional<bool> boolean(const Json &o, const char *key, const QString &path)
    {
        const Json *v = field(o, key);
        if (!v || v->is_null())
            return std::nullopt;
        if (!v->is_boolean()) {
            fail(at(path, key), QStringLiteral("expected true or false"));
            return std::nullopt;
        }
        return v->get<bool>();
    }

    std::optional<double> number(const Json &v, const QString &path)
    {
        if (!v.is_number()) {
            fail(path, QStringLiteral("expected a number"));
            return std::nullopt;
        }
        const double d = v.get<double>();
        if (!std::isfinite(d) || std::abs(d) > 1e9) {
            fail(path, QStringLiteral("number out of range"));
            return std::nullopt;
        }
        return d;
    }

    std::vector<double> numbers(const Json &o, const char *key, const QString &path, size_t n)
    {
        const Json *v = field(o, key);
        if (!v || v->is_null())
            return {};
        if (!v->is_array() || v->size() != n) {
            fail(at(path, key), QStringLiteral("expected an array of %1 numbers").arg(n));
            return {};
        }
        std::vector<double> out;
        for (size_t i = 0; i < n; ++i) {
            auto d = number((*v)[i], at(at(path, key), i));
            if (!d)
                return {};
            out.push_back(*d);
        }
        return out;
    }

    /// A port or range given as a number (443) or a string ("63000-64000").
    std::optional<PortRange> portValue(const Json &v, const QString &path, bool allowRange)
    {
        std::optional<PortRange> r;
        if (v.is_number_integer() || v.is_number_unsigned()) {
            const auto n = v.get<long long>();
            if (n >= 1 && n <= 65535)
                r = PortRange::single(quint16(n));
        } else if (v.is_string()) {
            r = PortRange::parse(QString::fromStdString(v.get<std::string>()));
        }
        if (!r) {
            fail(path, QStringLiteral("not a valid port: %1 (expected 1-65535%2)")
                           .arg(QString::fromStdString(v.dump()),
                                allowRange ? QStringLiteral(" or a range such as \"49152-65535\"")
                                           : QString()));
            return std::nullopt;
        }
        if (!allowRange && !r->isSingle()) {
            fail(path, QStringLiteral("expected a single port, not a range"));
            return std::nullopt;
        }
        return r;
    }

    /// Reads the port settings of one level, leaving other keys in `rest`.
    void portSettings(const Json &o, const QString &path, PortSettings &out, Json &rest,
                      std::initializer_list<const char *> known)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString key = QString::fromStdString(it.key());
            if (auto s = settingFromKey(key)) {
                if (it->is_null())
                    continue;
                out.set(*s, portValue(*it, at(path, it.key().c_str()), settingIsRange(*s)));
                continue;
            }
            bool isKnown = false;
            for (const char *k : known)
                isKnown = isKnown || it.key() == k;
            if (!isKnown)
                rest[it.key()] = *it;
        }
    }

private:
    QVector<LoadError> &m_errors;
};

/// The keys of `o` not in `known` (null when none): kept for the round trip.
inline Json extrasOf(const Json &o, std::initializer_list<const char *> known)
{
    Json extras = Json::object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        bool isKnown = false;
        for (const char *k : known)
            isKnown = isKnown || it.key() == k;
        if (!isKnown)
            extras[it.key()] = *it;
    }
    return extras.empty() ? Json() : extras;
}

} // namespace pp::io
