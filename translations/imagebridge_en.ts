<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
        <source>Done after %n attempt(s).</source>
        <translation>
            <numerusform>Done after %n attempt.</numerusform>
            <numerusform>Done after %n attempts.</numerusform>
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
