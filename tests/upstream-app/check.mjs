// ImageBridge against the real template app (its `main` branch, built by run.sh), whose four
// providers are answered by fake-providers.mjs. Prints one line per check and
// "upstream-app: N passed, M failed"; exits 1 on any failure.
//
//   node check.mjs TEMPLATE_DIR IMAGEBRIDGE FAKE_UPSTREAM WORK_DIR
import { spawn, spawnSync } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { mkdirSync } from "node:fs";
import { createServer } from "node:net";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { startFakeProviders } from "./fake-providers.mjs";

const [templateDir, imagebridge, fakeUpstream, work] = process.argv.slice(2);
if (!work) {
  console.error("usage: node check.mjs TEMPLATE_DIR IMAGEBRIDGE FAKE_UPSTREAM WORK_DIR");
  process.exit(2);
}
const here = dirname(fileURLToPath(import.meta.url));
const key = "upstream-app-key-0123";
const children = [];
let passed = 0;
let failed = 0;

const check = (name, ok, detail) => {
  ok ? passed++ : failed++;
  console.log(`${ok ? "ok  " : "FAIL"} ${name}${detail ? `: ${detail}` : ""}`);
};

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

// Polls until `url` answers, with a deadline: the servers start in the background.
async function waitFor(url, deadlineMs) {
  const end = Date.now() + deadlineMs;
  while (Date.now() < end) {
    try {
      const r = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (r.status < 500) return true;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

function start(command, args, options) {
  const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], ...options });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  children.push(child);
  child.output = () => output;
  return child;
}

function stopAll() {
  for (const c of children) if (c.exitCode === null) c.kill("SIGTERM");
}
process.on("exit", stopAll);

mkdirSync(join(work, "images"), { recursive: true });
const made = spawnSync(fakeUpstream, ["--write-images", join(work, "images"), "--image-size", "256"]);
if (made.status !== 0) {
  console.error(`cannot make the test images: ${made.stderr}`);
  process.exit(1);
}
const providers = await startFakeProviders(join(work, "images"));

// The template's deploy form: the provider keys, and a Google service account whose key
// signs the JWT the Vertex provider trades for a token.
const { privateKey } = generateKeyPairSync("rsa", {
  modulusLength: 2048,
  privateKeyEncoding: { type: "pkcs8", format: "pem" },
  publicKeyEncoding: { type: "spki", format: "pem" },
});
const appPort = await freePort();
const app = start(process.execPath, [join(templateDir, "node_modules/next/dist/bin/next"), "start", "-p", String(appPort), "-H", "127.0.0.1"], {
  cwd: templateDir,
  env: {
    ...process.env,
    NODE_OPTIONS: `--require ${join(here, "provider-hosts.cjs")}`,
    FAKE_PROVIDERS_PORT: String(providers.port),
    NEXT_TELEMETRY_DISABLED: "1",
    OPENAI_API_KEY: "sk-fake",
    REPLICATE_API_TOKEN: "r8_fake",
    FIREWORKS_API_KEY: "fw_fake",
    GOOGLE_CLIENT_EMAIL: "imagebridge-test@fake-project.iam.gserviceaccount.com",
    GOOGLE_PRIVATE_KEY: privateKey,
    GOOGLE_PRIVATE_KEY_ID: "fake-key-id",
    GOOGLE_VERTEX_LOCATION: "us-central1",
    GOOGLE_VERTEX_PROJECT: "fake-project",
  },
});
if (!(await waitFor(`http://127.0.0.1:${appPort}/`, 60000))) {
  console.error(`the template app did not start:\n${app.output()}`);
  process.exit(1);
}

const serverPort = await freePort();
const server = start(imagebridge, ["--serve", "--port", String(serverPort), "--key", key, "--upstream", `http://127.0.0.1:${appPort}/api/generate-images`, "--data-dir", join(work, "data")], {
  env: { ...process.env, IMAGEBRIDGE_SETTINGS_FILE: join(work, "settings.ini"), QT_QPA_PLATFORM: "offscreen" },
});
if (!(await waitFor(`http://127.0.0.1:${serverPort}/healthz`, 30000))) {
  console.error(`imagebridge --serve did not start:\n${server.output()}`);
  process.exit(1);
}

async function generate(model, prompt) {
  const started = Date.now();
  const r = await fetch(`http://127.0.0.1:${serverPort}/v1/images/generations`, {
    method: "POST",
    headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json" },
    body: JSON.stringify({ model, prompt }),
    signal: AbortSignal.timeout(120000),
  });
  return { status: r.status, body: await r.json(), seconds: (Date.now() - started) / 1000 };
}

const callsOf = () => ({ ...providers.calls });
const magic = { png: "89504e47", jpeg: "ffd8ff", webp: "52494646" };

// One model of each provider generates; the image goes out as the provider made it.
for (const [model, provider, format] of [
  ["openai/dall-e-3", "openai", "png"],
  ["replicate/flux-schnell", "replicate", "webp"],
  ["fireworks/flux-1-schnell-fp8", "fireworks", "jpeg"],
  ["vertex/imagen-3.0-fast", "vertex", "png"],
]) {
  const before = callsOf();
  const r = await generate(model, "a lighthouse in a storm");
  const bytes = r.status === 200 ? Buffer.from(r.body.data[0].b64_json, "base64") : Buffer.alloc(0);
  const calls = providers.calls[provider] - before[provider];
  check(`${model} generates through the template`,
    r.status === 200 && calls === 1 && bytes.toString("hex").startsWith(magic[format]) && r.body.output_format === format,
    `${r.status}, ${calls} ${provider} call(s), ${r.body.output_format} ${bytes.length} bytes in b64_json`);
}

// A provider failure: the route's AI SDK tries the provider three times (~6 s), then answers
// its own 500, which ImageBridge does not retry.
{
  const before = callsOf();
  const r = await generate("openai/dall-e-3", "[provider-fail] a lighthouse");
  const calls = providers.calls.openai - before.openai;
  check("a provider failure costs the route's own 3 provider calls", r.status === 502 && calls === 3,
    `${r.status} ${r.body.error?.code} after ${r.seconds.toFixed(1)} s, ${calls} provider call(s)`);
}

// A safety refusal: one provider call, not retried by the route nor by ImageBridge.
{
  const before = callsOf();
  const r = await generate("openai/dall-e-3", "[provider-unsafe] a lighthouse");
  const calls = providers.calls.openai - before.openai;
  check("a safety refusal costs 1 provider call", r.status >= 400 && calls === 1,
    `${r.status} ${r.body.error?.code} after ${r.seconds.toFixed(1)} s, ${calls} provider call(s)`);
}

// A real client: the openai SDK for Node, as apps use it, with its own retries on.
if (process.env.OPENAI_SDK_DIR) {
  const { default: OpenAI } = await import(join(process.env.OPENAI_SDK_DIR, "index.mjs"));
  const client = new OpenAI({ baseURL: `http://127.0.0.1:${serverPort}/v1`, apiKey: key, maxRetries: 2 });
  const before = callsOf();
  const r = await client.images.generate({ model: "gpt-image-2", prompt: "a lighthouse in a storm" });
  const bytes = Buffer.from(r.data[0].b64_json, "base64");
  check("the openai SDK generates through the template (gpt-image-2 alias)",
    bytes.toString("hex").startsWith(magic[r.output_format]) && providers.calls.replicate - before.replicate === 1,
    `${r.output_format} ${bytes.length} bytes, ${r.size}`);
  const failedBefore = callsOf();
  let status = 0;
  try {
    await client.images.generate({ model: "openai/dall-e-3", prompt: "[provider-fail] a lighthouse" });
  } catch (e) {
    status = e.status;
  }
  const calls = providers.calls.openai - failedBefore.openai;
  check("the SDK does not retry what the route already retried", status === 502 && calls === 3,
    `${status}, ${calls} provider call(s)`);
}

// The server's OpenAPI document, checked by a validator made for the job.
if (process.env.OPENAPI_VALIDATOR_DIR) {
  const { Validator } = await import(join(process.env.OPENAPI_VALIDATOR_DIR, "index.js"));
  const document = await (await fetch(`http://127.0.0.1:${serverPort}/v1/openapi.json`)).json();
  const validator = new Validator();
  const result = await validator.validate(document);
  console.log(`upstream-app: openapi-schema-validator ${validator.version}: ${JSON.stringify(result)}`);
  check("GET /v1/openapi.json is a valid OpenAPI document", result.valid === true,
    `${Object.keys(document.paths ?? {}).length} paths, OpenAPI ${validator.version}`);
}

stopAll();
providers.close();
console.log(`upstream-app: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
