#!/usr/bin/env bash
# The release build, without cargo-leptos (which takes 15–24 minutes to compile on a new
# machine): the same steps `cargo leptos build --release` takes, with the same settings, so
# either can build the same target/ without rebuilding the other's work.
#   1. the browser bundle: the app crate for wasm32 (feature hydrate, profile wasm-release)
#   2. wasm-bindgen --target web, named tiptoes.js / tiptoes.wasm as Leptos' scripts expect
#   3. wasm-opt -Oz, and the JS and CSS minified (esbuild)
#   4. each file named by a hash of its content, with brotli and gzip copies beside it
#      (target/site/pkg), and the names in target/site/assets.txt for the server
#   5. public/ copied beside them, in target/site
#   6. the server binary, target/release/tiptoes
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

# The bundle under its plain names, kept between builds: an unchanged build skips wasm-opt.
bundle=target/front/bundle
mkdir -p "$bundle" "$pkg"
wasm_in=target/front/wasm32-unknown-unknown/wasm-release/app.wasm
# Only when the WebAssembly changed: wasm-opt takes a while.
if [ ! "$bundle/tiptoes.wasm" -nt "$wasm_in" ] || [ ! "$bundle/tiptoes.js" -nt "$wasm_in" ]; then
  wasm-bindgen --target=web --out-name=tiptoes --out-dir="$bundle" --no-typescript "$wasm_in"
  mv "$bundle/tiptoes_bg.wasm" "$bundle/tiptoes.wasm"
  wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int "$bundle/tiptoes.wasm" -o "$bundle/tiptoes.wasm"
  esbuild --minify --log-level=warning "$bundle/tiptoes.js" --outfile="$bundle/tiptoes.js" --allow-overwrite
fi
esbuild --minify --log-level=warning style/main.css --outfile="$bundle/tiptoes.css"
phase "WebAssembly bound and optimised, JS and CSS minified"

# Names by content (hash-files): the script and its WebAssembly share one name, since the
# glue is made for that WebAssembly; the stylesheet has its own. The server reads the names
# from assets.txt and lets browsers keep these files for a year (server/src/http/assets.rs).
hash() { cat "$@" | sha256sum | cut -c1-16; }
script="tiptoes.$(hash "$bundle/tiptoes.js" "$bundle/tiptoes.wasm")"
stylesheet="tiptoes.$(hash "$bundle/tiptoes.css").css"
want=("$script.js" "$script.wasm" "$stylesheet")
complete=1
for f in "${want[@]}"; do for e in "" .br .gz; do [ -f "$pkg/$f$e" ] || complete=0; done; done
if [ "$complete" = 0 ]; then
  # Written aside, then moved in by rename: the server never sends a half-written file,
  # which browsers would then keep for a year.
  tmp=$(mktemp -d "$pkg/.new.XXXXXX")
  cp "$bundle/tiptoes.js" "$tmp/$script.js"
  cp "$bundle/tiptoes.wasm" "$tmp/$script.wasm"
  cp "$bundle/tiptoes.css" "$tmp/$stylesheet"
  node .ci/precompress.mjs "$tmp/$script.js" "$tmp/$script.wasm" "$tmp/$stylesheet"
  mv "$tmp"/* "$pkg/"
  rmdir "$tmp"
fi
# This build's files stay, and the last build's: a page a server sent just before it was
# restarted still finds its script. Older ones go.
previous=$(sed -n 's/^script=//p; s/^stylesheet=//p' "$site/assets.txt" 2>/dev/null || true)
for f in "$pkg"/tiptoes.*; do
  [ -e "$f" ] || continue
  name=$(basename "$f") keep=0
  for n in "$script" "$stylesheet" $previous; do
    case "$name" in "$n" | "$n".*) keep=1 ;; esac
  done
  [ "$keep" = 1 ] || rm -f "$f"
done
printf 'script=%s\nstylesheet=%s\n' "$script" "$stylesheet" > "$site/assets.txt.new"
mv "$site/assets.txt.new" "$site/assets.txt"
cp -R public/. "$site/"
phase "files named by content and precompressed"

cargo build --package=server --bin=tiptoes --no-default-features --release
phase "server compiled"
.ci/audio.sh
phase "read-aloud files"
