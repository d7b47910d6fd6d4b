// libFuzzer target: the ConfigMgr inventory import. Whatever the CSV, the
// import either explains why it failed or yields a design the file format
// accepts and the engine can compute.
#include "model/catalog/Catalog.h"
#include "model/file/DesignFile.h"
#include "model/engine/RulesEngine.h"
#include "model/import/InventoryImport.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const pp::Catalog &catalog = pp::Catalog::builtin();
    const QByteArray csv(reinterpret_cast<const char *>(data), qsizetype(size));
    const pp::InventoryImportResult result = pp::InventoryImport::run(csv, catalog);
    if (!result.ok()) {
        if (result.messages.isEmpty())
            std::abort(); // refused without saying why
        return 0;
    }
    // An imported design must be a valid design.
    if (!pp::checkDesign(*result.design, catalog).isEmpty())
        std::abort();
    const pp::LoadResult reloaded = pp::DesignFile::parse(pp::DesignFile::serialize(*result.design), catalog);
    if (!reloaded.ok())
        std::abort();
    if (result.design->hosts.size() <= 300)
        (void)pp::RulesEngine(catalog).analyze(*result.design);
    return 0;
}
