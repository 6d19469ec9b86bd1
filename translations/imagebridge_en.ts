<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ContactSheet</name>
    <message numerus="yes">
        <source>%n prompt(s)</source>
        <translation>
            <numerusform>%n prompt</numerusform>
            <numerusform>%n prompts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n model</numerusform>
            <numerusform>%n models</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s)</source>
        <translation>
            <numerusform>%n sample</numerusform>
            <numerusform>%n samples</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GalleryCommands</name>
    <message numerus="yes">
        <source>Star %n image(s)</source>
        <translation>
            <numerusform>Star %n image</numerusform>
            <numerusform>Star %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unstar %n image(s)</source>
        <translation>
            <numerusform>Unstar %n image</numerusform>
            <numerusform>Unstar %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n image(s)</source>
        <translation>
            <numerusform>Restore %n image</numerusform>
            <numerusform>Restore %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n image(s) to the trash</source>
        <translation>
            <numerusform>Move %n image to the trash</numerusform>
            <numerusform>Move %n images to the trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n image(s) to the collection</source>
        <translation>
            <numerusform>Add %n image to the collection</numerusform>
            <numerusform>Add %n images to the collection</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n image(s) from the collection</source>
        <translation>
            <numerusform>Remove %n image from the collection</numerusform>
            <numerusform>Remove %n images from the collection</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GalleryCuration</name>
    <message numerus="yes">
        <source>Starred %n image(s)</source>
        <translation>
            <numerusform>Starred %n image</numerusform>
            <numerusform>Starred %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unstarred %n image(s)</source>
        <translation>
            <numerusform>Unstarred %n image</numerusform>
            <numerusform>Unstarred %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n image(s) to the trash</source>
        <translation>
            <numerusform>Moved %n image to the trash</numerusform>
            <numerusform>Moved %n images to the trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n image(s)</source>
        <translation>
            <numerusform>Restored %n image</numerusform>
            <numerusform>Restored %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n image(s) to the collection</source>
        <translation>
            <numerusform>Added %n image to the collection</numerusform>
            <numerusform>Added %n images to the collection</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n image(s) from the collection</source>
        <translation>
            <numerusform>Removed %n image from the collection</numerusform>
            <numerusform>Removed %n images from the collection</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n image(s) and their files for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete this image and its file for good? This cannot be undone.</numerusform>
            <numerusform>Delete %n images and their files for good? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n image(s) for good</source>
        <translation>
            <numerusform>Deleted %n image for good</numerusform>
            <numerusform>Deleted %n images for good</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n image(s) in the trash and their files for good?</source>
        <translation>
            <numerusform>Delete the image in the trash and its file for good?</numerusform>
            <numerusform>Delete the %n images in the trash and their files for good?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GalleryImport</name>
    <message numerus="yes">
        <source>Imported %n image(s).</source>
        <translation>
            <numerusform>Imported %n image.</numerusform>
            <numerusform>Imported %n images.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n already in the gallery.</source>
        <translation>
            <numerusform>Skipped %n already in the gallery.</numerusform>
            <numerusform>Skipped %n already in the gallery.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read: %1</source>
        <translation>
            <numerusform>%n file could not be read: %1</numerusform>
            <numerusform>%n files could not be read: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GallerySections</name>
    <message numerus="yes">
        <source>%1, %n image(s)</source>
        <translation>
            <numerusform>%1, %n image</numerusform>
            <numerusform>%1, %n images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GalleryTransfers</name>
    <message numerus="yes">
        <source>Importing %n image(s)...</source>
        <translation>
            <numerusform>Importing %n image...</numerusform>
            <numerusform>Importing %n images...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n image(s)...</source>
        <translation>
            <numerusform>Exporting %n image...</numerusform>
            <numerusform>Exporting %n images...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n image(s) (%1) to %2</source>
        <translation>
            <numerusform>Exported %n image (%1) to %2</numerusform>
            <numerusform>Exported %n images (%1) to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were missing and are only in the manifest.</source>
        <translation>
            <numerusform>%n file was missing and is only in the manifest.</numerusform>
            <numerusform>%n files were missing and are only in the manifest.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GalleryView</name>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GenerateCommand</name>
    <message numerus="yes">
        <source>Generating %n image(s) with %1...</source>
        <translation>
            <numerusform>Generating %n image with %1...</numerusform>
            <numerusform>Generating %n images with %1...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LineWriter</name>
    <message numerus="yes">
        <source>(%n line(s) left out: the output was not being read)</source>
        <translation>
            <numerusform>(%n line left out: the output was not being read)</numerusform>
            <numerusform>(%n lines left out: the output was not being read)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Request log: %n request(s)</source>
        <translation>
            <numerusform>Request log: %n request</numerusform>
            <numerusform>Request log: %n requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelPickerModel</name>
    <message numerus="yes">
        <source>Failed %n time(s) in a row; try another model for a while.</source>
        <translation>
            <numerusform>Failed %n time in a row; try another model for a while.</numerusform>
            <numerusform>Failed %n times in a row; try another model for a while.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your arena rating: %1 (95 %: %2 – %3) from %n vote(s)</source>
        <translation>
            <numerusform>Your arena rating: %1 (95 %: %2 – %3) from %n vote</numerusform>
            <numerusform>Your arena rating: %1 (95 %: %2 – %3) from %n votes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PromptPanel</name>
    <message numerus="yes">
        <source>%n of the chosen models go through the public site or a deployment and stay 1024 × 1024.</source>
        <translation>
            <numerusform>%n of the chosen models goes through the public site or a deployment and stays 1024 × 1024.</numerusform>
            <numerusform>%n of the chosen models go through the public site or a deployment and stay 1024 × 1024.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestLogDock</name>
    <message numerus="yes">
        <source>Exported %n request(s)</source>
        <translation>
            <numerusform>Exported %n request</numerusform>
            <numerusform>Exported %n requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message numerus="yes">
        <source>The service could not make this image (%n attempt(s)). Retry, or pick another model.</source>
        <translation>
            <numerusform>The service could not make this image (%n attempt). Retry, or pick another model.</numerusform>
            <numerusform>The service could not make this image (%n attempts). Retry, or pick another model.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultRun</name>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n model</numerusform>
            <numerusform>%n models</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourcesCommand</name>
    <message numerus="yes">
        <source>with %n extra header(s)</source>
        <translation>
            <numerusform>with %n extra header</numerusform>
            <numerusform>with %n extra headers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpstreamCall</name>
    <message numerus="yes">
        <source>No image after %1 s (%n attempt(s)).</source>
        <translation>
            <numerusform>No image after %1 s (%n attempt).</numerusform>
            <numerusform>No image after %1 s (%n attempts).</numerusform>
        </translation>
    </message>
</context>
</TS>
