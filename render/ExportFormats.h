#pragma once

#include "model/export/RequestWriter.h"

#include <QByteArray>
#include <QStringList>

#include <memory>

namespace pp {

/// The change-request formats by name: the one place the CLI and the
/// designer find a format's writer.
namespace exportformats {

/// csv, xlsx, html, pdf, ps1, nft, svg, png, drawio.
QStringList names();
/// Formats that are not text (a file is needed; no standard output).
bool isBinary(const QString &format);
/// Formats drawn with fonts and pictures: they need a QGuiApplication.
bool needsGui(const QString &format);
/// The writer of a format, or null for a name that is none.
std::unique_ptr<RequestWriter> writer(const QString &format);

/// The whole output in memory: for small requests and tests only (exports
/// of real requests stream through writer()).
QByteArray render(const QString &format, const ExportInput &input, QString *error);

} // namespace exportformats
} // namespace pp
