//! `ocs`: the organiser's command-line tool. A thin shell over the `ocs` library.

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    ocs::cli::main()
}
