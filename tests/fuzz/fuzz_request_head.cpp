// The start of a request as the connection layer reads it in front of QHttpServer.
#include "FuzzInput.h"
#include "RequestHead.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const RequestHead head = RequestHead::scan(fuzzInput(data, size));
    if (head.contentLength && *head.contentLength < 0)
        __builtin_trap();
    return 0;
}
