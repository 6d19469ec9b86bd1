<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ApiEngine</name>
    <message>
        <source>&apos;%1&apos; is not an IP address.</source>
        <translation>&apos;%1&apos; 不是 IP 地址。</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>We could not parse the JSON body of your request (%1). The body must be a JSON object.</source>
        <translation>无法解析请求的 JSON 正文（%1）。正文必须是一个 JSON 对象。</translation>
    </message>
    <message>
        <source>Incorrect API key provided. Use the key shown by ImageBridge (imagebridge --serve prints it).</source>
        <translation>API 密钥不正确。请使用 ImageBridge 显示的密钥（imagebridge --serve 会打印它）。</translation>
    </message>
    <message>
        <source>You didn&apos;t provide an API key. Send it as &apos;Authorization: Bearer &lt;key&gt;&apos;.</source>
        <translation>未提供 API 密钥。请以 &apos;Authorization: Bearer &lt;key&gt;&apos; 的形式发送。</translation>
    </message>
    <message>
        <source>The Host &apos;%1&apos; is not allowed. Use 127.0.0.1 or localhost, or add the name to the allowed hosts.</source>
        <translation>不允许的 Host &apos;%1&apos;。请使用 127.0.0.1 或 localhost，或把该名称加入允许的主机。</translation>
    </message>
    <message>
        <source>Unknown request URL: %1 %2.</source>
        <translation>未知的请求地址：%1 %2。</translation>
    </message>
    <message>
        <source>Method %1 is not allowed for %2.</source>
        <translation>%2 不允许 %1 方法。</translation>
    </message>
    <message>
        <source>The request body is larger than this endpoint accepts (%1 MiB).</source>
        <translation>请求正文超过了此端点允许的大小（%1 MiB）。</translation>
    </message>
    <message>
        <source>Too many images are being generated at once. Try again shortly.</source>
        <translation>同时生成的图片太多，请稍后再试。</translation>
    </message>
    <message>
        <source>The request did not arrive in time: %1.</source>
        <translation>请求未能按时到达：%1。</translation>
    </message>
    <message>
        <source>The request body is larger than this endpoint accepts.</source>
        <translation>请求正文超出了此端点可接受的大小。</translation>
    </message>
    <message>
        <source>The request is too large: %1.</source>
        <translation>请求过大：%1。</translation>
    </message>
    <message>
        <source>The server has too many open connections. Try again shortly.</source>
        <translation>服务器打开的连接过多，请稍后重试。</translation>
    </message>
    <message>
        <source>Only HTTP/1.0 and HTTP/1.1 are supported.</source>
        <translation>仅支持 HTTP/1.0 和 HTTP/1.1。</translation>
    </message>
    <message>
        <source>The request is not valid HTTP/1.1: %1.</source>
        <translation>请求不是有效的 HTTP/1.1：%1。</translation>
    </message>
</context>
<context>
    <name>ApiServer</name>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>无法监听 %1:%2：%3</translation>
    </message>
</context>
<context>
    <name>ArenaSession</name>
    <message>
        <source>The arena needs at least two models in the pool.</source>
        <translation>竞技场的模型池至少需要两个模型。</translation>
    </message>
    <message>
        <source>Type a prompt for the arena.</source>
        <translation>请为竞技场输入提示词。</translation>
    </message>
    <message>
        <source>arena</source>
        <translation>竞技场</translation>
    </message>
</context>
<context>
    <name>ArenaView</name>
    <message>
        <source>The last vote was taken back.</source>
        <translation>已撤回上一次投票。</translation>
    </message>
    <message>
        <source>%1 failed (%2); trying another pair. Failures count against reliability, not as votes.</source>
        <translation>%1 失败（%2）；正在换一组。失败计入可靠性，不算投票。</translation>
    </message>
    <message>
        <source>Generating...</source>
        <translation>正在生成...</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>左</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>右</translation>
    </message>
    <message>
        <source>Making the next pair. The names stay hidden until you vote.</source>
        <translation>正在生成下一组。投票前不显示模型名称。</translation>
    </message>
    <message>
        <source>Prompt: %1</source>
        <translation>提示词：%1</translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>正在加载...</translation>
    </message>
    <message>
        <source>The image could not be read.</source>
        <translation>无法读取图片。</translation>
    </message>
    <message>
        <source>You chose the left one</source>
        <translation>你选择了左边</translation>
    </message>
    <message>
        <source>You chose the right one</source>
        <translation>你选择了右边</translation>
    </message>
    <message>
        <source>A tie</source>
        <translation>平局</translation>
    </message>
    <message>
        <source>Both bad</source>
        <translation>都不好</translation>
    </message>
    <message>
        <source>%1: left was %2 (now %3), right was %4 (now %5).</source>
        <translation>%1：左边是 %2（现在 %3），右边是 %4（现在 %5）。</translation>
    </message>
    <message>
        <source>Arena prompt</source>
        <translation>竞技场提示词</translation>
    </message>
    <message>
        <source>Separate several prompts with | to take turns</source>
        <translation>用 | 分隔多个提示词，轮流使用</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Left is better (1)</source>
        <translation>左边更好（1）</translation>
    </message>
    <message>
        <source>Right is better (2)</source>
        <translation>右边更好（2）</translation>
    </message>
    <message>
        <source>Tie (3)</source>
        <translation>平局（3）</translation>
    </message>
    <message>
        <source>Both bad (0)</source>
        <translation>都不好（0）</translation>
    </message>
    <message>
        <source>Undo vote</source>
        <translation>撤回投票</translation>
    </message>
    <message>
        <source>Left image</source>
        <translation>左侧图片</translation>
    </message>
    <message>
        <source>Right image</source>
        <translation>右侧图片</translation>
    </message>
    <message>
        <source>Your leaderboard</source>
        <translation>你的排行榜</translation>
    </message>
    <message>
        <source>All votes...</source>
        <translation>所有投票...</translation>
    </message>
    <message>
        <source>Review your votes, compare their images or take one back</source>
        <translation>查看你的投票、对比其图片或撤回某次投票</translation>
    </message>
    <message>
        <source>Vote: left is better</source>
        <translation>投票：左边更好</translation>
    </message>
    <message>
        <source>Vote: right is better</source>
        <translation>投票：右边更好</translation>
    </message>
    <message>
        <source>Vote: a tie</source>
        <translation>投票：平局</translation>
    </message>
    <message>
        <source>Vote: both bad</source>
        <translation>投票：都不好</translation>
    </message>
    <message>
        <source>Check two or more models in the picker, type a prompt and press Start.</source>
        <translation>在模型选择器中勾选两个或更多模型，输入提示词，然后点击“开始”。</translation>
    </message>
</context>
<context>
    <name>ArenaVotesDialog</name>
    <message>
        <source>Compare the images</source>
        <translation>对比图片</translation>
    </message>
    <message>
        <source>Take the vote back</source>
        <translation>撤回这次投票</translation>
    </message>
    <message>
        <source>Your arena votes</source>
        <translation>你的竞技场投票</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>左</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>右</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>left is better</source>
        <translation>左边更好</translation>
    </message>
    <message>
        <source>right is better</source>
        <translation>右边更好</translation>
    </message>
    <message>
        <source>tie</source>
        <translation>平局</translation>
    </message>
    <message>
        <source>both bad</source>
        <translation>都不好</translation>
    </message>
</context>
<context>
    <name>ChatEndpoint</name>
    <message>
        <source>Full-size image</source>
        <translation>原尺寸图片</translation>
    </message>
</context>
<context>
    <name>ChatRequest</name>
    <message>
        <source>Each message must be an object with a &apos;role&apos;.</source>
        <translation>每条消息都必须是带有 &apos;role&apos; 的对象。</translation>
    </message>
    <message>
        <source>There is no user message to take the prompt from.</source>
        <translation>没有可以用作提示词的用户消息。</translation>
    </message>
    <message>
        <source>The last user message has no text to use as the prompt.</source>
        <translation>最后一条用户消息中没有可用作提示词的文字。</translation>
    </message>
    <message>
        <source>The prompt is too long: %1 characters, at most %2.</source>
        <translation>提示词太长：%1 个字符，最多 %2 个。</translation>
    </message>
    <message>
        <source>Image generation</source>
        <translation>图片生成</translation>
    </message>
    <message>
        <source>No images were generated yet.</source>
        <translation>还没有生成图片。</translation>
    </message>
    <message>
        <source>Images were generated for these prompts: </source>
        <translation>已为这些提示词生成图片：</translation>
    </message>
</context>
<context>
    <name>ClientGuides</name>
    <message>
        <source>Settings → Custom endpoint: on

Endpoint: %1
API key: %2
Custom models: +replicate/flux-schnell,+vertex/imagen-3.0-fast,+dall-e-3

Pick one of these models in a chat. With &quot;dall-e-3&quot; NextChat calls the images endpoint directly.</source>
        <translation>设置 → 自定义接口：开启

接口地址：%1
API 密钥：%2
自定义模型：+replicate/flux-schnell,+vertex/imagen-3.0-fast,+dall-e-3

在对话中选择其中一个模型即可。选择 &quot;dall-e-3&quot; 时 NextChat 会直接调用图片接口。</translation>
    </message>
    <message>
        <source>Settings → AI Service Provider → add a custom provider (OpenAI-compatible), not the built-in &quot;OpenAI&quot; one, and leave &quot;Use Responses API&quot; off: ImageBridge answers chat completions and the images endpoint.

API proxy address: %1
API key: %2

Add model ids by hand, e.g. replicate/flux-schnell, vertex/imagen-3.0-fast: LobeChat&apos;s fetched list drops image models it does not know and every id containing &quot;dall-e&quot;. Chat with one of them to get an image; for the AI Image page, give the model the type Image when you add it.

If LobeChat runs in Docker, 127.0.0.1 is the container: start ImageBridge with --host 0.0.0.0 and use your machine&apos;s address.</source>
        <translation>设置 → AI 服务商 → 添加自定义服务商（OpenAI 兼容），不要用内置的 &quot;OpenAI&quot;，并保持 &quot;使用 Responses API&quot; 关闭：ImageBridge 应答聊天补全和图像端点。

API 代理地址：%1
API 密钥：%2

手动添加模型 ID，例如 replicate/flux-schnell、vertex/imagen-3.0-fast：LobeChat 拉取的列表会丢掉它不认识的图像模型和所有含 &quot;dall-e&quot; 的 ID。在对话中选择其中一个即可得到图片；要在 AI 绘画页面使用，添加模型时把类型设为“图像”。

如果 LobeChat 运行在 Docker 中，127.0.0.1 指的是容器本身：请用 --host 0.0.0.0 启动 ImageBridge，并填写本机的地址。</translation>
    </message>
    <message>
        <source>Settings → Model Provider → Add: name it ImageBridge, provider type OpenAI (not OpenAI-Response).

API key: %2
API address: %1 (Cherry Studio adds /v1 itself)

Models → Add ids such as replicate/flux-schnell, vertex/imagen-3.0-fast or dall-e-3: Cherry Studio sends image models (flux, imagen, dall-e, gpt-image in the id) to the images endpoint and shows the picture in the chat.

For the Paintings page, add ImageBridge once more with provider type New API: its models appear there, marked for image generation.</source>
        <translation>设置 → 模型服务商 → 添加：命名为 ImageBridge，服务商类型选 OpenAI（不是 OpenAI-Response）。

API 密钥：%2
API 地址：%1（Cherry Studio 会自动加上 /v1）

模型 → 添加 replicate/flux-schnell、vertex/imagen-3.0-fast 或 dall-e-3 等 ID：Cherry Studio 会把图像模型（ID 中含 flux、imagen、dall-e、gpt-image）发往图像端点，并在聊天中显示图片。

要使用绘画页面，请再添加一次 ImageBridge，服务商类型选 New API：它的模型会出现在那里，并标为图像生成。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Run the API server headless until SIGINT/SIGTERM.</source>
        <translation>不带界面运行 API 服务器，直到收到 SIGINT/SIGTERM。</translation>
    </message>
    <message>
        <source>Print the model ids and exit.</source>
        <translation>打印模型 ID 后退出。</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>监听地址（默认 127.0.0.1）。</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Port to listen on (default 8787; 0 picks a free one).</source>
        <translation>监听端口（默认 8787；0 表示自动选择空闲端口）。</translation>
    </message>
    <message>
        <source>port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>API key clients must send (default: the saved, generated key).</source>
        <translation>客户端必须发送的 API 密钥（默认：已保存的自动生成密钥）。</translation>
    </message>
    <message>
        <source>key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Upstream endpoint URL (default: the public service).</source>
        <translation>上游接口地址（默认：公共服务）。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Model catalog JSON file replacing the built-in one.</source>
        <translation>替换内置模型目录的 JSON 文件。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Folder for the image gallery (default: the user&apos;s data folder).</source>
        <translation>图库文件夹（默认：用户数据文件夹）。</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>generate: model id (default: the default model).</source>
        <translation>generate：模型 ID（默认：默认模型）。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>generate: number of images, 1 to 10.</source>
        <translation>generate：图片数量，1 到 10。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>generate: folder to write the images to (default: the current folder).</source>
        <translation>generate：图片写入的文件夹（默认：当前文件夹）。</translation>
    </message>
    <message>
        <source>generate: png, jpeg or webp (default: as the upstream sends it).</source>
        <translation>generate：png、jpeg 或 webp（默认：保持上游返回的格式）。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Print debug output.</source>
        <translation>打印调试输出。</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (see --help)</source>
        <translation>未知命令 &apos;%1&apos;（见 --help）</translation>
    </message>
    <message>
        <source>generate takes one prompt in quotes, e.g. imagebridge generate &quot;a red fox&quot;</source>
        <translation>generate 需要一个带引号的提示词，例如 imagebridge generate &quot;一只红狐狸&quot;</translation>
    </message>
    <message>
        <source>--serve and generate cannot be combined</source>
        <translation>--serve 不能与 generate 同时使用</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535</source>
        <translation>--port 必须是 0 到 65535 之间的数字</translation>
    </message>
    <message>
        <source>the API key must have at least 8 characters</source>
        <translation>API 密钥至少需要 8 个字符</translation>
    </message>
    <message>
        <source>the upstream URL &apos;%1&apos; is not an http(s) URL</source>
        <translation>上游地址 &apos;%1&apos; 不是 http(s) 地址</translation>
    </message>
    <message>
        <source>-n must be a number from 1 to %1</source>
        <translation>-n 必须是 1 到 %1 之间的数字</translation>
    </message>
    <message>
        <source>--format must be png, jpeg or webp</source>
        <translation>--format 必须是 png、jpeg 或 webp</translation>
    </message>
    <message>
        <source>INI file holding the settings (default: the platform&apos;s settings store).</source>
        <translation>保存设置的 INI 文件（默认：系统的设置存储）。</translation>
    </message>
    <message>
        <source>grid: file with one prompt per line (- for stdin).</source>
        <translation>grid：每行一个提示词的文件（- 表示标准输入）。</translation>
    </message>
    <message>
        <source>grid: model ids, separated by commas.</source>
        <translation>grid：模型 ID，用逗号分隔。</translation>
    </message>
    <message>
        <source>ids</source>
        <translation>ID 列表</translation>
    </message>
    <message>
        <source>grid: images per prompt and model, 1 to %1.</source>
        <translation>grid：每个提示词和模型生成的图片数，1 到 %1。</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>grid: images generated at once, 1 to %1 (default 4).</source>
        <translation>grid：同时生成的图片数，1 到 %1（默认 4）。</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>generate PROMPT: make images; grid: prompts x models.</source>
        <translation>generate 提示词：生成图片；grid：提示词 × 模型。</translation>
    </message>
    <message>
        <source>grid takes no arguments besides its options (see --help)</source>
        <translation>grid 除选项外不接受参数（见 --help）</translation>
    </message>
    <message>
        <source>grid needs --prompts FILE, --models ID[,ID...] and -o SHEET.png</source>
        <translation>grid 需要 --prompts 文件、--models ID[,ID...] 和 -o 总览图.png</translation>
    </message>
    <message>
        <source>--samples must be a number from 1 to %1</source>
        <translation>--samples 必须是 1 到 %1 之间的数字</translation>
    </message>
    <message>
        <source>--concurrency must be a number from 1 to %1</source>
        <translation>--concurrency 必须是 1 到 %1 之间的数字</translation>
    </message>
    <message>
        <source>--prompts, --models, --samples and --concurrency belong to grid</source>
        <translation>--prompts、--models、--samples 和 --concurrency 只用于 grid</translation>
    </message>
    <message>
        <source>--host &apos;%1&apos; is not an IP address (e.g. 127.0.0.1, or 0.0.0.0 for all)</source>
        <translation>--host &apos;%1&apos; 不是 IP 地址（例如 127.0.0.1，或用 0.0.0.0 监听所有地址）</translation>
    </message>
    <message>
        <source>provider=kind[:url]</source>
        <translation>提供方=类型[:网址]</translation>
    </message>
    <message>
        <source>sources takes no arguments (see --help)</source>
        <translation>sources 不接受参数（见 --help）</translation>
    </message>
    <message>
        <source>A source for a provider, repeatable, in failover order: PROVIDER=public, PROVIDER=deployment:URL or PROVIDER=direct (the provider&apos;s own API with your key; PROVIDER * for all).</source>
        <translation>某个提供方的来源，可重复指定，按故障转移顺序排列：PROVIDER=public、PROVIDER=deployment:URL 或 PROVIDER=direct（direct 表示用你的密钥调用提供方自己的 API；PROVIDER 为 * 表示所有提供方）。</translation>
    </message>
    <message>
        <source>Read provider keys from a dotenv file such as the template&apos;s .env.local (OPENAI_API_KEY, REPLICATE_API_TOKEN, FIREWORKS_API_KEY, GOOGLE_*); the environment&apos;s own win.</source>
        <translation>从 dotenv 文件（例如模板的 .env.local）读取提供方密钥（OPENAI_API_KEY、REPLICATE_API_TOKEN、FIREWORKS_API_KEY、GOOGLE_*）；环境中已有的变量优先。</translation>
    </message>
    <message>
        <source>generate: the image&apos;s size (1536x1024) or aspect ratio (16:9); only a direct source honours it, the nearest its provider makes.</source>
        <translation>generate：图片尺寸（1536x1024）或宽高比（16:9）；只有直连来源会遵循它，并采用其提供方能生成的最接近的尺寸。</translation>
    </message>
    <message>
        <source>shape</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>ImageBridge: a desktop studio and a local OpenAI-compatible server for the AI SDK Image Generator.

  imagebridge                      start the desktop studio
  imagebridge --serve              run the API server without a window
  imagebridge generate &quot;PROMPT&quot;    make images and print their paths
  imagebridge grid --prompts FILE --models ID[,ID...] -o SHEET.png
                                   prompts x models, as a labelled contact sheet
  imagebridge --list-models        list the model ids
  imagebridge sources              each provider&apos;s sources and their state

Environment: IMAGEBRIDGE_UPSTREAM_URL, IMAGEBRIDGE_SOURCES, IMAGEBRIDGE_API_KEY, IMAGEBRIDGE_DATA_DIR, IMAGEBRIDGE_SETTINGS_FILE; the template&apos;s provider keys (OPENAI_API_KEY, REPLICATE_API_TOKEN, FIREWORKS_API_KEY, GOOGLE_CLIENT_EMAIL, GOOGLE_PRIVATE_KEY, GOOGLE_PRIVATE_KEY_ID, GOOGLE_VERTEX_PROJECT, GOOGLE_VERTEX_LOCATION); IMAGEBRIDGE_&lt;PROVIDER&gt;_BASE_URL and IMAGEBRIDGE_GOOGLE_TOKEN_URL replace the providers&apos; API addresses.</source>
        <translation>ImageBridge：AI SDK Image Generator 的桌面工作室和本地 OpenAI 兼容服务器。

  imagebridge                      启动桌面工作室
  imagebridge --serve              不带窗口运行 API 服务器
  imagebridge generate &quot;提示词&quot;    生成图片并打印其路径
  imagebridge grid --prompts 文件 --models ID[,ID...] -o 总览图.png
                                   提示词 × 模型，生成带标签的总览图
  imagebridge --list-models        列出模型 ID
  imagebridge sources              各提供方的来源及其状态

环境变量：IMAGEBRIDGE_UPSTREAM_URL、IMAGEBRIDGE_SOURCES、IMAGEBRIDGE_API_KEY、IMAGEBRIDGE_DATA_DIR、IMAGEBRIDGE_SETTINGS_FILE；模板的提供方密钥（OPENAI_API_KEY、REPLICATE_API_TOKEN、FIREWORKS_API_KEY、GOOGLE_CLIENT_EMAIL、GOOGLE_PRIVATE_KEY、GOOGLE_PRIVATE_KEY_ID、GOOGLE_VERTEX_PROJECT、GOOGLE_VERTEX_LOCATION）；IMAGEBRIDGE_&lt;PROVIDER&gt;_BASE_URL 和 IMAGEBRIDGE_GOOGLE_TOKEN_URL 用于替换各提供方的 API 地址。</translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT (1536x1024) or a ratio (16:9)</source>
        <translation>--size 必须是 宽x高（1536x1024）或比例（16:9）</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>%1 · %2 × %3</source>
        <translation>%1 · %2 × %3</translation>
    </message>
    <message>
        <source>The image could not be read.</source>
        <translation>无法读取图片。</translation>
    </message>
    <message>
        <source>Left: %1   Right: %2</source>
        <translation>左：%1   右：%2</translation>
    </message>
    <message>
        <source>Compare: %1</source>
        <translation>对比：%1</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>并排</translation>
    </message>
    <message>
        <source>Slider</source>
        <translation>滑块</translation>
    </message>
    <message>
        <source>Before and after over the same spot (M)</source>
        <translation>在同一位置对比前后（M）</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>交换</translation>
    </message>
    <message>
        <source>Swap the images (X)</source>
        <translation>交换两张图片（X）</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适合窗口</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Left image</source>
        <translation>左侧图片</translation>
    </message>
    <message>
        <source>Right image</source>
        <translation>右侧图片</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>前后对比</translation>
    </message>
    <message>
        <source>Side by side or slider</source>
        <translation>并排或滑块</translation>
    </message>
    <message>
        <source>Swap the images</source>
        <translation>交换两张图片</translation>
    </message>
    <message>
        <source>Fit to the window</source>
        <translation>适合窗口</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>实际大小</translation>
    </message>
    <message>
        <source>Move the slider left</source>
        <translation>滑块左移</translation>
    </message>
    <message>
        <source>Move the slider right</source>
        <translation>滑块右移</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ContactSheet</name>
    <message>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>not made yet</source>
        <translation>尚未生成</translation>
    </message>
    <message>
        <source>ImageBridge grid</source>
        <translation>ImageBridge 网格</translation>
    </message>
    <message numerus="yes">
        <source>%n prompt(s)</source>
        <translation>
            <numerusform>%n 个提示词</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n 个模型</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s)</source>
        <translation>
            <numerusform>每格 %n 张</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · made with %3 %4</source>
        <translation>%1 · %2 · 由 %3 %4 生成</translation>
    </message>
</context>
<context>
    <name>DeploymentGuide</name>
    <message>
        <source>Use your own deployment</source>
        <translation>使用你自己的部署</translation>
    </message>
    <message>
        <source>Open Settings &gt; &amp;Sources</source>
        <translation>打开 设置 &gt; 来源(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&lt;p&gt;The public AI SDK Image Generator answers only its own web page, and 20 requests per address per day. Your own copy of the same template answers ImageBridge, with your own provider keys.&lt;/p&gt;&lt;p&gt;&lt;b&gt;On Vercel:&lt;/b&gt; open &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; and choose &lt;i&gt;Deploy&lt;/i&gt;. The form asks for the keys of the providers you use: &lt;tt&gt;OPENAI_API_KEY&lt;/tt&gt;, &lt;tt&gt;REPLICATE_API_TOKEN&lt;/tt&gt;, &lt;tt&gt;FIREWORKS_API_KEY&lt;/tt&gt;, and for Google Vertex &lt;tt&gt;GOOGLE_CLIENT_EMAIL&lt;/tt&gt;, &lt;tt&gt;GOOGLE_PRIVATE_KEY&lt;/tt&gt;, &lt;tt&gt;GOOGLE_PRIVATE_KEY_ID&lt;/tt&gt;, &lt;tt&gt;GOOGLE_VERTEX_PROJECT&lt;/tt&gt; and &lt;tt&gt;GOOGLE_VERTEX_LOCATION&lt;/tt&gt;. Its address then ends in &lt;tt&gt;.vercel.app&lt;/tt&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;On this computer:&lt;/b&gt; clone the repository, put the same variables in &lt;tt&gt;.env.local&lt;/tt&gt;, then run &lt;tt&gt;npm install&lt;/tt&gt; and &lt;tt&gt;npx next dev&lt;/tt&gt;. It listens on &lt;tt&gt;http://localhost:3000&lt;/tt&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Then&lt;/b&gt; add it in Settings &amp;gt; Sources as a deployment: the address followed by &lt;tt&gt;/api/generate-images&lt;/tt&gt;, for example &lt;tt&gt;https://my-app.vercel.app/api/generate-images&lt;/tt&gt;. A deployment behind Vercel Authentication also needs its &lt;tt&gt;x-vercel-protection-bypass&lt;/tt&gt; header.&lt;/p&gt;</source>
        <translation>&lt;p&gt;公共的 AI SDK Image Generator 只回应它自己的网页，并且每个地址每天只允许 20 次请求。你自己部署的同一模板会回应 ImageBridge，并使用你自己的提供方密钥。&lt;/p&gt;&lt;p&gt;&lt;b&gt;在 Vercel 上：&lt;/b&gt;打开 &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;，选择 &lt;i&gt;Deploy&lt;/i&gt;。表单会要求填写你所用提供方的密钥：&lt;tt&gt;OPENAI_API_KEY&lt;/tt&gt;、&lt;tt&gt;REPLICATE_API_TOKEN&lt;/tt&gt;、&lt;tt&gt;FIREWORKS_API_KEY&lt;/tt&gt;，Google Vertex 则需要 &lt;tt&gt;GOOGLE_CLIENT_EMAIL&lt;/tt&gt;、&lt;tt&gt;GOOGLE_PRIVATE_KEY&lt;/tt&gt;、&lt;tt&gt;GOOGLE_PRIVATE_KEY_ID&lt;/tt&gt;、&lt;tt&gt;GOOGLE_VERTEX_PROJECT&lt;/tt&gt; 和 &lt;tt&gt;GOOGLE_VERTEX_LOCATION&lt;/tt&gt;。部署后的地址以 &lt;tt&gt;.vercel.app&lt;/tt&gt; 结尾。&lt;/p&gt;&lt;p&gt;&lt;b&gt;在这台电脑上：&lt;/b&gt;克隆该仓库，把同样的变量写入 &lt;tt&gt;.env.local&lt;/tt&gt;，然后运行 &lt;tt&gt;npm install&lt;/tt&gt; 和 &lt;tt&gt;npx next dev&lt;/tt&gt;。它监听 &lt;tt&gt;http://localhost:3000&lt;/tt&gt;。&lt;/p&gt;&lt;p&gt;&lt;b&gt;然后&lt;/b&gt;在 设置 &amp;gt; 来源 中把它添加为部署：地址后面加上 &lt;tt&gt;/api/generate-images&lt;/tt&gt;，例如 &lt;tt&gt;https://my-app.vercel.app/api/generate-images&lt;/tt&gt;。启用了 Vercel Authentication 的部署还需要它的 &lt;tt&gt;x-vercel-protection-bypass&lt;/tt&gt; 请求头。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>FilesEndpoint</name>
    <message>
        <source>The image could not be read: %1</source>
        <translation>无法读取图片：%1</translation>
    </message>
</context>
<context>
    <name>FireworksCall</name>
    <message>
        <source>Fireworks&apos; content filter refused the prompt. Change the prompt.</source>
        <translation>Fireworks 的内容过滤器拒绝了该提示词。请修改提示词。</translation>
    </message>
    <message>
        <source>Fireworks answered something that is not an image.</source>
        <translation>Fireworks 返回的内容不是图片。</translation>
    </message>
</context>
<context>
    <name>GalleryCommands</name>
    <message numerus="yes">
        <source>Star %n image(s)</source>
        <translation>
            <numerusform>为 %n 张图片加星标</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unstar %n image(s)</source>
        <translation>
            <numerusform>取消 %n 张图片的星标</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n image(s)</source>
        <translation>
            <numerusform>恢复 %n 张图片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n image(s) to the trash</source>
        <translation>
            <numerusform>将 %n 张图片移到回收站</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n image(s) to the collection</source>
        <translation>
            <numerusform>将 %n 张图片加入收藏集</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n image(s) from the collection</source>
        <translation>
            <numerusform>从收藏集移除 %n 张图片</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GalleryCuration</name>
    <message numerus="yes">
        <source>Starred %n image(s)</source>
        <translation>
            <numerusform>已为 %n 张图片加星标</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unstarred %n image(s)</source>
        <translation>
            <numerusform>已取消 %n 张图片的星标</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n image(s) to the trash</source>
        <translation>
            <numerusform>已将 %n 张图片移到回收站</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n image(s)</source>
        <translation>
            <numerusform>已恢复 %n 张图片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n image(s) to the collection</source>
        <translation>
            <numerusform>已将 %n 张图片加入收藏集</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n image(s) from the collection</source>
        <translation>
            <numerusform>已从收藏集移除 %n 张图片</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>永久删除</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n image(s) and their files for good? This cannot be undone.</source>
        <translation>
            <numerusform>永久删除 %n 张图片及其文件？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n image(s) for good</source>
        <translation>
            <numerusform>已永久删除 %n 张图片</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted %1 of %2 images: %3</source>
        <translation>已删除 %2 张图片中的 %1 张：%3</translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>清空回收站</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n image(s) in the trash and their files for good?</source>
        <translation>
            <numerusform>永久删除回收站中的 %n 张图片及其文件？</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>清空回收站</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>新建收藏集</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Rename collection</source>
        <translation>重命名收藏集</translation>
    </message>
    <message>
        <source>Delete collection</source>
        <translation>删除收藏集</translation>
    </message>
    <message>
        <source>Delete this collection? Its images stay in the gallery.</source>
        <translation>删除这个收藏集？其中的图片仍保留在图库中。</translation>
    </message>
    <message>
        <source>Collection deleted</source>
        <translation>收藏集已删除</translation>
    </message>
</context>
<context>
    <name>GalleryExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>GalleryImport</name>
    <message numerus="yes">
        <source>Imported %n image(s).</source>
        <translation>
            <numerusform>已导入 %n 张图片。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n already in the gallery.</source>
        <translation>
            <numerusform>跳过了 %n 张已在图库中的图片。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read: %1</source>
        <translation>
            <numerusform>%n 个文件无法读取：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GalleryModel</name>
    <message>
        <source>%1
%2 · %3 · %4 s
from %5</source>
        <translation>%1
%2 · %3 · %4 秒
来自 %5</translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation>图片：%1</translation>
    </message>
    <message>
        <source>Starred image: %1</source>
        <translation>星标图片：%1</translation>
    </message>
    <message>
        <source>★ Starred</source>
        <translation>★ 已加星标</translation>
    </message>
</context>
<context>
    <name>GallerySections</name>
    <message>
        <source>Gallery sections</source>
        <translation>图库分区</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n image(s)</source>
        <translation>
            <numerusform>%1，%n 张图片</numerusform>
        </translation>
    </message>
    <message>
        <source>All images</source>
        <translation>全部图片</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>星标</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>New collection...</source>
        <translation>新建收藏集...</translation>
    </message>
    <message>
        <source>Rename collection...</source>
        <translation>重命名收藏集...</translation>
    </message>
    <message>
        <source>Delete collection...</source>
        <translation>删除收藏集...</translation>
    </message>
    <message>
        <source>Empty trash...</source>
        <translation>清空回收站...</translation>
    </message>
    <message>
        <source>Export collection...</source>
        <translation>导出收藏集...</translation>
    </message>
</context>
<context>
    <name>GalleryTransfers</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import a folder of images</source>
        <translation>导入图片文件夹</translation>
    </message>
    <message>
        <source>%1 holds no PNG, JPEG, WebP or GIF images.</source>
        <translation>%1 中没有 PNG、JPEG、WebP 或 GIF 图片。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n image(s)...</source>
        <translation>
            <numerusform>正在导入 %n 张图片...</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled. %1</source>
        <translation>导入已取消。%1</translation>
    </message>
    <message>
        <source>Export images</source>
        <translation>导出图片</translation>
    </message>
    <message>
        <source>ZIP archive (*.zip)</source>
        <translation>ZIP 压缩包 (*.zip)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n image(s)...</source>
        <translation>
            <numerusform>正在导出 %n 张图片...</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n image(s) (%1) to %2</source>
        <translation>
            <numerusform>已将 %n 张图片（%1）导出到 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were missing and are only in the manifest.</source>
        <translation>
            <numerusform>%n 个文件已丢失，只记录在清单中。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GalleryView</name>
    <message>
        <source>Search prompts</source>
        <translation>搜索提示词</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>所有模型</translation>
    </message>
    <message>
        <source>Filter by model</source>
        <translation>按模型筛选</translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation>图库</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>显示 %1 张</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n 张图片</numerusform>
        </translation>
    </message>
    <message>
        <source>No image matches the filter.</source>
        <translation>没有符合筛选条件的图片。</translation>
    </message>
    <message>
        <source>Your images will appear here, including those made by API clients.</source>
        <translation>你的图片会显示在这里，包括 API 客户端生成的图片。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Reuse prompt and model</source>
        <translation>复用提示词和模型</translation>
    </message>
    <message>
        <source>Save as...</source>
        <translation>另存为...</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>复制图片</translation>
    </message>
    <message>
        <source>Copy prompt</source>
        <translation>复制提示词</translation>
    </message>
    <message>
        <source>Show in file manager</source>
        <translation>在文件管理器中显示</translation>
    </message>
    <message>
        <source>The file is missing</source>
        <translation>文件已丢失</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>所有来源</translation>
    </message>
    <message>
        <source>This window</source>
        <translation>本窗口</translation>
    </message>
    <message>
        <source>API clients</source>
        <translation>API 客户端</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Filter by source</source>
        <translation>按来源筛选</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>任何时间</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Past 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Past 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Past year</source>
        <translation>最近一年</translation>
    </message>
    <message>
        <source>Filter by date</source>
        <translation>按日期筛选</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>最新在前</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>最早在前</translation>
    </message>
    <message>
        <source>By model</source>
        <translation>按模型</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>排序方式</translation>
    </message>
    <message>
        <source>Empty trash...</source>
        <translation>清空回收站...</translation>
    </message>
    <message>
        <source>The trash is empty. Deleted images wait here until you empty it.</source>
        <translation>回收站是空的。删除的图片会留在这里，直到你清空回收站。</translation>
    </message>
    <message>
        <source>No starred images yet. Press S on an image to star it.</source>
        <translation>还没有星标图片。选中图片后按 S 即可加星标。</translation>
    </message>
    <message>
        <source>This collection is empty. Add images from their context menu.</source>
        <translation>这个收藏集是空的。可通过图片的右键菜单添加。</translation>
    </message>
    <message>
        <source>Add to collection</source>
        <translation>加入收藏集</translation>
    </message>
    <message>
        <source>New collection...</source>
        <translation>新建收藏集...</translation>
    </message>
    <message>
        <source>Remove from this collection</source>
        <translation>从此收藏集移除</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Delete for good...</source>
        <translation>永久删除...</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>取消星标</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>加星标</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>导出...</translation>
    </message>
    <message>
        <source>ImageBridge images</source>
        <translation>ImageBridge 图片</translation>
    </message>
    <message>
        <source>Filter and sort</source>
        <translation>筛选和排序</translation>
    </message>
    <message>
        <source>Arena</source>
        <translation>竞技场</translation>
    </message>
    <message>
        <source>Grids</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Thumbnail size</source>
        <translation>缩略图大小</translation>
    </message>
    <message>
        <source>Star or unstar the selection</source>
        <translation>为所选图片加星标或取消星标</translation>
    </message>
    <message>
        <source>Compare the two selected images</source>
        <translation>对比所选的两张图片</translation>
    </message>
    <message>
        <source>Move the selection to the trash</source>
        <translation>将所选图片移到回收站</translation>
    </message>
    <message>
        <source>Copy the image</source>
        <translation>复制图片</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>GenerateCommand</name>
    <message>
        <source>(imagebridge --list-models shows the ids)</source>
        <translation>（imagebridge --list-models 可列出所有 ID）</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message numerus="yes">
        <source>Generating %n image(s) with %1...</source>
        <translation>
            <numerusform>正在用 %1 生成 %n 张图片...</numerusform>
        </translation>
    </message>
    <message>
        <source>image %1: %2 Retrying in %3 s (attempt %4 of %5).</source>
        <translation>图片 %1：%2 %3 秒后重试（第 %4 次，共 %5 次）。</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>image %1 done in %2 s</source>
        <translation>图片 %1 完成，用时 %2 秒</translation>
    </message>
    <message>
        <source>image %1 failed: %2</source>
        <translation>图片 %1 失败：%2</translation>
    </message>
    <message>
        <source>generate</source>
        <translation>生成</translation>
    </message>
</context>
<context>
    <name>GenerationJob</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>GoogleServiceAccount</name>
    <message>
        <source>The file is not a JSON key file (%1).</source>
        <translation>该文件不是 JSON 密钥文件（%1）。</translation>
    </message>
    <message>
        <source>The file is not a service-account key (its &quot;type&quot; is not &quot;service_account&quot;).</source>
        <translation>该文件不是服务账号密钥（其 &quot;type&quot; 不是 &quot;service_account&quot;）。</translation>
    </message>
    <message>
        <source>The key file has no client_email or no private_key.</source>
        <translation>密钥文件缺少 client_email 或 private_key。</translation>
    </message>
</context>
<context>
    <name>GridCommand</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB</source>
        <translation>%1 超过 1 MiB</translation>
    </message>
    <message>
        <source>%1 holds no prompts (one per line)</source>
        <translation>%1 中没有提示词（每行一个）</translation>
    </message>
    <message>
        <source>cannot encode the contact sheet</source>
        <translation>无法编码总览图</translation>
    </message>
    <message>
        <source>(imagebridge --list-models shows the ids)</source>
        <translation>（imagebridge --list-models 可列出所有 ID）</translation>
    </message>
    <message>
        <source>Grid %1: %2 prompts x %3 models x %4 = %5 images, %6 at a time</source>
        <translation>网格 %1：%2 个提示词 × %3 个模型 × %4 = %5 张图片，每次 %6 张</translation>
    </message>
    <message>
        <source>[%1/%2] done: %3</source>
        <translation>[%1/%2] 完成：%3</translation>
    </message>
    <message>
        <source>[%1/%2] failed: %3: %4</source>
        <translation>[%1/%2] 失败：%3：%4</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>interrupted; the studio&apos;s Grids tab can resume run %1</source>
        <translation>已中断；可在工作室的“网格”页继续任务 %1</translation>
    </message>
</context>
<context>
    <name>GridRunner</name>
    <message>
        <source>There is no grid run %1.</source>
        <translation>没有编号为 %1 的网格任务。</translation>
    </message>
    <message>
        <source>grid cell</source>
        <translation>网格单元</translation>
    </message>
</context>
<context>
    <name>GridRuns</name>
    <message>
        <source>A grid needs at least one prompt and one model.</source>
        <translation>网格至少需要一个提示词和一个模型。</translation>
    </message>
    <message>
        <source>A grid can have at most %1 prompts, %2 models, %3 samples and %4 images in all.</source>
        <translation>网格最多 %1 个提示词、%2 个模型、每格 %3 张，总共 %4 张图片。</translation>
    </message>
    <message>
        <source>Cannot store the grid: %1</source>
        <translation>无法保存网格：%1</translation>
    </message>
</context>
<context>
    <name>GridTableModel</name>
    <message>
        <source>%1 on %2: %3 of %4 made</source>
        <translation>%2 上的“%1”：已生成 %3/%4 张</translation>
    </message>
</context>
<context>
    <name>GridView</name>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Load prompts</source>
        <translation>载入提示词</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Run %1 · %2 · %3 × %4 × %5 · %6</source>
        <translation>任务 %1 · %2 · %3 × %4 × %5 · %6</translation>
    </message>
    <message>
        <source>%1 of %2 made, %3 failed</source>
        <translation>已生成 %1/%2 张，%3 张失败</translation>
    </message>
    <message>
        <source>Grid run %1 finished: %2 of %3 made</source>
        <translation>网格任务 %1 已完成：已生成 %2/%3 张</translation>
    </message>
    <message>
        <source>Run %1 stopped at %2 of %3; Resume goes on where it stopped.</source>
        <translation>任务 %1 停在 %2/%3；点击“继续”从停下的地方接着生成。</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>grid-%1</source>
        <translation>网格-%1</translation>
    </message>
    <message>
        <source>Export the grid as a page</source>
        <translation>将网格导出为网页</translation>
    </message>
    <message>
        <source>Export the contact sheet</source>
        <translation>导出总览图</translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>HTML 网页 (*.html)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Grid prompts</source>
        <translation>网格提示词</translation>
    </message>
    <message>
        <source>&amp;Samples</source>
        <translation>每格张数(&amp;S)</translation>
    </message>
    <message>
        <source>Samples per prompt and model</source>
        <translation>每个提示词和模型的张数</translation>
    </message>
    <message>
        <source>At &amp;once</source>
        <translation>同时生成(&amp;O)</translation>
    </message>
    <message>
        <source>Images generated at once</source>
        <translation>同时生成的图片数</translation>
    </message>
    <message>
        <source>Run the grid</source>
        <translation>运行网格</translation>
    </message>
    <message>
        <source>Grid runs</source>
        <translation>网格任务</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>重试失败的</translation>
    </message>
    <message>
        <source>HTML page...</source>
        <translation>HTML 网页...</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Grid progress</source>
        <translation>网格进度</translation>
    </message>
    <message>
        <source>One prompt per line; the columns are the models checked in the picker</source>
        <translation>每行一个提示词；各列是模型选择器中勾选的模型</translation>
    </message>
    <message>
        <source>From a file...</source>
        <translation>从文件...</translation>
    </message>
    <message>
        <source>Load prompts from a file, one per line</source>
        <translation>从文件载入提示词，每行一个</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Contact sheet (PNG)...</source>
        <translation>总览图（PNG）...</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
</context>
<context>
    <name>ImageActions</name>
    <message>
        <source>Save image as</source>
        <translation>图片另存为</translation>
    </message>
    <message>
        <source>Save image</source>
        <translation>保存图片</translation>
    </message>
    <message>
        <source>Cannot read the image: %1</source>
        <translation>无法读取图片：%1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>The image file could not be read.</source>
        <translation>无法读取图片文件。</translation>
    </message>
    <message>
        <source>Image copied</source>
        <translation>图片已复制</translation>
    </message>
    <message>
        <source>Prompt copied</source>
        <translation>提示词已复制</translation>
    </message>
    <message>
        <source>The image is still being saved.</source>
        <translation>图片仍在保存中。</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>JPEG image (*.jpg *.jpeg)</source>
        <translation>JPEG 图片 (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>WebP image (*.webp)</source>
        <translation>WebP 图片 (*.webp)</translation>
    </message>
</context>
<context>
    <name>ImageCollections</name>
    <message>
        <source>A collection needs a name.</source>
        <translation>收藏集需要一个名称。</translation>
    </message>
    <message>
        <source>A collection&apos;s name can have at most %1 characters.</source>
        <translation>收藏集名称最多 %1 个字符。</translation>
    </message>
    <message>
        <source>There is already a collection called &quot;%1&quot;.</source>
        <translation>已经有名为“%1”的收藏集。</translation>
    </message>
    <message>
        <source>Cannot create the collection: %1</source>
        <translation>无法创建收藏集：%1</translation>
    </message>
    <message>
        <source>Cannot rename the collection: %1</source>
        <translation>无法重命名收藏集：%1</translation>
    </message>
</context>
<context>
    <name>ImageFormat</name>
    <message>
        <source>The image could not be decoded.</source>
        <translation>无法解码图片。</translation>
    </message>
    <message>
        <source>The image could not be encoded as %1: %2</source>
        <translation>无法将图片编码为 %1：%2</translation>
    </message>
</context>
<context>
    <name>ImageSourceNames</name>
    <message>
        <source>studio</source>
        <translation>工作室</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <source>import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>arena</source>
        <translation>竞技场</translation>
    </message>
    <message>
        <source>grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>recovered</source>
        <translation>已恢复</translation>
    </message>
</context>
<context>
    <name>ImageStore</name>
    <message>
        <source>Cannot create the image folder %1.</source>
        <translation>无法创建图片文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot open the image index: %1</source>
        <translation>无法打开图片索引：%1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The image index is not open.</source>
        <translation>图片索引未打开。</translation>
    </message>
    <message>
        <source>Cannot index the image: %1</source>
        <translation>无法为图片建立索引：%1</translation>
    </message>
    <message>
        <source>The image is still being saved.</source>
        <translation>图片仍在保存中。</translation>
    </message>
    <message>
        <source>No such image.</source>
        <translation>没有这张图片。</translation>
    </message>
    <message>
        <source>Cannot remove the image from the index: %1</source>
        <translation>无法从索引中删除图片：%1</translation>
    </message>
    <message>
        <source>The data is not a PNG, JPEG, WebP or GIF image.</source>
        <translation>数据不是 PNG、JPEG、WebP 或 GIF 图像。</translation>
    </message>
    <message>
        <source>The image is not in the gallery.</source>
        <translation>图库中没有这张图片。</translation>
    </message>
</context>
<context>
    <name>ImageStoreSchema</name>
    <message>
        <source>The image index was written by a newer ImageBridge.</source>
        <translation>图片索引由更新版本的 ImageBridge 写入。</translation>
    </message>
    <message>
        <source>Cannot prepare the image index: %1</source>
        <translation>无法准备图片索引：%1</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Image: %1</source>
        <translation>图片：%1</translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>正在加载...</translation>
    </message>
    <message>
        <source>The file is missing: %1</source>
        <translation>文件已丢失：%1</translation>
    </message>
    <message>
        <source>The image could not be read: %1</source>
        <translation>无法读取图片：%1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 张，共 %2 张</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>%1 × %2, %3, %4</source>
        <translation>%1 × %2，%3，%4</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>已加星标</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>加星标</translation>
    </message>
    <message>
        <source>Fit (%1 %)</source>
        <translation>适合窗口（%1 %）</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Previous image (Left)</source>
        <translation>上一张（左方向键）</translation>
    </message>
    <message>
        <source>Previous image</source>
        <translation>上一张</translation>
    </message>
    <message>
        <source>Next image (Right)</source>
        <translation>下一张（右方向键）</translation>
    </message>
    <message>
        <source>Next image</source>
        <translation>下一张</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适合窗口</translation>
    </message>
    <message>
        <source>Fit to the window (0)</source>
        <translation>适合窗口（0）</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>Show at 100 % (1)</source>
        <translation>按 100 % 显示（1）</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Generation details</source>
        <translation>生成详情</translation>
    </message>
    <message>
        <source>Use prompt and model</source>
        <translation>使用此提示词和模型</translation>
    </message>
    <message>
        <source>Save as...</source>
        <translation>另存为...</translation>
    </message>
    <message>
        <source>Copy prompt</source>
        <translation>复制提示词</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <source>First image</source>
        <translation>第一张</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Fit to the window</source>
        <translation>适合窗口</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>实际大小</translation>
    </message>
    <message>
        <source>Star or unstar</source>
        <translation>加星标或取消星标</translation>
    </message>
    <message>
        <source>Copy the image</source>
        <translation>复制图片</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>ImagesEndpoint</name>
    <message>
        <source>The upstream (AI SDK Image Generator) can only create images from a text prompt; it cannot edit images or make variations. Use /v1/images/generations.</source>
        <translation>上游服务（AI SDK Image Generator）只能根据文字提示词生成图片，不能编辑图片或生成变体。请使用 /v1/images/generations。</translation>
    </message>
</context>
<context>
    <name>ImagesRequest</name>
    <message>
        <source>Missing required parameter: &apos;prompt&apos;.</source>
        <translation>缺少必填参数：&apos;prompt&apos;。</translation>
    </message>
    <message>
        <source>Invalid value for &apos;size&apos;: &apos;%1&apos;. Use &apos;auto&apos; or WIDTHxHEIGHT such as 1024x1024.</source>
        <translation>&apos;size&apos; 的值无效：&apos;%1&apos;。请使用 &apos;auto&apos; 或 宽x高，例如 1024x1024。</translation>
    </message>
    <message>
        <source>&apos;partial_images&apos; is not supported: the upstream sends the finished image only. Leave it out or set it to 0.</source>
        <translation>不支持 &apos;partial_images&apos;：上游只发送完成的图片。请省略它或设为 0。</translation>
    </message>
</context>
<context>
    <name>LeaderboardModel</name>
    <message>
        <source>With 95 % confidence the rating lies between %1 and %2; more votes narrow it.</source>
        <translation>评分有 95 % 的把握在 %1 到 %2 之间；投票越多，范围越窄。</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 – %2 – %3</source>
        <translation>%1 – %2 – %3</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95 % 区间</translation>
    </message>
    <message>
        <source>Won – lost – tied</source>
        <translation>胜 – 负 – 平</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>成功率</translation>
    </message>
    <message>
        <source>Typical time</source>
        <translation>典型耗时</translation>
    </message>
</context>
<context>
    <name>LineWriter</name>
    <message numerus="yes">
        <source>(%n line(s) left out: the output was not being read)</source>
        <translation>
            <numerusform>（输出无人读取，略去 %n 行）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The model %1 is not in the catalog.</source>
        <translation>模型 %1 不在目录中。</translation>
    </message>
    <message>
        <source>About ImageBridge</source>
        <translation>关于 ImageBridge</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ImageBridge %1&lt;/h3&gt;&lt;p&gt;A desktop studio and a local OpenAI-compatible server for the AI SDK Image Generator.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ImageBridge %1&lt;/h3&gt;&lt;p&gt;AI SDK Image Generator 的桌面工作室和本地 OpenAI 兼容服务器。&lt;/p&gt;&lt;p&gt;使用 Qt %2 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Show ImageBridge</source>
        <translation>显示 ImageBridge</translation>
    </message>
    <message>
        <source>Start or stop the server</source>
        <translation>启动或停止服务器</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>ImageBridge</source>
        <translation>ImageBridge</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation>图库</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>设置(&amp;S)...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>结果(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Gallery</source>
        <translation>图库(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About ImageBridge</source>
        <translation>关于 ImageBridge(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Request &amp;log</source>
        <translation>请求日志(&amp;L)</translation>
    </message>
    <message>
        <source>The API server could not start: %1</source>
        <translation>API 服务器无法启动：%1</translation>
    </message>
    <message>
        <source>Comparing %1 models...</source>
        <translation>正在对比 %1 个模型...</translation>
    </message>
    <message>
        <source>Generating...</source>
        <translation>正在生成...</translation>
    </message>
    <message>
        <source>Images are ready</source>
        <translation>图片已生成</translation>
    </message>
    <message>
        <source>Generation failed: %1</source>
        <translation>生成失败：%1</translation>
    </message>
    <message>
        <source>Your images are ready.</source>
        <translation>你的图片已生成。</translation>
    </message>
    <message>
        <source>That image is no longer in the gallery.</source>
        <translation>这张图片已不在图库中。</translation>
    </message>
    <message>
        <source>Prompt and model restored</source>
        <translation>已恢复提示词和模型</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>设置已保存</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>服务器 %1</translation>
    </message>
    <message>
        <source>Server stopped</source>
        <translation>服务器已停止</translation>
    </message>
    <message>
        <source>Show or hide the server panel</source>
        <translation>显示或隐藏服务器面板</translation>
    </message>
    <message>
        <source>ImageBridge: serving at %1</source>
        <translation>ImageBridge：正在 %1 提供服务</translation>
    </message>
    <message>
        <source>ImageBridge keeps running in the tray. Quit it from the tray menu.</source>
        <translation>ImageBridge 会在托盘中继续运行。请从托盘菜单退出。</translation>
    </message>
    <message>
        <source>%1 does not say how it was made.</source>
        <translation>%1 中没有生成信息。</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Find in gallery</source>
        <translation>在图库中查找(&amp;F)</translation>
    </message>
    <message>
        <source>F&amp;ull screen</source>
        <translation>全屏(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Earlier prompts (in the prompt box)</source>
        <translation>之前的提示词（在提示词框中）</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n 个请求</numerusform>
        </translation>
    </message>
    <message>
        <source>Show or hide the request log (Ctrl+L)</source>
        <translation>显示或隐藏请求日志（Ctrl+L）</translation>
    </message>
    <message numerus="yes">
        <source>Request log: %n request(s)</source>
        <translation>
            <numerusform>请求日志：%n 个请求</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销(&amp;U) %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做(&amp;R) %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import folder...</source>
        <translation>导入文件夹(&amp;I)...</translation>
    </message>
    <message>
        <source>Arena</source>
        <translation>竞技场</translation>
    </message>
    <message>
        <source>&amp;Arena</source>
        <translation>竞技场(&amp;A)</translation>
    </message>
    <message>
        <source>Grids</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Results, gallery, arena and grids</source>
        <translation>结果、图库、竞技场和网格</translation>
    </message>
    <message>
        <source>G&amp;rids</source>
        <translation>网格(&amp;R)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Local API &amp;server...</source>
        <translation>本地 API 服务器(&amp;S)...</translation>
    </message>
    <message>
        <source>Studio</source>
        <translation>工作室</translation>
    </message>
    <message>
        <source>Image viewer</source>
        <translation>图片查看器</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>关闭消息</translation>
    </message>
</context>
<context>
    <name>ModelCatalog</name>
    <message>
        <source>Cannot read the model catalog %1: %2</source>
        <translation>无法读取模型目录 %1：%2</translation>
    </message>
    <message>
        <source>The model catalog %1 is larger than 4 MiB.</source>
        <translation>模型目录 %1 超过 4 MiB。</translation>
    </message>
    <message>
        <source>not a JSON object (%1)</source>
        <translation>不是 JSON 对象（%1）</translation>
    </message>
    <message>
        <source>a provider has no valid &quot;id&quot;</source>
        <translation>某个服务商没有有效的 &quot;id&quot;</translation>
    </message>
    <message>
        <source>no providers</source>
        <translation>没有服务商</translation>
    </message>
    <message>
        <source>a model has no &quot;id&quot; or &quot;upstreamModelId&quot;</source>
        <translation>某个模型缺少 &quot;id&quot; 或 &quot;upstreamModelId&quot;</translation>
    </message>
    <message>
        <source>model %1 names an unknown provider &quot;%2&quot;</source>
        <translation>模型 %1 使用了未知的服务商 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>model %1 is listed twice</source>
        <translation>模型 %1 重复出现</translation>
    </message>
    <message>
        <source>no models</source>
        <translation>没有模型</translation>
    </message>
    <message>
        <source>alias %1 points to unknown model %2</source>
        <translation>别名 %1 指向未知模型 %2</translation>
    </message>
    <message>
        <source>preset %1 names unknown model %2</source>
        <translation>预设 %1 包含未知模型 %2</translation>
    </message>
    <message>
        <source>the default model %1 is not in the catalog</source>
        <translation>默认模型 %1 不在目录中</translation>
    </message>
    <message>
        <source>The model &apos;%1&apos; does not exist.</source>
        <translation>模型 &apos;%1&apos; 不存在。</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Filter models</source>
        <translation>筛选模型</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>速度优先</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>质量优先</translation>
    </message>
    <message>
        <source>Compare the %1 models of the upstream&apos;s page: %2</source>
        <translation>对比上游页面的“%1”模型：%2</translation>
    </message>
    <message>
        <source>No model selected</source>
        <translation>未选择模型</translation>
    </message>
    <message>
        <source>1 model</source>
        <translation>1 个模型</translation>
    </message>
    <message>
        <source>%1 models: compare</source>
        <translation>%1 个模型：对比</translation>
    </message>
</context>
<context>
    <name>ModelPickerModel</name>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Your history</source>
        <translation>你的记录</translation>
    </message>
    <message>
        <source>cooling down</source>
        <translation>冷却中</translation>
    </message>
    <message numerus="yes">
        <source>Failed %n time(s) in a row; try another model for a while.</source>
        <translation>
            <numerusform>已连续失败 %n 次，请暂时换用其他模型。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % · %2 s</source>
        <translation>%1% · %2 秒</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 of %2 recent images succeeded</source>
        <translation>最近 %2 张图片中成功 %1 张</translation>
    </message>
    <message>
        <source>★%1</source>
        <translation>★%1</translation>
    </message>
    <message>
        <source>★%1 · %2</source>
        <translation>★%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>Your arena rating: %1 (95 %: %2 – %3) from %n vote(s)</source>
        <translation>
            <numerusform>你的竞技场评分：%1（95 %：%2 – %3），来自 %n 次投票</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources in failover order: %1</source>
        <translation>来源（按故障转移顺序）：%1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>your key</source>
        <translation>你的密钥</translation>
    </message>
    <message>
        <source>public site</source>
        <translation>公共网站</translation>
    </message>
    <message>
        <source>%1 · via %2</source>
        <translation>%1 · 经由%2</translation>
    </message>
    <message>
        <source>%1: made only with your own %2 key (Settings &gt; Sources &gt; Use my own keys)</source>
        <translation>%1：只能用你自己的 %2 密钥生成（设置 &gt; 来源 &gt; 使用我自己的密钥）</translation>
    </message>
</context>
<context>
    <name>ModelStats</name>
    <message>
        <source>Cannot open the model history: %1</source>
        <translation>无法打开模型记录：%1</translation>
    </message>
</context>
<context>
    <name>OpenAiCall</name>
    <message>
        <source>OpenAI answered without an image.</source>
        <translation>OpenAI 的回复中没有图片。</translation>
    </message>
    <message>
        <source>OpenAI&apos;s safety system refused the prompt. Change the prompt.</source>
        <translation>OpenAI 的安全系统拒绝了该提示词。请修改提示词。</translation>
    </message>
</context>
<context>
    <name>PromptPanel</name>
    <message>
        <source>&amp;Prompt</source>
        <translation>提示词(&amp;P)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Earlier prompts (Up and Down in the prompt box go through them too)</source>
        <translation>以前的提示词（在提示词框中按上下方向键也可浏览）</translation>
    </message>
    <message>
        <source>Describe the image, e.g. a corgi in a space suit, watercolor</source>
        <translation>描述图片，例如：穿宇航服的柯基，水彩画</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>⟳</source>
        <translation>⟳</translation>
    </message>
    <message>
        <source>Other suggestions</source>
        <translation>换一批建议</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>&amp;Images per model</source>
        <translation>每个模型的图片数(&amp;I)</translation>
    </message>
    <message>
        <source>Images per model</source>
        <translation>每个模型的图片数</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>Generate (Ctrl+Enter)</source>
        <translation>生成（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Stop the running generations (Esc)</source>
        <translation>停止正在进行的生成（Esc）</translation>
    </message>
    <message>
        <source>a corgi in a space suit, watercolor</source>
        <translation>穿宇航服的柯基，水彩画</translation>
    </message>
    <message>
        <source>a lighthouse on a cliff at dawn, oil painting</source>
        <translation>黎明时悬崖上的灯塔，油画</translation>
    </message>
    <message>
        <source>a cozy reading nook with rain on the window</source>
        <translation>窗外下雨的温馨读书角</translation>
    </message>
    <message>
        <source>an isometric pixel-art city at night</source>
        <translation>夜晚的等距像素风城市</translation>
    </message>
    <message>
        <source>a bowl of ramen, studio photo, soft light</source>
        <translation>一碗拉面，棚拍，柔光</translation>
    </message>
    <message>
        <source>a red fox in fresh snow, national geographic</source>
        <translation>新雪中的红狐狸，国家地理风格</translation>
    </message>
    <message>
        <source>a paper-cut diorama of a mountain village</source>
        <translation>剪纸风格的山村立体模型</translation>
    </message>
    <message>
        <source>a retro-futuristic train station, 1960s poster</source>
        <translation>复古未来主义火车站，1960 年代海报</translation>
    </message>
    <message>
        <source>an astronaut tending a greenhouse on Mars</source>
        <translation>在火星温室里照料植物的宇航员</translation>
    </message>
    <message>
        <source>Type a prompt first.</source>
        <translation>请先输入提示词。</translation>
    </message>
    <message>
        <source>The prompt is too long (%1 characters, at most %2).</source>
        <translation>提示词太长（%1 个字符，最多 %2 个）。</translation>
    </message>
    <message>
        <source>Pick at least one model.</source>
        <translation>请至少选择一个模型。</translation>
    </message>
    <message>
        <source>No earlier prompts</source>
        <translation>没有以前的提示词</translation>
    </message>
    <message>
        <source>Try: %1</source>
        <translation>试试：%1</translation>
    </message>
    <message>
        <source>&amp;Shape</source>
        <translation>形状(&amp;S)</translation>
    </message>
    <message>
        <source>Image shape</source>
        <translation>图片形状</translation>
    </message>
    <message>
        <source>The shape of the images. Models called with your own keys make it (the nearest one each supports); the public site and deployments always make 1024 × 1024.</source>
        <translation>图片的形状。用你自己的密钥调用的模型会按此生成（取各自支持的最接近的形状）；公共网站和部署始终生成 1024 × 1024。</translation>
    </message>
    <message>
        <source>1:1 square</source>
        <translation>1:1 正方形</translation>
    </message>
    <message>
        <source>16:9 wide</source>
        <translation>16:9 宽屏</translation>
    </message>
    <message>
        <source>9:16 tall</source>
        <translation>9:16 竖屏</translation>
    </message>
    <message>
        <source>4:3 landscape</source>
        <translation>4:3 横向</translation>
    </message>
    <message>
        <source>3:4 portrait</source>
        <translation>3:4 纵向</translation>
    </message>
    <message>
        <source>3:2 photo</source>
        <translation>3:2 照片</translation>
    </message>
    <message>
        <source>2:3 poster</source>
        <translation>2:3 海报</translation>
    </message>
    <message>
        <source>The public site and deployments make 1024 × 1024 only: use your own keys (Settings &gt; Sources) for other shapes.</source>
        <translation>公共网站和部署只生成 1024 × 1024：要用其他形状，请使用你自己的密钥（设置 &gt; 来源）。</translation>
    </message>
    <message numerus="yes">
        <source>%n of the chosen models go through the public site or a deployment and stay 1024 × 1024.</source>
        <translation>
            <numerusform>所选模型中有 %n 个经由公共网站或部署，仍为 1024 × 1024。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProviderCall</name>
    <message>
        <source>%1 sent an answer larger than %2 MiB.</source>
        <translation>%1 发送的回复超过 %2 MiB。</translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 s.</source>
        <translation>%1 在 %2 秒内没有发送任何数据。</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>无法连接 %1：%2</translation>
    </message>
    <message>
        <source>%1 refused the key in %2 (HTTP %3)%4. Check it in Settings &gt; Sources, or in the environment.</source>
        <translation>%1 拒绝了 %2 中的密钥（HTTP %3）%4。请在 设置 &gt; 来源 或环境变量中检查它。</translation>
    </message>
    <message>
        <source>%1 is rate limiting (HTTP 429)</source>
        <translation>%1 正在限流（HTTP 429）</translation>
    </message>
    <message>
        <source>%1 timed out (HTTP %2)</source>
        <translation>%1 超时（HTTP %2）</translation>
    </message>
    <message>
        <source>%1 failed (HTTP %2)</source>
        <translation>%1 失败（HTTP %2）</translation>
    </message>
    <message>
        <source>%1 does not know the model %2 (HTTP 404)</source>
        <translation>%1 找不到模型 %2（HTTP 404）</translation>
    </message>
    <message>
        <source>%1 rejected the request (HTTP %2)</source>
        <translation>%1 拒绝了请求（HTTP %2）</translation>
    </message>
</context>
<context>
    <name>ProviderKeyring</name>
    <message>
        <source>The keychain could not keep %1: %2</source>
        <translation>钥匙串无法保存 %1：%2</translation>
    </message>
</context>
<context>
    <name>ProviderKeys</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KiB: not an environment file.</source>
        <translation>%1 超过 %2 KiB：不是环境变量文件。</translation>
    </message>
</context>
<context>
    <name>ProviderKeysDialog</name>
    <message>
        <source>Choose &amp;key file...</source>
        <translation>选择密钥文件(&amp;K)...</translation>
    </message>
    <message>
        <source>Your own provider keys</source>
        <translation>你自己的提供方密钥</translation>
    </message>
    <message>
        <source>With your own keys ImageBridge calls the providers directly, as the template&apos;s deployment does, and honours sizes and aspect ratios. Keys are kept in your system&apos;s keychain, never in a settings file.</source>
        <translation>使用你自己的密钥时，ImageBridge 会像模板的部署那样直接调用各提供方，并遵循指定的尺寸和宽高比。密钥保存在系统钥匙串中，绝不会写入设置文件。</translation>
    </message>
    <message>
        <source>&amp;OpenAI API key</source>
        <translation>OpenAI API 密钥(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Replicate API token</source>
        <translation>Replicate API 令牌(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Fireworks API key</source>
        <translation>Fireworks API 密钥(&amp;F)</translation>
    </message>
    <message>
        <source>Google &amp;service account</source>
        <translation>Google 服务账号(&amp;S)</translation>
    </message>
    <message>
        <source>Vertex AI &amp;region</source>
        <translation>Vertex AI 区域(&amp;R)</translation>
    </message>
    <message>
        <source>Google service-account key</source>
        <translation>Google 服务账号密钥</translation>
    </message>
    <message>
        <source>JSON key files (*.json)</source>
        <translation>JSON 密钥文件 (*.json)</translation>
    </message>
    <message>
        <source>From the environment (%1); it wins over the keychain.</source>
        <translation>来自环境变量（%1）；优先于钥匙串。</translation>
    </message>
    <message>
        <source>Kept in the keychain.</source>
        <translation>已保存在钥匙串中。</translation>
    </message>
    <message>
        <source>Not set.</source>
        <translation>未设置。</translation>
    </message>
    <message>
        <source>The file is too large to be a key file.</source>
        <translation>文件太大，不可能是密钥文件。</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>无法使用 %1：%2</translation>
    </message>
    <message>
        <source>%1
Project: %2</source>
        <translation>%1
项目：%2</translation>
    </message>
</context>
<context>
    <name>ReplicateCall</name>
    <message>
        <source>Replicate&apos;s safety checker refused the prompt. Change the prompt.</source>
        <translation>Replicate 的安全检查器拒绝了该提示词。请修改提示词。</translation>
    </message>
    <message>
        <source>Replicate&apos;s prediction has no urls.get.</source>
        <translation>Replicate 的预测任务没有 urls.get。</translation>
    </message>
    <message>
        <source>Replicate&apos;s prediction %1: %2</source>
        <translation>Replicate 的预测任务 %1：%2</translation>
    </message>
    <message>
        <source>Replicate&apos;s prediction ended &apos;%1&apos; without an output URL.</source>
        <translation>Replicate 的预测任务以“%1”状态结束，但没有输出地址。</translation>
    </message>
    <message>
        <source>Replicate&apos;s output is not an image.</source>
        <translation>Replicate 的输出不是图片。</translation>
    </message>
</context>
<context>
    <name>RequestFields</name>
    <message>
        <source>%1 at offset %2</source>
        <translation>%1，位置 %2</translation>
    </message>
    <message>
        <source>the body is not an object</source>
        <translation>正文不是对象</translation>
    </message>
    <message>
        <source>Invalid value for &apos;%1&apos;: %2 is not between %3 and %4.</source>
        <translation>&apos;%1&apos; 的值无效：%2 不在 %3 到 %4 之间。</translation>
    </message>
    <message>
        <source>Invalid value for &apos;%1&apos;: &apos;%2&apos;. Supported values are: %3.</source>
        <translation>&apos;%1&apos; 的值无效：&apos;%2&apos;。支持的值为：%3。</translation>
    </message>
    <message>
        <source>Invalid value for &apos;%1&apos;: it must not be empty.</source>
        <translation>&apos;%1&apos; 的值无效：不能为空。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a non-empty array.</source>
        <translation>“%1”必须是非空数组。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an array.</source>
        <translation>“%1”必须是数组。</translation>
    </message>
    <message>
        <source>Missing required parameter: &apos;%1&apos;.</source>
        <translation>缺少必需的参数：“%1”。</translation>
    </message>
    <message>
        <source>Invalid type for &apos;%1&apos;: expected %2, but got %3 instead.</source>
        <translation>“%1”的类型无效：应为 %2，实际为 %3。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too long: %2 characters, at most %3.</source>
        <translation>“%1”太长：%2 个字符，最多 %3 个。</translation>
    </message>
    <message>
        <source>Invalid value for &apos;%1&apos;: &apos;%2&apos;. %3</source>
        <translation>“%1”的值无效：“%2”。%3</translation>
    </message>
</context>
<context>
    <name>RequestLog</name>
    <message>
        <source>running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>How long the upstream took to answer the last attempt</source>
        <translation>上游回答最后一次尝试所用的时间</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Upstream attempts per image; &quot;× N&quot;: N images made in parallel</source>
        <translation>每张图片的上游尝试次数；“× N”：并行生成的 N 张图片</translation>
    </message>
</context>
<context>
    <name>RequestLogDock</name>
    <message>
        <source>curl command copied (the key is read from $IMAGEBRIDGE_API_KEY)</source>
        <translation>curl 命令已复制（密钥从 $IMAGEBRIDGE_API_KEY 读取）</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>请求日志</translation>
    </message>
    <message>
        <source>Filter requests</source>
        <translation>筛选请求</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Request details</source>
        <translation>请求详情</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>导出...</translation>
    </message>
    <message>
        <source>Save the log as JSON lines</source>
        <translation>将日志保存为 JSON Lines</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>复制为 curl</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>重放</translation>
    </message>
    <message>
        <source>Run the same prompt and model again from this window</source>
        <translation>在本窗口中用相同的提示词和模型再运行一次</translation>
    </message>
    <message>
        <source>Select a request to see its details.</source>
        <translation>选择一个请求以查看详情。</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>请求 %1</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>模型：%1</translation>
    </message>
    <message>
        <source>Prompt: %1</source>
        <translation>提示词：%1</translation>
    </message>
    <message>
        <source>Images asked: %1</source>
        <translation>请求图片数：%1</translation>
    </message>
    <message>
        <source>Authorization: [redacted]</source>
        <translation>Authorization：[已隐去]</translation>
    </message>
    <message>
        <source>Answer: still running</source>
        <translation>应答：仍在进行</translation>
    </message>
    <message>
        <source>Answer: HTTP %1, %2 bytes, %3 ms</source>
        <translation>应答：HTTP %1，%2 字节，%3 毫秒</translation>
    </message>
    <message>
        <source>Upstream attempts: %1, last upstream latency: %2 ms</source>
        <translation>上游尝试次数：%1，最后一次上游延迟：%2 毫秒</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>事件：</translation>
    </message>
    <message>
        <source>Export request log</source>
        <translation>导出请求日志</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n request(s)</source>
        <translation>
            <numerusform>已导出 %n 个请求</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from %2 at %3</source>
        <translation>%1，来自 %2，时间 %3</translation>
    </message>
    <message>
        <source>Upstream attempts: %1</source>
        <translation>上游尝试次数：%1</translation>
    </message>
</context>
<context>
    <name>RequestLogRecorder</name>
    <message>
        <source>image %1: attempt %2 of %3</source>
        <translation>图片 %1：第 %2 次尝试，共 %3 次</translation>
    </message>
    <message>
        <source>image %1: attempt %2 failed after %3 ms: %4</source>
        <translation>图片 %1：第 %2 次尝试在 %3 毫秒后失败：%4</translation>
    </message>
    <message>
        <source>image %1: retrying in %2 ms</source>
        <translation>图片 %1：%2 毫秒后重试</translation>
    </message>
    <message>
        <source>image %1: %2 %3x%4, %5 bytes after %6 ms</source>
        <translation>图片 %1：%2 %3x%4，%5 字节，用时 %6 毫秒</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>image %1: moving on to %2 after: %3</source>
        <translation>图片 %1：转到 %2，原因：%3</translation>
    </message>
    <message>
        <source>image %1: made by %2</source>
        <translation>图片 %1：由 %2 生成</translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <source>The service is busy right now. Try again in a minute.</source>
        <translation>服务现在很忙，请过一分钟再试。</translation>
    </message>
    <message>
        <source>Could not reach the service. Check your connection.</source>
        <translation>无法连接到服务，请检查网络连接。</translation>
    </message>
    <message>
        <source>The service took too long to answer.</source>
        <translation>服务响应时间过长。</translation>
    </message>
    <message>
        <source>The service refused this request (the model may be unavailable).</source>
        <translation>服务拒绝了这个请求（模型可能不可用）。</translation>
    </message>
    <message>
        <source>The service answered with something that is not an image.</source>
        <translation>服务返回的内容不是图片。</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1（第 %2 张，共 %3 张）</translation>
    </message>
    <message>
        <source>Result from %1</source>
        <translation>%1 的结果</translation>
    </message>
    <message>
        <source>upstream busy</source>
        <translation>上游繁忙</translation>
    </message>
    <message>
        <source>upstream failed</source>
        <translation>上游失败</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Attempt %1 of %2...</source>
        <translation>第 %1 次尝试，共 %2 次...</translation>
    </message>
    <message>
        <source>Waiting for the image...</source>
        <translation>正在等待图片...</translation>
    </message>
    <message>
        <source>%1, retrying in %2 s, attempt %3 of %4</source>
        <translation>%1，%2 秒后重试，第 %3 次尝试，共 %4 次</translation>
    </message>
    <message>
        <source>Click to open the image</source>
        <translation>点击打开图片</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>The service sent an image larger than ImageBridge accepts.</source>
        <translation>服务返回的图片超过了 ImageBridge 能接受的大小。</translation>
    </message>
    <message>
        <source>Generating</source>
        <translation>生成中</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>重试中</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>The image came but could not be saved: %1</source>
        <translation>图片已生成，但无法保存：%1</translation>
    </message>
    <message>
        <source>The service&apos;s image provider failed (it was already retried there). Try another model, or again later.</source>
        <translation>服务的图像提供方失败了（服务端已重试过）。请换一个模型，或稍后再试。</translation>
    </message>
    <message>
        <source>Use your own &amp;deployment...</source>
        <translation>使用你自己的部署(&amp;D)...</translation>
    </message>
    <message numerus="yes">
        <source>The service could not make this image (%n attempt(s)). Retry, or pick another model.</source>
        <translation>
            <numerusform>服务未能生成这张图片（已尝试 %n 次）。请重试，或换一个模型。</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>The same prompt and model again</source>
        <translation>用同样的提示词和模型再生成一次</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>加星标</translation>
    </message>
    <message>
        <source>Reuse prompt</source>
        <translation>复用提示词</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Save as...</source>
        <translation>另存为...</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>取消星标</translation>
    </message>
    <message>
        <source>Generating... %1 s</source>
        <translation>正在生成... %1 秒</translation>
    </message>
    <message>
        <source>Next attempt in %1 s</source>
        <translation>%1 秒后再次尝试</translation>
    </message>
    <message>
        <source>Attempt %1 of %2</source>
        <translation>第 %1 次尝试，共 %2 次</translation>
    </message>
    <message>
        <source>%1 × %2 · %3 KB</source>
        <translation>%1 × %2 · %3 KB</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>尝试 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before the image came.</source>
        <translation>在图片生成前已停止。</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>已加星标</translation>
    </message>
</context>
<context>
    <name>ResultRun</name>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n 个模型</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No other image to compare with</source>
        <translation>没有可对比的其他图片</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>取消星标</translation>
    </message>
</context>
<context>
    <name>RsaSha256</name>
    <message>
        <source>The private key is not an RSA key in PEM form (%1).</source>
        <translation>私钥不是 PEM 格式的 RSA 密钥（%1）。</translation>
    </message>
    <message>
        <source>Signing failed: %1</source>
        <translation>签名失败：%1</translation>
    </message>
    <message>
        <source>The private key is not in PEM form.</source>
        <translation>私钥不是 PEM 格式。</translation>
    </message>
    <message>
        <source>The private key is not a PKCS #8 key.</source>
        <translation>私钥不是 PKCS #8 密钥。</translation>
    </message>
    <message>
        <source>The private key is not an RSA key.</source>
        <translation>私钥不是 RSA 密钥。</translation>
    </message>
    <message>
        <source>Windows CNG has no RSA provider.</source>
        <translation>Windows CNG 没有 RSA 提供程序。</translation>
    </message>
    <message>
        <source>Windows CNG could not sign with the private key.</source>
        <translation>Windows CNG 无法用该私钥签名。</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>Is another ImageBridge running? Use --port to choose another port (0 picks a free one).</source>
        <translation>是否有另一个 ImageBridge 正在运行？请用 --port 选择其他端口（0 表示自动选择空闲端口）。</translation>
    </message>
    <message>
        <source>warning: listening on %1, reachable from other machines; anyone with the key can use it.</source>
        <translation>警告：正在监听 %1，其他机器也能访问；任何持有密钥的人都可以使用。</translation>
    </message>
    <message>
        <source>%1 %2 serving the OpenAI-compatible API at %3</source>
        <translation>%1 %2 正在 %3 提供 OpenAI 兼容 API</translation>
    </message>
    <message>
        <source>API key: %1</source>
        <translation>API 密钥：%1</translation>
    </message>
    <message>
        <source>API key: as given by --key or IMAGEBRIDGE_API_KEY</source>
        <translation>API 密钥：由 --key 或 IMAGEBRIDGE_API_KEY 指定</translation>
    </message>
    <message>
        <source>Images are saved in %1</source>
        <translation>图片保存在 %1</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>按 Ctrl+C 停止。</translation>
    </message>
    <message>
        <source>Signal %1 received, shutting down.</source>
        <translation>收到信号 %1，正在关闭。</translation>
    </message>
    <message>
        <source>Sources, in failover order:</source>
        <translation>来源（按故障转移顺序）：</translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>127.0.0.1 keeps the server private to this computer. 0.0.0.0 makes it reachable from your network.</source>
        <translation>127.0.0.1 表示服务器只供本机使用；0.0.0.0 表示局域网内也能访问。</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>端口(&amp;P)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>API 密钥(&amp;K)</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the API key</source>
        <translation>复制 API 密钥</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>新密钥</translation>
    </message>
    <message>
        <source>Make a new key; clients with the old one stop working</source>
        <translation>生成新密钥；使用旧密钥的客户端将无法使用</translation>
    </message>
    <message>
        <source>Base &amp;URL</source>
        <translation>基础地址(&amp;U)</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>基础地址</translation>
    </message>
    <message>
        <source>Copy the base URL</source>
        <translation>复制基础地址</translation>
    </message>
    <message>
        <source>Client set-up</source>
        <translation>客户端设置</translation>
    </message>
    <message>
        <source>Local API server</source>
        <translation>本地 API 服务器</translation>
    </message>
    <message>
        <source>API key copied</source>
        <translation>API 密钥已复制</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>新 API 密钥</translation>
    </message>
    <message>
        <source>Clients set up with the current key will be refused until they get the new one. Make a new key?</source>
        <translation>使用当前密钥的客户端在换成新密钥之前都会被拒绝。要生成新密钥吗？</translation>
    </message>
    <message>
        <source>A new API key was made</source>
        <translation>已生成新的 API 密钥</translation>
    </message>
    <message>
        <source>Base URL copied</source>
        <translation>基础地址已复制</translation>
    </message>
    <message>
        <source>The server could not start: %1

Is another ImageBridge running? Choose another port.</source>
        <translation>服务器无法启动：%1

是否有另一个 ImageBridge 正在运行？请选择其他端口。</translation>
    </message>
    <message>
        <source>Server running</source>
        <translation>服务器运行中</translation>
    </message>
    <message>
        <source>Server stopped</source>
        <translation>服务器已停止</translation>
    </message>
    <message>
        <source>Running at %1</source>
        <translation>运行于 %1</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>已停止：%1</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>%1 set-up</source>
        <translation>%1 设置</translation>
    </message>
    <message>
        <source>%1 set-up copied</source>
        <translation>%1 设置已复制</translation>
    </message>
    <message>
        <source>any free</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Set-up guides for clients</source>
        <translation>客户端设置指南</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Upstream service</source>
        <translation>上游服务</translation>
    </message>
    <message>
        <source>&amp;Endpoint URL</source>
        <translation>接口地址(&amp;E)</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>接口地址</translation>
    </message>
    <message>
        <source>&amp;Timeout per attempt</source>
        <translation>单次尝试超时(&amp;T)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Timeout per attempt</source>
        <translation>单次尝试超时</translation>
    </message>
    <message>
        <source>&amp;Attempts</source>
        <translation>尝试次数(&amp;A)</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>First &amp;retry after</source>
        <translation>首次重试间隔(&amp;R)</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>First retry after</source>
        <translation>首次重试间隔</translation>
    </message>
    <message>
        <source>&amp;Default model</source>
        <translation>默认模型(&amp;D)</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>默认模型</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>应用程序</translation>
    </message>
    <message>
        <source>&amp;Image folder</source>
        <translation>图片文件夹(&amp;I)</translation>
    </message>
    <message>
        <source>Image folder</source>
        <translation>图片文件夹</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>&amp;Start the API server with the application</source>
        <translation>随应用程序启动 API 服务器(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keep running in the system tray when the window closes</source>
        <translation>关闭窗口后在系统托盘中继续运行(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Chat answers</source>
        <translation>对话回复(&amp;C)</translation>
    </message>
    <message>
        <source>Chat answers</source>
        <translation>对话回复</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Compact image in the chat, with a link to the original</source>
        <translation>在对话中显示压缩图片，并附原图链接</translation>
    </message>
    <message>
        <source>Link to the image only (smallest chat history)</source>
        <translation>只给出图片链接（对话记录最小）</translation>
    </message>
    <message>
        <source>A new image folder is used from the next start; images already made stay where they are.</source>
        <translation>新的图片文件夹将在下次启动时使用；已生成的图片保留在原处。</translation>
    </message>
    <message>
        <source>The endpoint URL must be an http:// or https:// address.</source>
        <translation>接口地址必须是 http:// 或 https:// 地址。</translation>
    </message>
    <message>
        <source>The image folder cannot be created.</source>
        <translation>无法创建图片文件夹。</translation>
    </message>
    <message>
        <source>Empty the &amp;trash after</source>
        <translation>回收站自动清空(&amp;T)</translation>
    </message>
    <message>
        <source>Days before the trash empties itself</source>
        <translation>回收站自动清空前的天数</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>常规(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>来源(&amp;S)</translation>
    </message>
    <message>
        <source>The sources could not be saved: %1</source>
        <translation>无法保存来源：%1</translation>
    </message>
    <message>
        <source>This run uses %1, given with --upstream or IMAGEBRIDGE_UPSTREAM_URL; the address above is saved for runs without it.</source>
        <translation>本次运行使用 %1（由 --upstream 或 IMAGEBRIDGE_UPSTREAM_URL 指定）；上面的地址保存给不带它的运行使用。</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
</context>
<context>
    <name>SourceEditDialog</name>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Every provider</source>
        <translation>所有提供方</translation>
    </message>
    <message>
        <source>My own deployment</source>
        <translation>我自己的部署</translation>
    </message>
    <message>
        <source>The public site</source>
        <translation>公共网站</translation>
    </message>
    <message>
        <source>The public site answers only its own web page, and 20 requests per address per day: ImageBridge will be refused there.</source>
        <translation>公共网站只回应它自己的网页，并且每个地址每天只允许 20 次请求：ImageBridge 在那里会被拒绝。</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>提供方(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>网址(&amp;U)</translation>
    </message>
    <message>
        <source>Extra &amp;header</source>
        <translation>额外请求头(&amp;H)</translation>
    </message>
    <message>
        <source>Header &amp;value</source>
        <translation>请求头的值(&amp;V)</translation>
    </message>
    <message>
        <source>The URL must be an http:// or https:// address, such as https://my-app.vercel.app/api/generate-images.</source>
        <translation>网址必须是 http:// 或 https:// 地址，例如 https://my-app.vercel.app/api/generate-images。</translation>
    </message>
    <message>
        <source>An extra header needs a name (letters, digits, &apos;-&apos;) and a value.</source>
        <translation>额外请求头需要名称（字母、数字、“-”）和值。</translation>
    </message>
    <message>
        <source>The provider&apos;s own API (my key)</source>
        <translation>提供方自己的 API（我的密钥）</translation>
    </message>
    <message>
        <source>ImageBridge calls the provider with your key (Sources &gt; Use my own keys), as the template&apos;s deployment does.</source>
        <translation>ImageBridge 用你的密钥直接调用提供方（来源 &gt; 使用我自己的密钥），与模板的部署做法相同。</translation>
    </message>
</context>
<context>
    <name>SourceHeaders</name>
    <message>
        <source>The deployment headers are too long for the keychain (%1 bytes, at most %2).</source>
        <translation>部署的请求头太长，钥匙串放不下（%1 字节，最多 %2）。</translation>
    </message>
    <message>
        <source>The keychain could not keep the deployment headers: %1</source>
        <translation>钥匙串无法保存部署的请求头：%1</translation>
    </message>
</context>
<context>
    <name>SourcePlan</name>
    <message>
        <source>&apos;%1&apos; is not PROVIDER=KIND[:URL] with a provider of %2</source>
        <translation>“%1”不是 PROVIDER=KIND[:URL] 格式，提供方须为 %2 之一</translation>
    </message>
</context>
<context>
    <name>SourcesCommand</name>
    <message>
        <source>quota used up, not called until %1</source>
        <translation>配额已用完，%1 之前不会调用</translation>
    </message>
    <message>
        <source>refused (%1), skipped for now</source>
        <translation>已拒绝（%1），暂时跳过</translation>
    </message>
    <message>
        <source>usable</source>
        <translation>可用</translation>
    </message>
    <message numerus="yes">
        <source>with %n extra header(s)</source>
        <translation>
            <numerusform>带 %n 个额外请求头</numerusform>
        </translation>
    </message>
    <message>
        <source>public</source>
        <translation>公共</translation>
    </message>
    <message>
        <source>deployment</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>answers only its own web page (Vercel BotID); %1 of %2 calls of the day made from here</source>
        <translation>只回应它自己的网页（Vercel BotID）；今天已从此处调用 %1 次（共 %2 次）</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <source>every provider</source>
        <translation>所有提供方</translation>
    </message>
    <message>
        <source>Daily quota used up; not called until %1</source>
        <translation>每日配额已用完；%1 之前不会调用</translation>
    </message>
    <message>
        <source>Refused: %1 (skipped for a while)</source>
        <translation>已拒绝：%1（暂时跳过）</translation>
    </message>
    <message>
        <source>Last failure %1: %2</source>
        <translation>上次失败 %1：%2</translation>
    </message>
    <message>
        <source>last success %1</source>
        <translation>上次成功 %1</translation>
    </message>
    <message>
        <source>about %1 of %2 left today, shared with everyone on your network</source>
        <translation>今天大约还剩 %1 次（共 %2 次），与你网络中的所有人共享</translation>
    </message>
    <message>
        <source>Not used yet</source>
        <translation>尚未使用</translation>
    </message>
    <message>
        <source>Testing %1 with %2...</source>
        <translation>正在用 %2 测试 %1...</translation>
    </message>
    <message>
        <source>%1 answered in %2 s: a %3 image of %4 bytes.</source>
        <translation>%1 在 %2 秒内作答：一张 %4 字节的 %3 图片。</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>This run was started with --source or --upstream, which win until ImageBridge starts without them; what you save here applies then.</source>
        <translation>本次运行使用了 --source 或 --upstream，在不带它们启动 ImageBridge 之前以它们为准；在此保存的内容届时生效。</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供方</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>添加(&amp;A)...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>编辑(&amp;E)...</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>测试(&amp;T)</translation>
    </message>
    <message>
        <source>Your own &amp;deployment...</source>
        <translation>你自己的部署(&amp;D)...</translation>
    </message>
    <message>
        <source>each provider&apos;s own API (your keys)</source>
        <translation>各提供方自己的 API（你的密钥）</translation>
    </message>
    <message>
        <source>No key yet: use &quot;Use my own keys...&quot;</source>
        <translation>还没有密钥：请使用“使用我自己的密钥...”</translation>
    </message>
    <message>
        <source>Each provider tries its sources from the top; a source that refuses (access denied, its daily quota, a missing deployment) or keeps failing passes the same request to the next one. The public site answers only its own web page, so put your own deployment or your own provider keys first.</source>
        <translation>每个提供方从上往下依次尝试其来源；某个来源拒绝请求（访问被拒、每日配额用完、部署不存在）或持续失败时，会把同一请求交给下一个来源。公共网站只回应它自己的网页，因此请把你自己的部署或你自己的提供方密钥放在最前面。</translation>
    </message>
    <message>
        <source>Use my own &amp;keys...</source>
        <translation>使用我自己的密钥(&amp;K)...</translation>
    </message>
</context>
<context>
    <name>StudioSession</name>
    <message>
        <source>generate</source>
        <translation>生成</translation>
    </message>
</context>
<context>
    <name>SystemKeychain</name>
    <message>
        <source>The keychain did not answer within %1 s.</source>
        <translation>钥匙串在 %1 秒内没有响应。</translation>
    </message>
    <message>
        <source>No keychain service is running (%1). Give the keys in the environment or with --env-file instead.</source>
        <translation>没有正在运行的钥匙串服务（%1）。请改为通过环境变量或 --env-file 提供密钥。</translation>
    </message>
</context>
<context>
    <name>UpstreamAnswer</name>
    <message>
        <source>The upstream answered garbage: %1</source>
        <translation>上游返回了无效内容：%1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>no image in the answer</source>
        <translation>回复中没有图片</translation>
    </message>
    <message>
        <source>the image is not valid base64</source>
        <translation>图片不是有效的 base64</translation>
    </message>
    <message>
        <source>The upstream sent an image larger than %1 MiB.</source>
        <translation>上游发送的图片超过 %1 MiB。</translation>
    </message>
    <message>
        <source>the data is not a PNG, JPEG, WebP or GIF image</source>
        <translation>数据不是 PNG、JPEG、WebP 或 GIF 图片</translation>
    </message>
</context>
<context>
    <name>UpstreamCall</name>
    <message>
        <source>The upstream sent an image larger than %1 MiB.</source>
        <translation>上游发送的图片超过 %1 MiB。</translation>
    </message>
    <message>
        <source>The upstream sent nothing for %1 s.</source>
        <translation>上游 %1 秒内没有发送任何数据。</translation>
    </message>
    <message>
        <source>Could not reach the upstream: %1</source>
        <translation>无法连接上游：%1</translation>
    </message>
    <message>
        <source>The upstream connection broke off: %1</source>
        <translation>与上游的连接中断：%1</translation>
    </message>
    <message>
        <source>The upstream is busy (rate limited).</source>
        <translation>上游繁忙（已限流）。</translation>
    </message>
    <message>
        <source>The upstream timed out (HTTP %1).</source>
        <translation>上游超时（HTTP %1）。</translation>
    </message>
    <message>
        <source>The upstream failed to generate the image (HTTP %1).</source>
        <translation>上游未能生成图片（HTTP %1）。</translation>
    </message>
    <message>
        <source>The upstream rejected the request (HTTP %1).</source>
        <translation>上游拒绝了请求（HTTP %1）。</translation>
    </message>
    <message numerus="yes">
        <source>No image after %1 s (%n attempt(s)).</source>
        <translation>
            <numerusform>%1 秒后仍没有图片（已尝试 %n 次）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The upstream&apos;s daily quota is used up (the public site allows 20 generations per address per day, shared with everyone on your network). Use your own deployment of the template, or wait until the quota resets.</source>
        <translation>上游的每日配额已用完（公共网站每个地址每天允许生成 20 次，与你网络中的所有人共享）。请使用你自己部署的模板，或等待配额重置。</translation>
    </message>
    <message>
        <source>The upstream refused the prompt as unsafe. Change the prompt.</source>
        <translation>上游认为提示词不安全而拒绝了它。请修改提示词。</translation>
    </message>
    <message>
        <source>The upstream could not generate the image (HTTP %1)%2; its provider was already retried there.</source>
        <translation>上游无法生成图片（HTTP %1）%2；其提供方已在上游重试过。</translation>
    </message>
    <message>
        <source>The upstream&apos;s daily quota is used up (the public site allows 20 generations per address per day, shared with everyone on your network). It resets by %1; until then ImageBridge does not call it. Use your own deployment of the template meanwhile.</source>
        <translation>上游的每日配额已用完（公共网站每个地址每天允许生成 20 次，与你网络中的所有人共享）。配额将于 %1 前重置；在此之前 ImageBridge 不会再调用它。在此期间请使用你自己部署的模板。</translation>
    </message>
    <message>
        <source>The public AI SDK Image Generator answers only its own web page (Vercel BotID), not applications. Use your own deployment of the template: add it in Settings &gt; Sources, or start with --source or --upstream URL.</source>
        <translation>公共的 AI SDK Image Generator 只回应它自己的网页（Vercel BotID），不回应应用程序。请使用你自己部署的模板：在 设置 &gt; 来源 中添加，或以 --source 或 --upstream URL 启动。</translation>
    </message>
    <message>
        <source>No key for the %1 API: set %2 in Settings &gt; Sources, in the environment or with --env-file.</source>
        <translation>没有 %1 API 的密钥：请在 设置 &gt; 来源 中、环境变量中或通过 --env-file 设置 %2。</translation>
    </message>
    <message>
        <source>%1 has no direct API.</source>
        <translation>%1 没有可直接调用的 API。</translation>
    </message>
    <message>
        <source>%1 is made only with your own %2 key: add one in Settings &gt; Sources &gt; Use my own keys, or run with --source %3=direct and %4.</source>
        <translation>%1 只能用你自己的 %2 密钥生成：请在 设置 &gt; 来源 &gt; 使用我自己的密钥 中添加，或使用 --source %3=direct 并设置 %4 运行。</translation>
    </message>
</context>
<context>
    <name>UpstreamSource</name>
    <message>
        <source>&apos;%1&apos; is not an http(s) URL</source>
        <translation>“%1”不是 http(s) 网址</translation>
    </message>
    <message>
        <source>public site</source>
        <translation>公共网站</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a source: use public, deployment:URL or direct</source>
        <translation>“%1”不是有效的来源：请使用 public、deployment:URL 或 direct</translation>
    </message>
    <message>
        <source>%1 API (own key)</source>
        <translation>%1 API（自有密钥）</translation>
    </message>
</context>
<context>
    <name>VertexCall</name>
    <message>
        <source>The key in GOOGLE_PRIVATE_KEY cannot sign: %1</source>
        <translation>GOOGLE_PRIVATE_KEY 中的密钥无法签名：%1</translation>
    </message>
    <message>
        <source>Google refused the service account %1 (HTTP %2: %3). Check GOOGLE_CLIENT_EMAIL and GOOGLE_PRIVATE_KEY.</source>
        <translation>Google 拒绝了服务账号 %1（HTTP %2：%3）。请检查 GOOGLE_CLIENT_EMAIL 和 GOOGLE_PRIVATE_KEY。</translation>
    </message>
    <message>
        <source>Google&apos;s Responsible AI filter held back every image. Change the prompt.</source>
        <translation>Google 的 Responsible AI 过滤器拦下了所有图片。请修改提示词。</translation>
    </message>
    <message>
        <source>Google&apos;s Responsible AI filter refused the prompt. Change the prompt.</source>
        <translation>Google 的 Responsible AI 过滤器拒绝了该提示词。请修改提示词。</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>The API server could not start: %1</source>
        <translation>API 服务器无法启动：%1</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>已复制：%1</translation>
    </message>
    <message>
        <source>Welcome to ImageBridge</source>
        <translation>欢迎使用 ImageBridge</translation>
    </message>
    <message>
        <source>Make images with about two dozen models from Replicate, Google Vertex AI, OpenAI and Fireworks, here in the studio or from the chat apps you already use.</source>
        <translation>使用来自 Replicate、Google Vertex AI、OpenAI 和 Fireworks 的二十多个模型生成图像：可以在工作室里，也可以在你已经在用的聊天应用中。</translation>
    </message>
    <message>
        <source>Make images here</source>
        <translation>在这里生成图像</translation>
    </message>
    <message>
        <source>Describe the image on the left, tick one or more models and press Ctrl+Enter. Several models give their results side by side, each with its own time, so you can see which suits you. Everything you make is kept in the Gallery.</source>
        <translation>在左侧描述图像，勾选一个或多个模型，然后按 Ctrl+Enter。多个模型的结果并排显示，各自带有用时，便于你找到合适的模型。生成的一切都会保存在图库中。</translation>
    </message>
    <message>
        <source>Start from one of these:</source>
        <translation>从这些提示词开始：</translation>
    </message>
    <message>
        <source>Use the prompt: %1</source>
        <translation>使用提示词：%1</translation>
    </message>
    <message>
        <source>Use it from your apps</source>
        <translation>在你的应用中使用</translation>
    </message>
    <message>
        <source>ImageBridge is also a local OpenAI-compatible API: LobeChat, NextChat, Cherry Studio, the openai SDKs and curl can make images through it. Only programs on this computer can reach it, and they need the key.</source>
        <translation>ImageBridge 也是一个本地的 OpenAI 兼容 API：LobeChat、NextChat、Cherry Studio、openai SDK 和 curl 都可以通过它生成图像。只有本机上的程序能访问它，并且需要密钥。</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>复制地址</translation>
    </message>
    <message>
        <source>Copy the API key</source>
        <translation>复制 API 密钥</translation>
    </message>
    <message>
        <source>Set &amp;up:</source>
        <translation>设置(&amp;U)：</translation>
    </message>
    <message>
        <source>Client to set up</source>
        <translation>要设置的客户端</translation>
    </message>
    <message>
        <source>Set-up steps</source>
        <translation>设置步骤</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the set-up steps</source>
        <translation>复制设置步骤</translation>
    </message>
    <message>
        <source>Ctrl+Enter generate · Esc cancel · Ctrl+F search the gallery · Ctrl+L request log · F11 full screen · &lt;a href=&quot;#&quot;&gt;all shortcuts&lt;/a&gt;</source>
        <translation>Ctrl+Enter 生成 · Esc 取消 · Ctrl+F 搜索图库 · Ctrl+L 请求日志 · F11 全屏 · &lt;a href=&quot;#&quot;&gt;全部快捷键&lt;/a&gt;</translation>
    </message>
    <message>
        <source>The server is running.</source>
        <translation>服务器正在运行。</translation>
    </message>
    <message>
        <source>The server is stopped. Start it to connect apps.</source>
        <translation>服务器已停止。启动它以连接应用。</translation>
    </message>
    <message>
        <source>Stop server</source>
        <translation>停止服务器</translation>
    </message>
    <message>
        <source>Start server</source>
        <translation>启动服务器</translation>
    </message>
    <message>
        <source>Use your own &amp;deployment...</source>
        <translation>使用你自己的部署(&amp;D)...</translation>
    </message>
    <message>
        <source>The public AI SDK Image Generator now answers only its own web page, not applications such as ImageBridge. Your own deployment of the same open-source template works, on Vercel or on this computer, in a few minutes; or ImageBridge calls the same providers directly with your own API keys.</source>
        <translation>公共的 AI SDK Image Generator 现在只回应它自己的网页，不再回应 ImageBridge 这样的应用程序。把同一个开源模板部署到 Vercel 或本机上只需几分钟，你自己的部署可以正常使用；或者让 ImageBridge 用你自己的 API 密钥直接调用同样的提供方。</translation>
    </message>
    <message>
        <source>Use your own API &amp;keys...</source>
        <translation>使用你自己的 API 密钥(&amp;K)...</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>no display found; run the server with --serve or make images with generate (see --help)</source>
        <translation>找不到显示器；请用 --serve 运行服务器，或用 generate 生成图片（见 --help）</translation>
    </message>
    <message>
        <source>alias of %1</source>
        <translation>%1 的别名</translation>
    </message>
</context>
</TS>
