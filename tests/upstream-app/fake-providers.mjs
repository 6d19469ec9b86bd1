// The four image providers the template's route calls, answered on 127.0.0.1 as the AI SDK
// packages in its lockfile send and parse them (@ai-sdk/openai 1.3, replicate 0.1,
// fireworks 0.1, google-vertex 2.2 edge). provider-hosts.cjs sends each provider host here
// as the first path segment: /api.openai.com/v1/images/generations.
//
// A prompt with "[provider-fail]" gets the provider's 500 (the route's AI SDK retries it
// twice); "[provider-unsafe]" gets the provider's safety refusal (not retried).
// GET /__calls: generation calls per provider; POST /__reset clears them.
import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import { join } from "node:path";

export function startFakeProviders(imageDir) {
  const images = {
    png: readFileSync(join(imageDir, "image.png")),
    webp: readFileSync(join(imageDir, "image.webp")),
    jpeg: readFileSync(join(imageDir, "image.jpeg")),
  };
  const calls = { openai: 0, replicate: 0, fireworks: 0, vertex: 0, token: 0, download: 0 };
  let server;

  const send = (res, status, type, body, headers = {}) => {
    res.writeHead(status, { "content-type": type, ...headers });
    res.end(body);
  };
  const json = (res, status, value) => send(res, status, "application/json", JSON.stringify(value));
  const mode = (prompt) =>
    String(prompt).includes("[provider-fail]")
      ? "fail"
      : String(prompt).includes("[provider-unsafe]")
        ? "unsafe"
        : "ok";

  const handlers = {
    openai(req, res, body) {
      calls.openai++;
      const m = mode(body.prompt);
      if (m === "fail")
        return json(res, 500, { error: { message: "The server had an error while processing your request.", type: "server_error", param: null, code: null } });
      if (m === "unsafe")
        return json(res, 400, { error: { message: "Your request was rejected as a result of our safety system.", type: "invalid_request_error", param: null, code: "content_policy_violation" } });
      json(res, 200, { created: Math.floor(Date.now() / 1000), data: [{ b64_json: images.png.toString("base64") }] });
    },
    replicate(req, res, body) {
      calls.replicate++;
      const m = mode(body.input && body.input.prompt);
      if (m === "fail") return json(res, 500, { detail: "Internal server error" });
      if (m === "unsafe")
        return json(res, 422, { detail: "NSFW content detected. Try running it again, or try a different prompt.", status: 422 });
      const id = Math.random().toString(36).slice(2);
      json(res, 201, {
        id, status: "succeeded", error: null,
        output: [`https://replicate.delivery/fake/${id}/out-0.webp`],
        urls: { get: `https://api.replicate.com/v1/predictions/${id}`, cancel: `https://api.replicate.com/v1/predictions/${id}/cancel` },
      });
    },
    fireworks(req, res, body) {
      calls.fireworks++;
      const m = mode(body.prompt);
      if (m === "fail") return json(res, 500, { error: { object: "error", type: "internal_server_error", message: "server error" } });
      if (m === "unsafe") return json(res, 400, { error: { object: "error", type: "invalid_request_error", message: "The prompt was flagged by the content filter." } });
      send(res, 200, "image/jpeg", images.jpeg, { "finish-reason": "SUCCESS" });
    },
    vertex(req, res, body) {
      calls.vertex++;
      const m = mode(body.instances && body.instances[0] && body.instances[0].prompt);
      if (m === "fail") return json(res, 500, { error: { code: 500, message: "Internal error encountered.", status: "INTERNAL" } });
      if (m === "unsafe") return json(res, 200, {}); // Responsible AI filtered every image
      json(res, 200, { predictions: [{ mimeType: "image/png", bytesBase64Encoded: images.png.toString("base64") }] });
    },
  };

  server = createServer((req, res) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      const url = new URL(req.url, "http://127.0.0.1");
      const [, host, ...rest] = url.pathname.split("/");
      const path = "/" + rest.join("/");
      if (host === "__calls") return json(res, 200, calls);
      if (host === "__reset") {
        for (const k of Object.keys(calls)) calls[k] = 0;
        return json(res, 200, calls);
      }
      let body = {};
      try { body = raw && req.headers["content-type"]?.startsWith("application/json") ? JSON.parse(raw) : {}; } catch { body = {}; }
      if (host === "api.openai.com" && path === "/v1/images/generations") return handlers.openai(req, res, body);
      if (host === "api.replicate.com" && /^\/v1\/models\/[^/]+\/[^/]+\/predictions$/.test(path)) return handlers.replicate(req, res, body);
      if (host === "replicate.delivery") { calls.download++; return send(res, 200, "image/webp", images.webp); }
      if (host === "api.fireworks.ai" && /^\/inference\/v1\/(workflows\/.+\/text_to_image|image_generation\/.+)$/.test(path)) return handlers.fireworks(req, res, body);
      if (host === "oauth2.googleapis.com" && path === "/token") {
        calls.token++;
        return json(res, 200, { access_token: "fake-access-token", expires_in: 3599, token_type: "Bearer" });
      }
      if (/-aiplatform\.googleapis\.com$/.test(host) && /\/publishers\/google\/models\/[^/:]+:predict$/.test(path)) return handlers.vertex(req, res, body);
      send(res, 404, "text/plain", `no fake for ${host}${path}`);
    });
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => resolve({ port: server.address().port, calls, close: () => server.close() }));
  });
}
