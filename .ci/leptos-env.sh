# What cargo-leptos hands cargo (see [[workspace.metadata.leptos]] in Cargo.toml). Leptos reads
# some of these while compiling (leptos_config's option_env!), so every cargo command that
# builds the server or its tests must see the same values, or cargo rebuilds the Leptos crates
# each time it switches between building and testing. Sourced by build.sh and test.sh.
export LEPTOS_OUTPUT_NAME=tiptoes LEPTOS_SITE_ROOT=target/site LEPTOS_SITE_PKG_DIR=pkg \
  LEPTOS_SITE_ADDR=127.0.0.1:3000 LEPTOS_RELOAD_PORT=3001 LEPTOS_LIB_DIR=app LEPTOS_BIN_DIR=server \
  LEPTOS_JS_MINIFY=true LEPTOS_HASH_FILES=false
