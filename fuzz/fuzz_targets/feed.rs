//! Feed reading never panics; every item error carries its own position.
#![no_main]

use hadath_web::{WebError, read_feed};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    match read_feed(data) {
        Ok(items) => {
            for (i, item) in items.iter().enumerate() {
                match item {
                    Ok(doc) => assert!(!doc.text.contains("\n\n\n")),
                    Err(WebError::Item { index, .. }) => assert_eq!(*index, i),
                    Err(e) => panic!("unexpected item error kind: {e}"),
                }
            }
        }
        Err(WebError::NotFeed { .. }) => {}
        Err(e) => panic!("unexpected feed error kind: {e}"),
    }
});
