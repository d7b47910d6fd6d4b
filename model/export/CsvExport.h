#pragma once

#include <QByteArray>

namespace pp {

struct ChangeRequest;

/// The change request as CSV: RFC 4180, UTF-8, CRLF, one row per request
/// line, formula-like cells neutralised (model/export/Csv.h).
QByteArray changeRequestCsv(const ChangeRequest &request);

} // namespace pp
