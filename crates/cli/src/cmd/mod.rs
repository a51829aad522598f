//! One module a subcommand (or a family of them).

pub mod eval;
pub mod extract;
pub mod ner;
pub mod store;

/// What a subcommand returns: an exit code, or an error message for the user.
pub type Outcome = Result<std::process::ExitCode, String>;
