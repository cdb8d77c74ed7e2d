//! The edges of the `hadath` command, as a library so that tests and fuzz targets can reach
//! them: reading documents ([`input`]) and writing events ([`output`]).

pub mod input;
pub mod output;
