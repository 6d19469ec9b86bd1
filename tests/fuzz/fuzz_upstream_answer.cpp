// The upstream's 200 answers and error bodies.
#include "FuzzInput.h"
#include "upstream/UpstreamAnswer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzzInput(data, size);
    const UpstreamAnswer answer = UpstreamAnswer::parse(body, 1024 * 1024);
    if (!answer.error.isError() && (answer.base64.isEmpty() || answer.type == ImageType::Unknown))
        __builtin_trap(); // a usable answer must carry a typed image
    (void)UpstreamAnswer::errorText(body);
    return 0;
}
