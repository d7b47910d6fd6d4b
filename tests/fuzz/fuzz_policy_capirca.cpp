// libFuzzer target: the Capirca reader. The input is definitions and a
// policy separated by a line "%%" (networks, then services, then the .pol):
// whatever they hold, it refuses with a message or yields a policy the
// audit evaluates.
#include "model/audit/PolicyReader.h"
#include "tests/fuzz/FuzzPolicy.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<QByteArray> parts = bytes.split('%');
    QHash<QString, QByteArray> definitions;
    QByteArray policy = bytes;
    if (parts.size() >= 3) {
        definitions.insert(QStringLiteral("NETWORK.net"), parts[0]);
        definitions.insert(QStringLiteral("SERVICES.svc"), parts[1]);
        policy = parts.mid(2).join('%');
    }
    pp::fuzz::checkRefusal(pp::PolicyReader::parse(policy, QStringLiteral("capirca"), definitions));
    return 0;
}
