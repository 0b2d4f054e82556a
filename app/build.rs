//! The server's build reads the messages (`locales/`) into the binary at compile time
//! (`fluent_templates::static_loader!`), which does not tell cargo about the files it reads:
//! without this, a changed or new `.ftl` file would not reach the next build. The browser's
//! build holds no messages, so it is not rebuilt for them.
fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    if std::env::var_os("CARGO_FEATURE_SSR").is_some() {
        println!("cargo:rerun-if-changed=../locales");
    }
}
