#pragma once

#include <QByteArray>
#include <QString>

namespace pp {

struct Design;

/// Writes .portplan files: a fixed key order per object and the document's
/// own element order, so that saving twice gives identical bytes and an edit
/// shows up in git as the lines it touched. The JSON it lays out comes from
/// DesignJson.h (also defined in DesignWriter.cpp).
class DesignWriter
{
public:
    static QByteArray serialize(const Design &design);
    /// Atomic: a temporary file renamed over `path`; a failed save leaves the
    /// old file intact. False, with *error set, when it cannot be written.
    static bool save(const Design &design, const QString &path, QString *error);
};

} // namespace pp
