#pragma once

#include <QByteArray>

namespace pp {
class Catalog;
struct Design;
} // namespace pp

namespace pp::diagram {

struct Diagram;

/// The diagram as a diagrams.net (draw.io) file, to go on editing it there
/// or take it on to Visio: each zone a container (its kind and subnets as
/// properties), each host a shape inside it (its roles, site and addresses
/// as properties and in its text), each trunk or host line an edge along
/// the same route the canvas draws, labelled with its ports, with its
/// kind's colour and dash. Ids are the design's own ("zone:lan",
/// "host:cm01", "trunk:lan:dmz", "line:cm01:sql01"), so a script can find
/// them. Uncompressed mxGraph XML.
QByteArray diagramDrawio(const Design &design, const Catalog &catalog, const Diagram &diagram);

} // namespace pp::diagram
