#!/usr/bin/env bash
# Installs what building (and, with --test, testing) Tiptoes needs, skipping whatever is
# already there, so a second run takes a second. Registries only: crates.io, npm, Debian.
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=0 want_bench=0
[ "${1:-}" = "--test" ] && want_test=1
[ "${1:-}" = "--bench" ] && want_test=1 want_bench=1
say() { printf '==> %s\n' "$*"; }
export CARGO_BUILD_JOBS="${CARGO_BUILD_JOBS:-2}"

# Rust: the WebAssembly target and a wasm-bindgen CLI that matches Cargo.lock. (No
# cargo-leptos: .ci/build.sh takes its steps. For `cargo leptos watch` while developing:
# `cargo install cargo-leptos --version 0.3.10 --locked`; 0.3.11 needs a newer rustc.)
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
WB_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)
if ! wasm-bindgen --version 2>/dev/null | grep -q " $WB_VERSION\$"; then
  say "installing wasm-bindgen-cli $WB_VERSION (about 5 minutes, once)"
  # Not --locked: its lock file wants a crate release this registry does not carry.
  cargo install wasm-bindgen-cli --version "$WB_VERSION" --force
fi

# npm: wasm-opt (binaryen) and esbuild for the release bundle; playwright-core and axe-core for tests.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm tooling"
  npm ci --no-audit --no-fund --loglevel=error
fi

# Debian: espeak-ng and lame make the kiosk's read-aloud files at build time (.ci/audio.sh).
apt_install() {
  say "installing $* from Debian"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}
speech=()
command -v espeak-ng >/dev/null || speech+=(espeak-ng)
command -v lame >/dev/null || speech+=(lame)
[ ${#speech[@]} -eq 0 ] || apt_install "${speech[@]}"

[ "$want_test" = 1 ] || exit 0

# Debian: Chromium for the browser tests; fonts with every script the kiosk speaks (Noto:
# Arabic, Gurmukhi, Ethiopic and the rest, so screenshots show real letters); PostgreSQL
# for the API tests.
missing=()
command -v chromium >/dev/null || missing+=(chromium)
# The list is read whole first: `fc-list | grep -q` would end fc-list early with SIGPIPE once
# there are many fonts, and pipefail would take that for "not installed".
fonts=$(fc-list 2>/dev/null || true)
grep -qi 'dejavu' <<<"$fonts" || missing+=(fonts-dejavu-core)
grep -qi 'NotoSansEthiopic' <<<"$fonts" || missing+=(fonts-noto-core)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
# Schemathesis (PyPI) for the API tests against the OpenAPI document, in its own virtual
# environment under target/ (tests/api/openapi.rs).
ST_VERSION=4.32.5
if ! target/schemathesis/bin/st --version 2>/dev/null | grep -q " $ST_VERSION\$"; then
  say "installing Schemathesis $ST_VERSION from PyPI"
  python3 -m venv target/schemathesis
  target/schemathesis/bin/pip install --quiet --disable-pip-version-check "schemathesis==$ST_VERSION"
fi
# `make bench` alone: wrk for the load figures, curl to time the dashboard pages.
if [ "$want_bench" = 1 ]; then
  command -v wrk >/dev/null || missing+=(wrk)
  command -v curl >/dev/null || missing+=(curl)
fi
[ ${#missing[@]} -eq 0 ] || apt_install "${missing[@]}"
