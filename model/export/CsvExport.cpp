#include "model/export/CsvExport.h"

#include "model/export/Csv.h"
#include "model/export/ChangeRequest.h"
#include "model/export/RequestTable.h"

namespace pp {

QByteArray changeRequestCsv(const ChangeRequest &request)
{
    QString out = Csv::row(requesttable::lineHeaders());
    for (const RequestLine &line : request.lines)
        out += Csv::row(requesttable::lineRow(request, line));
    return out.toUtf8();
}

} // namespace pp
