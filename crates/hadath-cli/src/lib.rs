//! The edges of the `hadath` command, as a library so that tests and fuzz targets can reach
//! them: reading documents ([`input`]), writing events ([`output`]) and turning coded
//! documents into store rows ([`stored`]).

pub mod input;
pub mod output;
pub mod stored;
pub mod synth;
