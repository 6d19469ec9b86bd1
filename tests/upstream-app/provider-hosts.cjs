// Preloaded into the template app (NODE_OPTIONS=--require): sends the four providers'
// hosts to the fake providers on 127.0.0.1 (FAKE_PROVIDERS_PORT). The route's AI SDK calls
// globalThis.fetch, so nothing else of the app changes.
const port = process.env.FAKE_PROVIDERS_PORT;
const hosts = /^(api\.openai\.com|api\.replicate\.com|replicate\.delivery|api\.fireworks\.ai|oauth2\.googleapis\.com|[a-z0-9-]+-aiplatform\.googleapis\.com)$/;
const realFetch = globalThis.fetch;
globalThis.fetch = function (input, init) {
  const text = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
  const url = new URL(text);
  if (port && hosts.test(url.hostname)) {
    const target = `http://127.0.0.1:${port}/${url.hostname}${url.pathname}${url.search}`;
    if (typeof input === "string" || input instanceof URL) return realFetch(target, init);
    return realFetch(new Request(target, input), init);
  }
  return realFetch(input, init);
};
