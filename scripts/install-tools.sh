#!/usr/bin/env bash
# Installs what building and testing Kansrijk needs, and only what is missing.
# A second run finds everything in place and finishes in a second or two.
#
#   scripts/install-tools.sh          build tools: wasm32 target, Trunk,
#                                     wasm-bindgen-cli, npm packages, crates
#   scripts/install-tools.sh --test   the above plus what the tests need:
#                                     rustfmt, clippy, Chromium + chromedriver
#
# Nothing is cached outside the clone except what `cargo install` puts in
# cargo's standard bin dir (~/.cargo/bin) and what apt installs system-wide.
set -euo pipefail

cd "$(dirname "$0")/.."

TRUNK_VERSION="0.21.14"
WANT_TEST=0
for arg in "$@"; do
    case "$arg" in
        --test) WANT_TEST=1 ;;
        *) echo "install-tools: unknown argument '$arg'" >&2; exit 2 ;;
    esac
done

CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
case ":$PATH:" in *":$CARGO_BIN:"*) ;; *) export PATH="$CARGO_BIN:$PATH" ;; esac
case ":$PATH:" in *":$PWD/node_modules/.bin:"*) ;; *) export PATH="$PWD/node_modules/.bin:$PATH" ;; esac

say() { printf 'install-tools: %s\n' "$*"; }
fail() {
    printf '\ninstall-tools: ERROR: %s\n' "$1" >&2
    shift
    for line in "$@"; do printf '  %s\n' "$line" >&2; done
    exit 1
}

# --- what must already be there -------------------------------------------
command -v cargo >/dev/null 2>&1 && command -v rustc >/dev/null 2>&1 ||
    fail "Rust (cargo, rustc) is not installed." \
        "Install it with rustup (https://rustup.rs), then run this again."
command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 ||
    fail "Node.js and npm are not installed." \
        "Install Node.js 20.10 or newer with npm (e.g. 'apt-get install nodejs npm'), then run this again."
node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=10)?0:1)' ||
    fail "Node.js $(node --version) is too old: the static server and the e2e tests need 20.10 or newer."

# --- wasm32 target -----------------------------------------------------------
sysroot="$(rustc --print sysroot)"
if [ ! -d "$sysroot/lib/rustlib/wasm32-unknown-unknown" ]; then
    command -v rustup >/dev/null 2>&1 ||
        fail "The Rust target wasm32-unknown-unknown is missing and rustup is not available to add it." \
            "Install Rust with rustup, or add the wasm32-unknown-unknown standard library to $sysroot."
    say "adding the Rust target wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown
fi

# --- rustfmt and clippy ------------------------------------------------------
if [ "$WANT_TEST" = 1 ]; then
    for component in rustfmt clippy; do
        probe="fmt"; [ "$component" = clippy ] && probe="clippy"
        if ! cargo "$probe" --version >/dev/null 2>&1; then
            command -v rustup >/dev/null 2>&1 ||
                fail "'cargo $probe' is missing and rustup is not available to add it." \
                    "Install the Rust component '$component' for your toolchain."
            say "adding the Rust component $component"
            rustup component add "$component"
        fi
    done
fi

# --- wasm-bindgen-cli, exactly the version in Cargo.lock --------------------
[ -f Cargo.lock ] || fail "Cargo.lock is missing: it pins the wasm-bindgen version the CLI must match." \
    "Run 'cargo generate-lockfile' and commit the result."
WB_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)"
[ -n "$WB_VERSION" ] || fail "Cannot find the wasm-bindgen version in Cargo.lock."
trunk_pin="$(sed -n 's/^wasm_bindgen *= *"\(.*\)".*/\1/p' Trunk.toml)"
[ "$trunk_pin" = "$WB_VERSION" ] ||
    fail "Trunk.toml pins wasm_bindgen = \"$trunk_pin\" but Cargo.lock has wasm-bindgen $WB_VERSION." \
        "Set [tools] wasm_bindgen = \"$WB_VERSION\" in Trunk.toml."
have_wb="$( (wasm-bindgen --version 2>/dev/null || true) | awk '{print $2}')"
have_runner="$( (wasm-bindgen-test-runner --version 2>/dev/null || true) | awk '{print $2}')"
if [ "$have_wb" != "$WB_VERSION" ] || [ "$have_runner" != "$WB_VERSION" ]; then
    say "installing wasm-bindgen-cli $WB_VERSION (found '${have_wb:-none}'; this compiles for a few minutes)"
    # Not --locked: its lockfile names a webpki-roots version the registry lacks.
    cargo install wasm-bindgen-cli --version "$WB_VERSION" --force ||
        fail "'cargo install wasm-bindgen-cli --version $WB_VERSION' failed (see above)." \
            "It needs crates.io; it installs into $CARGO_BIN."
fi

# --- Trunk -------------------------------------------------------------------
have_trunk="$( (trunk --version 2>/dev/null || true) | awk '{print $2}')"
if [ "$have_trunk" != "$TRUNK_VERSION" ]; then
    say "installing Trunk $TRUNK_VERSION (found '${have_trunk:-none}'; this compiles for about 8 minutes)"
    # Trunk 0.22 needs a newer rustc than many machines have; 0.21.14 builds on 1.81+.
    cargo install --locked trunk --version "$TRUNK_VERSION" --force ||
        fail "'cargo install --locked trunk --version $TRUNK_VERSION' failed (see above)." \
            "It needs crates.io and rustc 1.81 or newer; it installs into $CARGO_BIN."
fi

# --- npm packages (binaryen's wasm-opt, playwright-core, axe-core) ----------
[ -f package-lock.json ] || fail "package-lock.json is missing; it must be committed."
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ] ||
    [ ! -x node_modules/.bin/wasm-opt ]; then
    say "installing npm packages from package-lock.json"
    npm ci --no-audit --no-fund ||
        fail "'npm ci' failed (see above). It needs the npm registry."
fi
wasm_opt_version="$(wasm-opt --version 2>/dev/null | awk '{print $3}')"
[ "$wasm_opt_version" = "132" ] ||
    fail "wasm-opt on PATH is version '${wasm_opt_version:-none}' ($(command -v wasm-opt || echo missing)), expected 132 from npm's binaryen." \
        "Run 'npm ci' in the repository root."

# --- crates, fetched once so Trunk can build offline ------------------------
stamp="target/.cargo-fetched"
if [ ! -f "$stamp" ] || [ Cargo.lock -nt "$stamp" ] || [ Cargo.toml -nt "$stamp" ]; then
    say "fetching crates"
    cargo fetch --locked ||
        fail "'cargo fetch --locked' failed (see above)." \
            "It needs crates.io, and Cargo.lock must match Cargo.toml ('cargo update -w' refreshes it)."
    mkdir -p target && touch "$stamp"
fi

# --- Chromium + chromedriver from Debian -------------------------------------
if [ "$WANT_TEST" = 1 ]; then
    CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
    CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
    if [ ! -x "$CHROMIUM" ] || [ ! -x "$CHROMEDRIVER" ]; then
        say "installing Chromium and chromedriver from Debian"
        if ! command -v apt-get >/dev/null 2>&1; then
            fail "Chromium ($CHROMIUM) or chromedriver ($CHROMEDRIVER) is missing, and apt-get is not available to install them." \
                "Install Chromium and a chromedriver of the same major version, then set CHROMIUM and CHROMEDRIVER to their paths."
        fi
        SUDO=""
        if [ "$(id -u)" != 0 ]; then
            if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
                SUDO="sudo -n"
            else
                fail "Chromium or chromedriver is missing and installing them needs root." \
                    "Run as root (or with password-less sudo): apt-get update && apt-get install -y chromium chromium-driver"
            fi
        fi
        $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -q &&
            $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver ||
            fail "'apt-get install chromium chromium-driver' failed (see above)."
        [ -x "$CHROMIUM" ] && [ -x "$CHROMEDRIVER" ] ||
            fail "apt installed chromium and chromium-driver, but $CHROMIUM or $CHROMEDRIVER is still missing."
    fi
    # The Debian wrapper script prints noise on stderr; only the version matters.
    browser_major="$("$CHROMIUM" --version 2>/dev/null | grep -oE '[0-9]+\.[0-9.]+' | head -1 | cut -d. -f1)"
    driver_major="$("$CHROMEDRIVER" --version 2>/dev/null | grep -oE '[0-9]+\.[0-9.]+' | head -1 | cut -d. -f1)"
    [ -n "$browser_major" ] && [ "$browser_major" = "$driver_major" ] ||
        fail "Chromium ($CHROMIUM, major '${browser_major:-?}') and chromedriver ($CHROMEDRIVER, major '${driver_major:-?}') do not match." \
            "Install both from the same source, e.g. 'apt-get install -y chromium chromium-driver'."
fi

say "all tools present"
