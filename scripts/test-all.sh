#!/usr/bin/env bash
# Runs every test layer (what `make test` does), keeps going past a failing
# layer so one run shows everything, and ends with one line:
# "N passed, N failed". Exits non-zero if anything failed.
#
# Layers, cheapest first:
#   fmt            cargo fmt --check
#   clippy-native  cargo clippy, all targets, -D warnings
#   clippy-wasm    the same for wasm32-unknown-unknown
#   native         cargo test (model, content, build script logic)
#   wasm           wasm-bindgen-test components in headless Chromium
#   dist           the release build (trunk build --release, wasm-opt -Oz)
#   e2e            Playwright specs against dist/ on loopback, both viewports
#
# Each layer's output goes to the terminal and to target/test-logs/.
set -uo pipefail

cd "$(dirname "$0")/.."
LOGS="target/test-logs"
rm -rf "$LOGS"
mkdir -p "$LOGS"
started=$SECONDS

if ! scripts/install-tools.sh --test; then
    echo "tools install failed: no test could run" >"$LOGS/00-tools.log"
    printf 'check 1\n' >"$LOGS/00-tools.status"
    node scripts/test-summary.mjs "$LOGS" 2>/dev/null || echo "0 passed, 1 failed"
    exit 1
fi

n=0
# layer NAME KIND COMMAND...: runs one layer, records its output and status.
layer() {
    local name="$1" kind="$2"
    shift 2
    n=$((n + 1))
    local id
    id="$(printf '%02d-%s' "$n" "$name")"
    local t0=$SECONDS
    printf '\n=== %s: %s\n' "$name" "$*"
    "$@" 2>&1 | tee "$LOGS/$id.log"
    local code=${PIPESTATUS[0]}
    printf '%s %s\n' "$kind" "$code" >"$LOGS/$id.status"
    printf '=== %s: %s in %ss\n' "$name" "$([ "$code" = 0 ] && echo ok || echo "FAILED (exit $code)")" "$((SECONDS - t0))"
    return "$code"
}

layer fmt check cargo fmt --all -- --check
layer clippy-native check cargo clippy --locked --all-targets -- -D warnings
layer clippy-wasm check cargo clippy --locked --all-targets --target wasm32-unknown-unknown -- -D warnings
layer native cargo cargo test --locked
layer wasm cargo cargo test --locked --target wasm32-unknown-unknown
if layer dist check make --no-print-directory dist; then
    layer e2e node make --no-print-directory e2e-run
else
    n=$((n + 1))
    echo "e2e not run: the release build failed" | tee "$LOGS/$(printf '%02d' "$n")-e2e.log"
    printf 'node 1\n' >"$LOGS/$(printf '%02d' "$n")-e2e.status"
fi

printf '\nmake test took %ss\n' "$((SECONDS - started))"
node scripts/test-summary.mjs "$LOGS"
