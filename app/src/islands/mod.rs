//! What hydrates in the browser: the only code a child's phone downloads as WebAssembly.
//!
//! Each island takes its words as props, formatted on the server in the page's language
//! (this module cannot reach the translator: in the browser's build there is none). Keep
//! them few and small; every page around them is server-rendered HTML with plain forms that
//! work without JavaScript, and an island only makes such a form kinder.

mod guard;
#[cfg(feature = "hydrate")]
mod listen;
mod send;

pub use guard::{IdleWords, KioskGuard};
pub use send::{SendWords, SendingForm};
