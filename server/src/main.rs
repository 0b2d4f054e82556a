//! `tiptoes`: parse the command line and hand over to the library.

use std::process::ExitCode;

#[tokio::main]
async fn main() -> ExitCode {
    match tiptoes::cli::run().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // One clear line; the cause chain joined, never a backtrace.
            eprintln!("tiptoes: error: {e:#}");
            ExitCode::FAILURE
        }
    }
}
