#pragma once

#include <QString>

#include "model/import/CsvRecord.h"

#include <vector>

namespace pp {

/// A CSV file as records, or where it stopped being one.
struct CsvTable
{
    std::vector<CsvRecord> records; ///< blank lines left out
    QString error;            ///< empty when the whole file was read
    int errorLine = 0;

    bool ok() const { return error.isEmpty(); }
};

} // namespace pp
