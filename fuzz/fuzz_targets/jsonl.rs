//! The JSONL document reader never panics, and every line it rejects is named.
#![no_main]

use hadath_cli::input::{Input, read_jsonl};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    read_jsonl("fuzz.jsonl", "fuzz", data, None, &mut |i| {
        if let Input::Error(e) = i {
            assert!(e.origin.starts_with("fuzz.jsonl:"));
        }
    });
});
