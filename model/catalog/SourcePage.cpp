#include "model/catalog/SourcePage.h"

namespace pp {

QString SourcePage::citation() const
{
    return QStringLiteral("%1 (%2, %3)").arg(title, repository, path);
}

} // namespace pp
