#pragma once

#include <QString>

namespace pp {

struct SeedNote
{
    int id = 0;
    QString key;
    QString title;
    QString titleZh;
    QString summary;
};

} // namespace pp
