#include "model/audit/Policy.h"

namespace pp {

const PolicyChain *Policy::chain(const QString &name) const
{
    for (const PolicyChain &c : chains)
        if (c.name == name)
            return &c;
    return nullptr;
}

std::vector<const PolicyChain *> Policy::entryChains() const
{
    for (const char *hook : {"forward", "input"}) {
        std::vector<const PolicyChain *> out;
        bool saysSomething = false; // an empty FORWARD that accepts all is what iptables-save lists on a host
        for (const PolicyChain &c : chains)
            if (c.base && c.hook == QLatin1String(hook)) {
                out.push_back(&c);
                saysSomething = saysSomething || !c.rules.empty() || c.policy != RuleAction::Accept;
            }
        if (saysSomething)
            return out;
    }
    std::vector<const PolicyChain *> out;
    for (const PolicyChain &c : chains)
        if (c.base)
            out.push_back(&c);
    return out;
}

} // namespace pp
