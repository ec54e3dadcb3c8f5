//! `ocs`: the organiser's command-line tool. A thin shell over the `ocs` library.

fn main() -> std::process::ExitCode {
    ocs::cli::main()
}
