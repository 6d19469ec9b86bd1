<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ApiError</name>
    <message>
        <source>We could not parse the JSON body of your request (%1). The body must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incorrect API key provided. Use the key shown by ImageBridge (imagebridge --serve prints it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You didn&apos;t provide an API key. Send it as &apos;Authorization: Bearer &lt;key&gt;&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Host &apos;%1&apos; is not allowed. Use 127.0.0.1 or localhost, or add the name to the allowed hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown request URL: %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method %1 is not allowed for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body is larger than this endpoint accepts (%1 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many images are being generated at once. Try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiServer</name>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatEndpoint</name>
    <message>
        <source>Image generation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-size image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatRequest</name>
    <message>
        <source>&apos;messages&apos; must be a non-empty array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each message must be an object with a &apos;role&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user message to take the prompt from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last user message has no text to use as the prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt is too long: %1 characters, at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No images were generated yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images were generated for these prompts: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>ImageBridge: a desktop studio and a local OpenAI-compatible server for the AI SDK Image Generator.

  imagebridge                      start the desktop studio
  imagebridge --serve              run the API server without a window
  imagebridge generate &quot;PROMPT&quot;    make images and print their paths
  imagebridge --list-models        list the model ids

Environment: IMAGEBRIDGE_UPSTREAM_URL, IMAGEBRIDGE_API_KEY, IMAGEBRIDGE_DATA_DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the API server headless until SIGINT/SIGTERM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the model ids and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port to listen on (default 8787; 0 picks a free one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key clients must send (default: the saved, generated key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream endpoint URL (default: the public service).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model catalog JSON file replacing the built-in one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the image gallery (default: the user&apos;s data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate: model id (default: the default model).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate: number of images, 1 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate: folder to write the images to (default: the current folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate: png, jpeg or webp (default: as the upstream sends it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print debug output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate images from PROMPT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate takes one prompt in quotes, e.g. imagebridge generate &quot;a red fox&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--serve and generate cannot be combined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API key must have at least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the upstream URL &apos;%1&apos; is not an http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-n must be a number from 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be png, jpeg or webp</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilesEndpoint</name>
    <message>
        <source>The image could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GalleryModel</name>
    <message>
        <source>%1
%2 · %3 · %4 s
from %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GalleryView</name>
    <message>
        <source>Search prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No image matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your images will appear here, including those made by API clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reuse prompt and model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in file manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GenerationJob</name>
    <message>
        <source>image %1: attempt %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1: attempt %2 failed after %3 ms: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1: retrying in %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1: %2 %3x%4, %5 bytes after %6 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageActions</name>
    <message>
        <source>Save image as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;JPEG image (*.jpg *.jpeg);;WebP image (*.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this image from the gallery and from disk?

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageDetailDialog</name>
    <message>
        <source>Image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to the window, or show at 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2, %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API client %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reuse prompt and model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in file manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageFormat</name>
    <message>
        <source>The image could not be decoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image could not be encoded as %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageStore</name>
    <message>
        <source>Cannot create the image folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the image index: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image index was written by a newer ImageBridge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the image index: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image data is not valid base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image index is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot index the image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is still being saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the image from the index: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImagesEndpoint</name>
    <message>
        <source>The upstream (AI SDK Image Generator) can only create images from a text prompt; it cannot edit images or make variations. Use /v1/images/generations.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImagesRequest</name>
    <message>
        <source>Missing required parameter: &apos;prompt&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;prompt&apos; is too long: %1 characters, at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid value for &apos;size&apos;: &apos;%1&apos;. Use &apos;auto&apos; or WIDTHxHEIGHT such as 1024x1024.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The model %1 is not in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ImageBridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;ImageBridge %1&lt;/h3&gt;&lt;p&gt;A desktop studio and a local OpenAI-compatible server for the AI SDK Image Generator.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show ImageBridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or stop the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ImageBridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gallery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ImageBridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local API &amp;server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API server could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing %1 models...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images are ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your images are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That image is no longer in the gallery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt and model restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the server panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ImageBridge: serving at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ImageBridge keeps running in the tray. Quit it from the tray menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not say how it was made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelCatalog</name>
    <message>
        <source>Cannot read the model catalog %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model catalog %1 is larger than 4 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a provider has no valid &quot;id&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a model has no &quot;id&quot; or &quot;upstreamModelId&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model %1 names an unknown provider &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model %1 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alias %1 points to unknown model %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preset %1 names unknown model %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default model %1 is not in the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model &apos;%1&apos; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Filter models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the %1 models of the upstream&apos;s page: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 models: compare</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelPickerModel</name>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cooling down</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Failed %n time(s) in a row; try another model for a while.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % · %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 recent images succeeded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelStats</name>
    <message>
        <source>Cannot open the model history: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptPanel</name>
    <message>
        <source>&amp;Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier prompts (Up and Down in the prompt box go through them too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the image, e.g. a corgi in a space suit, watercolor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⟳</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Images per model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images per model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service makes square images: 1024 × 1024 for size-based providers, 1:1 for the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the running generations (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a corgi in a space suit, watercolor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lighthouse on a cliff at dawn, oil painting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cozy reading nook with rain on the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an isometric pixel-art city at night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bowl of ramen, studio photo, soft light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a red fox in fresh snow, national geographic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a paper-cut diorama of a mountain village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a retro-futuristic train station, 1960s poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an astronaut tending a greenhouse on Mars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1:1 (1024 × 1024)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a prompt first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt is too long (%1 characters, at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick at least one model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestFields</name>
    <message>
        <source>%1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid type for &apos;%1&apos;: expected a string, but got %2 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid type for &apos;%1&apos;: expected an integer, but got %2 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid value for &apos;%1&apos;: %2 is not between %3 and %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid type for &apos;%1&apos;: expected a boolean, but got %2 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid value for &apos;%1&apos;: &apos;%2&apos;. Supported values are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestLog</name>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestLogDock</name>
    <message>
        <source>curl command copied (the key is read from $IMAGEBRIDGE_API_KEY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the log as JSON lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the same prompt and model again from this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a request to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 from %3 at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images asked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization: [redacted]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer: still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer: HTTP %1, %2 bytes, %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream attempts: %1, last upstream latency: %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export request log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n request(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <source>The service is busy right now. Try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the service. Check your connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service took too long to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service could not make this image. It often works on a second try.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service refused this request (the model may be unavailable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service answered with something that is not an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upstream busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upstream failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt %1 of %2...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the image...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, retrying in %2 s, attempt %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Done after %n attempt(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to open the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Type a prompt, pick one or more models and press Ctrl+Enter.
With several models you get their results side by side.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerController</name>
    <message>
        <source>&apos;%1&apos; is not an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>127.0.0.1 keeps the server private to this computer. 0.0.0.0 makes it reachable from your network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new key; clients with the old one stop working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base &amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client set-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local API server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients set up with the current key will be refused until they get the new one. Make a new key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new API key was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not start: %1

Is another ImageBridge running? Choose another port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 set-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 set-up copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoint URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout per attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout per attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First &amp;retry after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First retry after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Default model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Image folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start the API server with the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep running in the system tray when the window closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chat answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compact image in the chat, with a link to the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to the image only (smallest chat history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new image folder is used from the next start; images already made stay where they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint URL must be an http:// or https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image folder cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpstreamCall</name>
    <message>
        <source>The upstream sent an image larger than %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upstream sent nothing for %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the upstream: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upstream connection broke off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upstream is busy (rate limited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upstream timed out (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upstream failed to generate the image (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upstream rejected the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upstream answered garbage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no image in the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image is larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data is not a PNG, JPEG, WebP or GIF image</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No image after %1 s (%n attempt(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>no display found; run the server with --serve or make images with generate (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
