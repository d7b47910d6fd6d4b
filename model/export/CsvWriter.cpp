#include "model/export/CsvWriter.h"

#include "model/export/Csv.h"
#include "model/export/ExportProgress.h"
#include "model/export/RequestTable.h"
#include "model/export/TextSink.h"

namespace pp {

bool CsvWriter::write(const ExportInput &input, QIODevice &out, ExportProgress &progress, QString *error) const
{
    const ChangeRequest &request = input.request;
    const int count = input.linesToWrite();
    progress.addTotal(count);
    TextSink sink(out);
    Csv::writeRow(sink, requesttable::lineHeaders());
    for (int i = 0; i < count; ++i) {
        Csv::writeRow(sink, requesttable::lineRow(request, request.lines[size_t(i)]));
        if (!progress.advance())
            return cancelled(error);
    }
    return finish(sink, progress, error);
}

} // namespace pp
