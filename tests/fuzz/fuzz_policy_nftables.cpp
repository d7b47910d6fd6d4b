// libFuzzer target: the nftables policy reader. Whatever the bytes, it refuses
// with a message or yields a policy the audit evaluates.
#include "model/audit/PolicyReader.h"
#include "tests/fuzz/FuzzPolicy.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    pp::fuzz::checkRefusal(pp::PolicyReader::parse(bytes, QStringLiteral("nftables")));
    return 0;
}
