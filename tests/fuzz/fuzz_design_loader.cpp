// libFuzzer target: the .portplan loader, then the engine on what it
// accepts, then the round trip. A file the loader accepts must save and load
// back to the same design; anything else is a bug worth a crash.
#include "model/catalog/Catalog.h"
#include "model/file/DesignFile.h"
#include "model/engine/RulesEngine.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const pp::Catalog &catalog = pp::Catalog::builtin();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const pp::LoadResult loaded = pp::DesignFile::parse(bytes, catalog);
    if (!loaded.ok()) {
        if (loaded.errors.isEmpty())
            std::abort(); // refused without saying why
        return 0;
    }
    const pp::Design &design = *loaded.design;
    // Keep executions fast: the engine's cost grows with hosts squared at worst.
    if (design.hosts.size() <= 300)
        (void)pp::RulesEngine(catalog).analyze(design);
    const QByteArray saved = pp::DesignFile::serialize(design);
    const pp::LoadResult again = pp::DesignFile::parse(saved, catalog);
    if (!again.ok() || !(*again.design == design))
        std::abort(); // the round trip lost or changed something
    if (pp::DesignFile::serialize(*again.design) != saved)
        std::abort(); // saving is not stable
    return 0;
}
