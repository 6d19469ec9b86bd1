#!/usr/bin/env bash
# ImageBridge against the real template app: unpacks the `main` branch of
# vercel-labs/ai-sdk-image-generator from ../shared/vendor/upstream-app (or
# UPSTREAM_APP_DIR), installs its lockfile's packages from the npm registry, builds it,
# starts it on 127.0.0.1 with its four providers answered by fake-providers.mjs, and runs
# check.mjs: one model of each provider through `imagebridge --serve`, the provider calls
# of a provider failure (3) and of a safety refusal (1), WebP kept as WebP.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
vendor=${UPSTREAM_APP_DIR:-$root/../shared/vendor/upstream-app}
archive=$(ls "$vendor"/ai-sdk-image-generator-main-*.tar.gz 2>/dev/null | head -1)
if [ -z "$archive" ]; then
    echo "upstream-app: no ai-sdk-image-generator-main-*.tar.gz in $vendor" >&2
    exit 1
fi

# Node 18.18 or later with npm (the machine's, else Debian's).
node_ok() {
    command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 &&
        node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>18||(a==18&&b>=18)?0:1)'
}
if ! node_ok; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
fi
node_ok || { echo "upstream-app: Node 18.18 or later is needed" >&2; exit 1; }
echo "upstream-app: Node $(node --version), npm $(npm --version)"

./build.sh build >/dev/null

work=$root/build/upstream-app
rm -rf "$work"
mkdir -p "$work"
tar -xzf "$archive" -C "$work"
app=$(ls -d "$work"/ai-sdk-image-generator-main-*)
start=$SECONDS
(cd "$app" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
echo "upstream-app: npm ci in $((SECONDS - start)) s"
start=$SECONDS
(cd "$app" && NEXT_TELEMETRY_DISABLED=1 npx --no-install next build >"$work/next-build.log" 2>&1) ||
    { cat "$work/next-build.log"; exit 1; }
echo "upstream-app: next build in $((SECONDS - start)) s"
# A real client for the last check: the openai SDK for Node, from the npm registry.
mkdir -p "$work/clients"
# and an OpenAPI validator for the server's own document (GET /v1/openapi.json).
(cd "$work/clients" && npm init -y >/dev/null && npm install --no-audit --no-fund --loglevel=error \
    openai@7 @seriousme/openapi-schema-validator@2 >/dev/null)
OPENAI_SDK_DIR="$work/clients/node_modules/openai" \
OPENAPI_VALIDATOR_DIR="$work/clients/node_modules/@seriousme/openapi-schema-validator" exec node tests/upstream-app/check.mjs "$app" \
    "$root/build/src/app/imagebridge" "$root/build/tests/fakeupstream/imagebridge-fake-upstream" \
    "$work/run"
