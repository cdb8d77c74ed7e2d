//! Prints what hadath-web finds in web files: `cargo run -p hadath-web --example dump -- FILE...`.

use std::path::Path;

fn main() {
    for arg in std::env::args().skip(1) {
        let bytes = match std::fs::read(&arg) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("{arg}: {e}");
                continue;
            }
        };
        println!("=== {arg}");
        match hadath_web::sniff(Path::new(&arg), &bytes[..bytes.len().min(4096)]) {
            Some(hadath_web::WebFormat::Html) => show(hadath_web::extract_html(&bytes, None)),
            Some(hadath_web::WebFormat::Feed) => match hadath_web::read_feed(&bytes) {
                Ok(items) => items.into_iter().for_each(show),
                Err(e) => println!("error: {e}"),
            },
            Some(hadath_web::WebFormat::Warc) => {
                let mut reader = hadath_web::WarcReader::new(&bytes[..]);
                reader.by_ref().for_each(show);
                println!("skipped {}", reader.skipped());
            }
            None => println!("not a web file"),
        }
    }
}

fn show(doc: Result<hadath_web::WebDocument, hadath_web::WebError>) {
    match doc {
        Ok(d) => println!(
            "url: {:?}\ntitle: {:?}\npublished: {:?}  fetched: {:?}\nsite: {:?}  lang: {:?}\n---\n{}\n---",
            d.url, d.title, d.published, d.fetched, d.site, d.lang, d.text
        ),
        Err(e) => println!("error: {e}"),
    }
}
