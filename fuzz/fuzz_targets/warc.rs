//! The WARC reader never panics, plain or gzip; it ends, and nothing follows a final error.
#![no_main]

use std::io::Write;

use hadath_web::{WarcReader, WebError};
use libfuzzer_sys::fuzz_target;

fn gzip(parts: &[&[u8]]) -> Vec<u8> {
    let mut out = Vec::new();
    for part in parts {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        e.write_all(part).unwrap();
        out.extend(e.finish().unwrap());
    }
    out
}

fuzz_target!(|data: &[u8]| {
    // The first byte picks plain data, one gzip member, or two members split at the second byte.
    let Some((&mode, rest)) = data.split_first() else { return };
    let bytes = match mode % 3 {
        0 => rest.to_vec(),
        1 => gzip(&[rest]),
        _ => {
            let at = rest.first().map_or(0, |&b| b as usize).min(rest.len());
            gzip(&[&rest[..at], &rest[at..]])
        }
    };
    let mut reader = WarcReader::new(&bytes[..]);
    let mut finished = false;
    for item in reader.by_ref().take(100_000) {
        assert!(!finished, "an item after a final error");
        if let Err(WebError::Truncated { .. } | WebError::Gzip { .. } | WebError::Io { .. }) = item {
            finished = true;
        }
    }
    assert!(reader.records() >= reader.skipped());
});
