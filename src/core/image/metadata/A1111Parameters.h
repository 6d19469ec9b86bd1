#pragma once

#include "image/ImageMetadata.h"

// The "parameters" text of Automatic1111's web UI, which most image tools read (PNG Info,
// Civitai, Infinite Image Browsing, stable-diffusion-prompt-reader): the prompt, then one
// last line of "Key: value" pairs. Readers recognise that line by its "Steps:" key; a
// hosted model does not tell its step count, so ImageBridge writes "Steps: unknown"
// rather than a number that would look real.
namespace A1111Parameters {

QString format(const ImageMetadata &metadata, const QString &software);

// The prompt and the keys ImageMetadata knows (Model, Provider, Size, Created, Version);
// nullopt when the text is empty.
std::optional<ImageMetadata> parse(const QString &text);

} // namespace A1111Parameters
