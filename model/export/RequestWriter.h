#pragma once

#include <QString>

#include "model/export/ExportInput.h"

class QIODevice;

namespace pp {

class Catalog;
class ExportProgress;
class TextSink;
struct Analysis;
struct ChangeRequest;
struct Design;

/// One writer per format: it formats what it is given and streams it to a
/// device as it goes, counting its work in `progress`. It never builds the
/// request again, and holds no more than a row (or a page) at a time.
class RequestWriter
{
public:
    virtual ~RequestWriter() = default;

    /// Writes the request to `out`; false with *error set when the device
    /// refused the bytes, the format cannot hold the request, or the export
    /// was cancelled. What was written by then is the caller's to discard
    /// (QSaveFile does).
    virtual bool write(const ExportInput &input, QIODevice &out, ExportProgress &progress, QString *error) const = 0;

protected:
    /// The usual end of a text writer: flushed, not cancelled.
    static bool finish(TextSink &sink, const ExportProgress &progress, QString *error);
    static bool cancelled(QString *error);
};

} // namespace pp
