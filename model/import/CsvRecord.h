#pragma once

#include <QStringList>

namespace pp {

/// One record of a CSV file, with the line it starts on, for messages that
/// point at the right line.
struct CsvRecord
{
    int line = 0;             ///< 1-based line of the record's first character
    QStringList fields;
};

} // namespace pp
