#pragma once

// What validation collects: the findings, and how a finding names a host.

#include "model/engine/Analysis.h"

#include <QString>
#include <QStringList>

#include <algorithm>
#include <vector>

namespace pp::engine {

/// The findings of one validation run, in the order the checks add them.
class Findings
{
public:

    Finding &add(Severity severity, const char *code, const QString &message, const QString &ref = {})
    {
        Finding f;
        f.severity = severity;
        f.code = QString::fromLatin1(code);
        f.message = message;
        f.ref = ref;
        m_out.push_back(f);
        return m_out.back();
    }
    Finding &error(const char *code, const QString &message, const QString &ref = {})
    {
        return add(Severity::Error, code, message, ref);
    }
    Finding &warning(const char *code, const QString &message, const QString &ref = {})
    {
        return add(Severity::Warning, code, message, ref);
    }
    std::vector<Finding> take() { return std::move(m_out); }

private:
    std::vector<Finding> m_out;
};

/// A host as findings name it: "id (name)", or the id alone.
inline QString hostLabel(const Host &h)
{
    return h.name.isEmpty() || h.name == h.id ? h.id : QStringLiteral("%1 (%2)").arg(h.id, h.name);
}

/// 0.0.0.0/0 and ::/0 stand for "anywhere" (the internet, a cloud): no
/// address per host is expected there.
inline bool anywhere(const QStringList &subnets)
{
    return std::all_of(subnets.begin(), subnets.end(), [](const QString &s) { return s.endsWith(QLatin1String("/0")); });
}

} // namespace pp::engine
