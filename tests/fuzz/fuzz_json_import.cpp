// Exchange::importJson must refuse bad documents with a message, never crash,
// and leave the database as it was. Every input runs inside an outer
// transaction that is rolled back, so each one sees the same empty database.
#include "core/storage/database.h"
#include "core/exchange/exchange.h"
#include "core/storage/stores.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace neuvo;

namespace {

Database &database()
{
    static int argc = 1;
    static char name[] = "fuzz_json_import";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static QTemporaryDir dir;
    // Never destroyed: at exit Qt SQL's own statics may already be gone.
    static Database *db = new Database;
    if (!db->isOpen() && !db->open(dir.filePath(QStringLiteral("fuzz.sqlite"))))
        std::abort();
    return *db;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Database &db = database();
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto result = db.transaction([&]() -> Result<void> {
        const auto imported = Exchange::importJson(db, json);
        if (!imported && imported.error().isEmpty())
            std::abort(); // a refusal always says why
        return fail(QStringLiteral("roll back"));
    });
    if (result.error() != QStringLiteral("roll back"))
        std::abort();
    if (*ClientStore(db).count() != 0)
        std::abort();
    return 0;
}
