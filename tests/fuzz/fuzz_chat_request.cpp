// POST /v1/chat/completions bodies: messages, content parts, purpose, model resolution.
#include "FuzzInput.h"
#include "generation/ModelCatalog.h"
#include "requests/ChatRequest.h"
#include "requests/RequestFields.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const ModelCatalog catalog;
    ApiError error;
    const auto body = RequestFields::parseObject(fuzzInput(data, size), &error);
    if (body)
        (void)ChatRequest::parse(*body, catalog, QString());
    return 0;
}
