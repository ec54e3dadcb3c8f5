//! `ocs`: the organiser's offline command-line tool. A thin shell over the `ocs_edge` library.
#![forbid(unsafe_code)]

#[cfg(not(target_arch = "wasm32"))]
mod cli;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

// The organiser tool is native only; the wasm32 build of this target is an empty shell.
#[cfg(target_arch = "wasm32")]
fn main() {}
