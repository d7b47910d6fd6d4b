#pragma once

#include <QString>

namespace pp {

struct Section
{
    QString ref;
    QString kind;     ///< connection, prose, reference or info
    QString title;
    QString titleZh;
    QString summary;
};

} // namespace pp
