#pragma once

#include "model/export/ChangeRequest.h"
#include "model/engine/FlowKinds.h"

#include <QHash>

#include <map>
#include <memory>
#include <vector>

namespace pp {

class Catalog;

/// The workshop behind ChangeRequestBuilder: turns openings of one or two
/// designs into request lines, resolving each host, host set and kind of
/// flow the first time a line needs it, then numbers the lines and merges
/// them into rules over named groups (finish()). Private to model/export.
class RequestAssembler
{
public:
    RequestAssembler(ChangeRequest &request, const Catalog &catalog, const ChangeRequestOptions &options);
    ~RequestAssembler();

    /// Registers a design and its analysis; returns its tag for line().
    int addSource(const Design &design, const Analysis &analysis);
    /// The same for a design that follows another catalog than the request's.
    int addSource(const Design &design, const Analysis &analysis, const Catalog &catalog);
    RequestLine line(int source, const Opening &opening);
    /// False when the options ask for one device and the opening is on
    /// another (or on none).
    bool wanted(int source, const Opening &opening) const;
    /// Adds the flows that cross no boundary to request.otherFlows.
    void addOtherFlows(int source);
    /// Puts `lines` into the request: section by section, numbered, paired,
    /// merged into rules, groups named.
    void finish(std::vector<RequestLine> lines);

private:
    struct Source;

    int hostOf(Source &source, int designHost);
    int groupOf(Source &source, int zone, const std::vector<int> &designHosts);
    RequestSide side(Source &source, int zone, const std::vector<int> &designHosts);
    QString justification(const RequestLine &line) const;
    int sectionOf(const Source &source, int firewall);
    void sortSections(std::vector<RequestLine> &lines);
    void pairLines();
    void makeRules();
    void collectWarnings();

    ChangeRequest &m_request;
    const Catalog &m_catalog;
    const ChangeRequestOptions &m_options;
    std::vector<std::unique_ptr<Source>> m_sources;
    QHash<QString, int> m_hostByContent;
    std::vector<RequestSection> m_sections;   ///< in the order lines first name them
    QHash<QString, int> m_sectionByDevice;    ///< firewall id ("" implicit) -> m_sections
    std::map<std::pair<QString, std::vector<int>>, int> m_groupByContent;
};

} // namespace pp
