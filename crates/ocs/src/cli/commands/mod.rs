//! One module per subcommand of `ocs`.

pub mod audit;
pub mod contacts;
pub mod doctor;
pub mod erase_local;
pub mod erase_statement;
pub mod export;
pub mod key;
pub mod keygen;
pub mod pull;
pub mod receipt;
pub mod stats;
pub mod verify;
pub mod witness;
