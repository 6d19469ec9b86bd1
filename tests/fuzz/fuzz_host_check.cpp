// The Host and Authorization headers every request is checked against.
#include "FuzzInput.h"
#include "access/AccessGuard.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const AccessGuard guard(QStringLiteral("ib-fuzz-key-0123456789"),
                                   {QStringLiteral("imagebridge.local")});
    const QByteArray header = fuzzInput(data, size);
    (void)guard.isHostAllowed(header);
    const QByteArray trimmed = header.trimmed();
    if (guard.isAuthorized(header) && (!trimmed.endsWith("ib-fuzz-key-0123456789") ||
                                       !trimmed.left(7).toLower().startsWith("bearer ")))
        __builtin_trap(); // only "Bearer <the key>" opens the door
    return 0;
}
