#pragma once

#include "image/ImageMetadata.h"

// The records node-based tools keep in PNG text: ComfyUI's executed graph ("prompt") and
// InvokeAI's "invokeai_metadata". Only what ImageMetadata holds is taken from them.
namespace WorkflowMetadata {

std::optional<ImageMetadata> fromComfyUi(const QString &promptGraph);
std::optional<ImageMetadata> fromInvokeAi(const QString &json);

} // namespace WorkflowMetadata
