#pragma once

#include "model/export/RequestWriter.h"

namespace pp {

/// The change request as an XLSX workbook (libxlsxwriter, constant-memory
/// mode: each row goes to disk as it is written): sheets openings, rules,
/// groups, flows, hosts, zones and request, each with a styled, frozen
/// header row, a filter and column widths fitted to the content. Every
/// value is written as a string cell (numbers as numbers), never as a
/// formula. Host and address lists are complete, up to Excel's limit of
/// 32,767 characters a cell (a longer cell says where it was cut).
class XlsxWriter final : public RequestWriter
{
public:
    bool write(const ExportInput &input, QIODevice &out, ExportProgress &progress, QString *error) const override;
};

} // namespace pp
