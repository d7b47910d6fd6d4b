#pragma once

#include <QString>

namespace pp {

/// One thing an inventory import has to say, with the inventory line it is
/// about (0 when it is about the file as a whole).
struct ImportMessage
{
    enum class Severity : quint8 { Error, Warning, Note };
    Severity severity = Severity::Note;
    int line = 0;
    QString text;

    QString toString() const; ///< "line 4: error: ..."
};

} // namespace pp
