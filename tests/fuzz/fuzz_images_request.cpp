// POST /v1/images/generations bodies: JSON parsing, field validation, model resolution.
#include "FuzzInput.h"
#include "generation/ModelCatalog.h"
#include "requests/ImagesRequest.h"
#include "requests/RequestFields.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const ModelCatalog catalog;
    ApiError error;
    const auto body = RequestFields::parseObject(fuzzInput(data, size), &error);
    if (body)
        (void)ImagesRequest::parse(*body, catalog, QString());
    return 0;
}
