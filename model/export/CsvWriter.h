#pragma once

#include "model/export/RequestWriter.h"

namespace pp {

/// The change request as CSV: RFC 4180, UTF-8, CRLF, one row per request
/// line, section by section, formula-like cells neutralised (Csv.h). Host
/// and address lists are complete.
class CsvWriter final : public RequestWriter
{
public:
    bool write(const ExportInput &input, QIODevice &out, ExportProgress &progress, QString *error) const override;
};

} // namespace pp
