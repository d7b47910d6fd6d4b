#include "model/export/RequestWriter.h"

#include "model/export/ChangeRequest.h"
#include "model/export/ExportProgress.h"
#include "model/export/TextSink.h"

namespace pp {

bool RequestWriter::finish(TextSink &sink, const ExportProgress &progress, QString *error)
{
    if (progress.isCancelled())
        return cancelled(error);
    if (!sink.flush()) {
        if (error)
            *error = QStringLiteral("cannot write: %1").arg(sink.errorString());
        return false;
    }
    return true;
}

bool RequestWriter::cancelled(QString *error)
{
    if (error)
        *error = QStringLiteral("the export was cancelled");
    return false;
}

} // namespace pp
