// Reading the boundary groups (rule 9) and review decisions of a design.
#include "model/file/GroupsAndReviewsReader.h"

namespace pp::io {

void readBoundaryGroups(JsonReader &r, const Json &array, Design &d)
{
    for (size_t i = 0; i < array.size(); ++i) {
        const QString path = JsonReader::at(QStringLiteral("boundaryGroups"), i);
        const Json &o = array[i];
        if (!r.isObject(o, path))
            continue;
        BoundaryGroup g;
        g.id = r.string(o, "id", path, true);
        g.name = r.string(o, "name", path);
        g.zones = r.stringList(o, "zones", path);
        g.subnets = r.stringList(o, "subnets", path);
        g.site = r.string(o, "site", path);
        g.systems = r.stringList(o, "systems", path);
        g.fallbackToDefault = r.boolean(o, "fallbackToDefault", path);
        if (auto it = o.find("fallback"); it != o.end() && !it->is_null()) {
            const QString fpath = JsonReader::at(path, "fallback");
            if (!it->is_array()) {
                r.fail(fpath, QStringLiteral("expected an array"));
            } else {
                for (size_t j = 0; j < it->size(); ++j) {
                    const QString jp = JsonReader::at(fpath, j);
                    const Json &f = (*it)[j];
                    if (!r.isObject(f, jp))
                        continue;
                    BoundaryFallback fb;
                    fb.to = r.string(f, "to", jp, true);
                    fb.roles = r.stringList(f, "roles", jp);
                    fb.never = r.boolean(f, "never", jp).value_or(false);
                    if (auto m = f.find("minutes"); m != f.end() && !m->is_null()) {
                        if ((m->is_number_integer() || m->is_number_unsigned()) && m->get<long long>() >= 0
                            && m->get<long long>() <= 525600)
                            fb.minutes = int(m->get<long long>());
                        else
                            r.fail(JsonReader::at(jp, "minutes"), QStringLiteral("expected whole minutes from 0 to 525600"));
                    }
                    if (fb.never && fb.minutes)
                        r.fail(jp, QStringLiteral("a fallback is either after some minutes or never, not both"));
                    fb.extras = extrasOf(f, {"to", "roles", "minutes", "never"});
                    g.fallback.push_back(std::move(fb));
                }
            }
        }
        g.extras = extrasOf(o, {"id", "name", "zones", "subnets", "site", "systems", "fallback", "fallbackToDefault"});
        d.boundaryGroups.push_back(std::move(g));
    }
}

void readReviews(JsonReader &r, const Json &array, Design &d)
{
    for (size_t i = 0; i < array.size(); ++i) {
        const QString path = JsonReader::at(QStringLiteral("reviews"), i);
        const Json &o = array[i];
        if (!r.isObject(o, path))
            continue;
        ReviewDecision rd;
        rd.key = r.string(o, "key", path, true);
        const QString verdict = r.string(o, "decision", path, true);
        if (auto v = verdictFromName(verdict))
            rd.verdict = *v;
        else if (!verdict.isEmpty())
            r.fail(JsonReader::at(path, "decision"),
                   QStringLiteral("expected approve, reject or question, not \"%1\"").arg(verdict));
        rd.comment = r.string(o, "comment", path);
        rd.reviewer = r.string(o, "reviewer", path);
        rd.time = r.string(o, "time", path);
        rd.fingerprint = r.string(o, "fingerprint", path);
        rd.extras = extrasOf(o, {"key", "decision", "comment", "reviewer", "time", "fingerprint"});
        d.reviews.push_back(std::move(rd));
    }
}

} // namespace pp::io
