#include "model/export/ValueText.h"

#include "model/review/RiskRules.h"

namespace pp {

QString ValueText::action(RequestAction action)
{
    switch (action) {
    case RequestAction::Add: return tr("add");
    case RequestAction::Modify: return tr("modify");
    case RequestAction::Remove: return tr("remove");
    }
    return {};
}

QString ValueText::phase(const RequestLine &line)
{
    if (line.runtime && line.install)
        return tr("runtime, install");
    return line.install ? tr("install") : tr("runtime");
}

QString ValueText::phase(const QString &name)
{
    if (name == QLatin1String("install"))
        return tr("install");
    if (name == QLatin1String("runtime"))
        return tr("runtime");
    return name;
}

QString ValueText::direction(const RequestLine &line)
{
    // Words first: a cell starting with "-" would read as a formula.
    return line.bothWays ? tr("both ways (<-->)") : tr("one way (-->)");
}

QString ValueText::risk(const QString &level)
{
    for (const RiskLevel l : {RiskLevel::High, RiskLevel::Medium, RiskLevel::Low})
        if (level == riskLevelName(l))
            return riskLevelText(l);
    return level;
}

QString ValueText::yesNo(bool value)
{
    return value ? tr("yes") : tr("no");
}

QString ValueText::hostsKind()
{
    return tr("hosts");
}

QString ValueText::servicesKind()
{
    return tr("services");
}

} // namespace pp
