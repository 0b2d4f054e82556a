#!/usr/bin/env bash
# The release build, without cargo-leptos (which takes 15–24 minutes to compile on a new
# machine): the same steps `cargo leptos build --release` takes, with the same settings, so
# either can build the same target/ without rebuilding the other's work.
#   1. the browser bundle: the app crate for wasm32 (feature hydrate, profile wasm-release)
#   2. wasm-bindgen --target web, named tiptoes.js / tiptoes.wasm as Leptos' scripts expect
#   3. wasm-opt -Oz, and the JS and CSS minified (esbuild)
#   4. public/ copied beside them, in target/site
#   5. the server binary, target/release/tiptoes
# Each phase prints its time. `cargo leptos watch` still works for development.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_BUILD_JOBS="${CARGO_BUILD_JOBS:-2}"
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

source .ci/leptos-env.sh

site=target/site
pkg=$site/pkg
phase_start=$SECONDS
phase() {
  printf '==> build: %s (%ds)\n' "$1" $((SECONDS - phase_start))
  phase_start=$SECONDS
}

cargo build --package=app --lib --target-dir=target/front --target=wasm32-unknown-unknown \
  --no-default-features --features=hydrate --profile=wasm-release
phase "WebAssembly compiled"

mkdir -p "$pkg"
wasm_in=target/front/wasm32-unknown-unknown/wasm-release/app.wasm
# Only when the WebAssembly changed: wasm-opt takes half a minute.
if [ ! "$pkg/tiptoes.wasm" -nt "$wasm_in" ] || [ ! "$pkg/tiptoes.js" -nt "$wasm_in" ]; then
  wasm-bindgen --target=web --out-name=tiptoes --out-dir="$pkg" --no-typescript "$wasm_in"
  # The glue fetches its WebAssembly by the name Leptos gives it (tiptoes.wasm) at hydration.
  mv "$pkg/tiptoes_bg.wasm" "$pkg/tiptoes.wasm"
  wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int "$pkg/tiptoes.wasm" -o "$pkg/tiptoes.wasm"
  esbuild --minify --log-level=warning "$pkg/tiptoes.js" --outfile="$pkg/tiptoes.js" --allow-overwrite
fi
esbuild --minify --log-level=warning style/main.css --outfile="$pkg/tiptoes.css"
cp -R public/. "$site/"
phase "WebAssembly bound and optimised, JS and CSS minified"

cargo build --package=server --bin=tiptoes --no-default-features --release
phase "server compiled"
