#pragma once

#include <QByteArray>
#include <QString>

// The metadata texts found in an image file, before they are interpreted. Each container
// reader (PNG, JPEG, WebP) fills what its format carries; ImageMetadata decides which
// convention wins.
struct MetadataFields
{
    QByteArray imageBridgeJson; // ImageBridge's own complete record
    QString parameters;         // Automatic1111 "parameters" (PNG text, EXIF UserComment)
    QString comfyPrompt;        // ComfyUI "prompt": the executed node graph as JSON
    QString invokeAiMetadata;   // InvokeAI "invokeai_metadata" as JSON
    QByteArray xmp;             // an XMP packet

    bool isEmpty() const
    {
        return imageBridgeJson.isEmpty() && parameters.isEmpty() && comfyPrompt.isEmpty() &&
               invokeAiMetadata.isEmpty() && xmp.isEmpty();
    }
};

// Upper bound for any one metadata text read from a file: larger ones are ignored.
inline constexpr qsizetype maxMetadataText = 1024 * 1024;
