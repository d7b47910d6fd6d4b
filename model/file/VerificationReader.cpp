// Reading the verification records of a design: what the checks written by
// `verify-script` said about each opening when `verify-import` read them.
#include "model/file/VerificationReader.h"

namespace pp::io {

namespace {

int readCount(JsonReader &r, const Json &o, const char *key, const QString &path)
{
    const Json *v = r.field(o, key);
    if (!v || v->is_null())
        return 0;
    if ((v->is_number_integer() || v->is_number_unsigned()) && v->get<long long>() >= 0
        && v->get<long long>() <= 100000000)
        return int(v->get<long long>());
    r.fail(JsonReader::at(path, key), QStringLiteral("expected a count from 0 to 100000000"));
    return 0;
}

} // namespace

void readVerifications(JsonReader &r, const Json &array, Design &d)
{
    for (size_t i = 0; i < array.size(); ++i) {
        const QString path = JsonReader::at(QStringLiteral("verifications"), i);
        const Json &o = array[i];
        if (!r.isObject(o, path))
            continue;
        VerificationRecord v;
        v.key = r.string(o, "key", path, true);
        const QString result = r.string(o, "result", path, true);
        if (auto res = verificationResultFromName(result))
            v.result = *res;
        else if (!result.isEmpty())
            r.fail(JsonReader::at(path, "result"),
                   QStringLiteral("expected verified, failed or untested, not \"%1\"").arg(result));
        v.time = r.string(o, "time", path);
        v.source = r.string(o, "source", path);
        v.fingerprint = r.string(o, "fingerprint", path);
        v.passed = readCount(r, o, "passed", path);
        v.failed = readCount(r, o, "failed", path);
        v.untested = readCount(r, o, "untested", path);
        v.failures = r.stringList(o, "failures", path);
        v.extras = extrasOf(o, {"key", "result", "time", "source", "fingerprint", "passed", "failed", "untested",
                                "failures"});
        d.verifications.push_back(std::move(v));
    }
}

} // namespace pp::io
