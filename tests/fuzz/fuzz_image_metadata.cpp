// Image files dropped onto the window or imported: format sniffing, metadata readers
// (PNG text chunks, JPEG, WebP), and writing metadata into whatever bytes came in.
#include "FuzzInput.h"
#include "image/ImageFormat.h"
#include "image/ImageMetadata.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzzInput(data, size);
    (void)ImageFormat::sniff(bytes);
    (void)ImageMetadata::readFrom(bytes);
    ImageMetadata metadata;
    metadata.prompt = QStringLiteral("fuzz");
    metadata.modelId = QStringLiteral("replicate/flux-schnell");
    const QByteArray written = metadata.embedInto(bytes);
    if (written != bytes) {
        const auto back = ImageMetadata::readFrom(written);
        if (!back || back->prompt != metadata.prompt)
            __builtin_trap(); // what we write we must read back
    }
    return 0;
}
