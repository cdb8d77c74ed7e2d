//! Parquet export of the event table (cargo feature `parquet`): the columns of the CSV export,
//! typed (integers, a double for the Goldstein score, UTF-8 strings), Snappy-compressed, in row
//! groups of [`ROW_GROUP`] events, so pandas, polars, DuckDB, R arrow and Spark read it as is.

use std::io::Write;
use std::sync::Arc;

use parquet::basic::Compression;
use parquet::data_type::{ByteArray, ByteArrayType, DoubleType, Int32Type, Int64Type};
use parquet::file::properties::WriterProperties;
use parquet::file::writer::SerializedFileWriter;
use parquet::schema::parser::parse_message_type;

use crate::{EventFilter, EventRow, Result, Store, StoreError};

/// Events per row group (a few MB each).
const ROW_GROUP: usize = 100_000;

/// The schema: one column per field of [`crate::export::EVENT_COLUMNS`], in the same order.
const SCHEMA: &str = "
message hadath_events {
    REQUIRED INT64 id;
    REQUIRED BYTE_ARRAY date (UTF8);
    REQUIRED BYTE_ARRAY source (UTF8);
    REQUIRED BYTE_ARRAY target (UTF8);
    REQUIRED BYTE_ARRAY code (UTF8);
    REQUIRED BYTE_ARRAY root (UTF8);
    REQUIRED INT32 quad_class;
    REQUIRED DOUBLE goldstein;
    REQUIRED BYTE_ARRAY plover (UTF8);
    REQUIRED INT64 num_mentions;
    REQUIRED INT64 num_articles;
    REQUIRED INT64 num_sources;
    REQUIRED BYTE_ARRAY document (UTF8);
    REQUIRED BYTE_ARRAY url (UTF8);
    REQUIRED BYTE_ARRAY sentence (UTF8);
}";

fn parquet_error(e: parquet::errors::ParquetError) -> StoreError {
    StoreError::Invalid(format!("writing Parquet: {e}"))
}

impl Store {
    /// Writes the selected events as one Parquet file.
    pub fn export_parquet<W: Write + Send>(&self, filter: &EventFilter, out: W) -> Result<usize> {
        let schema = Arc::new(parse_message_type(SCHEMA).map_err(parquet_error)?);
        let props = Arc::new(WriterProperties::builder().set_compression(Compression::SNAPPY).build());
        let mut writer = SerializedFileWriter::new(out, schema, props).map_err(parquet_error)?;
        let rows = self.query_events(filter)?;
        for group in rows.chunks(ROW_GROUP) {
            write_group(&mut writer, group).map_err(parquet_error)?;
        }
        writer.close().map_err(parquet_error)?;
        Ok(rows.len())
    }
}

fn write_group<W: Write + Send>(writer: &mut SerializedFileWriter<W>, rows: &[EventRow]) -> parquet::errors::Result<()> {
    let mut group = writer.next_row_group()?;
    let mut index = 0;
    while let Some(mut column) = group.next_column()? {
        let text = |f: fn(&EventRow) -> &str| -> Vec<ByteArray> { rows.iter().map(|r| ByteArray::from(f(r))).collect() };
        match index {
            0 | 9 | 10 | 11 => {
                let values: Vec<i64> = rows
                    .iter()
                    .map(|r| match index {
                        0 => r.id,
                        9 => r.num_mentions,
                        10 => r.num_articles,
                        _ => r.num_sources,
                    })
                    .collect();
                column.typed::<Int64Type>().write_batch(&values, None, None)?;
            }
            6 => {
                let values: Vec<i32> = rows.iter().map(|r| i32::from(r.quad_class)).collect();
                column.typed::<Int32Type>().write_batch(&values, None, None)?;
            }
            7 => {
                let values: Vec<f64> = rows.iter().map(|r| r.goldstein).collect();
                column.typed::<DoubleType>().write_batch(&values, None, None)?;
            }
            _ => {
                let values = match index {
                    1 => text(|r| &r.date),
                    2 => text(|r| &r.source),
                    3 => text(|r| &r.target),
                    4 => text(|r| &r.code),
                    5 => text(|r| &r.root),
                    8 => text(|r| &r.plover),
                    12 => text(|r| &r.document),
                    13 => text(|r| r.url.as_deref().unwrap_or("")),
                    _ => text(|r| &r.sentence),
                };
                column.typed::<ByteArrayType>().write_batch(&values, None, None)?;
            }
        }
        column.close()?;
        index += 1;
    }
    group.close()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use parquet::file::reader::{FileReader, SerializedFileReader};
    use parquet::record::RowAccessor;

    use super::*;

    #[test]
    fn events_round_trip_through_parquet() {
        let mut store = Store::open_in_memory().expect("store");
        store.add_batch(&crate::tests::two_reports()).expect("add");
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("events.parquet");
        let n = store.export_parquet(&EventFilter::default(), std::fs::File::create(&path).expect("file")).expect("export");
        assert_eq!(n, 2);
        let reader = SerializedFileReader::new(std::fs::File::open(&path).expect("open")).expect("parquet");
        let fields: Vec<String> =
            reader.metadata().file_metadata().schema_descr().columns().iter().map(|c| c.name().to_string()).collect();
        assert_eq!(fields, crate::export::EVENT_COLUMNS);
        let rows: Vec<_> = reader.get_row_iter(None).expect("rows").collect::<std::result::Result<_, _>>().expect("read");
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].get_string(4).expect("code"), "195");
        assert_eq!(rows[0].get_long(9).expect("num_mentions"), 2);
        assert!(rows[1].get_string(14).expect("sentence").contains("الطائرات"));
    }
}
