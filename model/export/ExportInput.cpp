#include "model/export/ExportInput.h"

#include "model/export/ChangeRequest.h"

namespace pp {

int ExportInput::linesToWrite() const
{
    const int all = int(request.lines.size());
    return lineLimit < 0 ? all : qMin(all, lineLimit);
}

} // namespace pp
