#pragma once

#include <QString>

namespace pp {

/// A public page a fact rests on besides the catalog's own ports page, named
/// by repository and path (DESIGN.md rule 8).
struct SourcePage
{
    QString id;
    QString title;
    QString repository;
    QString path;

    /// "Plan for internet-based client management (MicrosoftDocs/memdocs, memdocs/...md)"
    QString citation() const;
};

} // namespace pp
