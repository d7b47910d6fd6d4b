// libFuzzer target: verify-import's results reader and the import itself.
// A results file is refused with a message naming the line, or every line
// it yields is matched against the design without a crash.
#include "model/verify/VerificationImport.h"
#include "model/verify/VerifyResults.h"
#include "tests/fuzz/FuzzPolicy.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const pp::VerifyResults results = pp::VerifyResults::parse(bytes);
    if (!results.ok()) {
        if (!results.error.startsWith(QLatin1String("line ")))
            std::abort(); // an error must name its line
        return 0;
    }
    static const pp::Analysis analysis = pp::RulesEngine(pp::Catalog::builtin()).analyze(pp::fuzz::auditDesign());
    const auto outcome = pp::VerificationImport::apply(pp::fuzz::auditDesign(), pp::Catalog::builtin(), analysis,
                                                       results, QStringLiteral("fuzz.csv"));
    if (outcome.matched + outcome.notes.size() != qsizetype(results.lines.size()))
        std::abort(); // every line is either matched or reported
    return 0;
}
