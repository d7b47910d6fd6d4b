#pragma once

#include <QCoreApplication>
#include <QString>

namespace pp {
class Catalog;
struct Host;
} // namespace pp

namespace pp::views {

class ConnectionLayer;

/// Words for what the connection layer draws: tooltips and the status bar.
class ConnectionText
{
    Q_DECLARE_TR_FUNCTIONS(pp::views::ConnectionText)

public:
    ConnectionText(const ConnectionLayer &layer, const Catalog &catalog) : m_layer(layer), m_catalog(catalog) {}

    /// A host card's tooltip: its whole name and its roles.
    QString host(const Host &host, bool chinese) const;
    /// The flows of a host pair, one a line, at most `maxLines`.
    QString pair(int pair, int maxLines = 16) const;
    /// A trunk: its zones, openings and ports, and how far its review is.
    QString trunk(int index, int maxLines = 16) const;

private:
    const ConnectionLayer &m_layer;
    const Catalog &m_catalog;
};

} // namespace pp::views
