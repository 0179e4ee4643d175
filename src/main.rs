//! The `newsclaim` command: `cargo install --path .` installs it. See [`newsclaim::cli`] and the
//! README; `newsclaim --help` lists the options.

fn main() -> std::process::ExitCode {
    newsclaim::cli::main()
}
