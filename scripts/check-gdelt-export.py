#!/usr/bin/env python3
"""Loads a `hadath export --format gdelt` folder in pandas and DuckDB, the way a GDELT user
would, and checks the published GDELT 2.0 column names and types.

    hadath export --db hadath.db --format gdelt --out gdelt/
    python3 scripts/check-gdelt-export.py gdelt/

Needs `pip install pandas duckdb`. Exits non-zero on the first mismatch.
"""
import sys
from pathlib import Path

# GDELT 2.0 Event table, in order (GDELT-Event_Codebook-V2.0).
EVENT_COLUMNS = """GLOBALEVENTID SQLDATE MonthYear Year FractionDate
Actor1Code Actor1Name Actor1CountryCode Actor1KnownGroupCode Actor1EthnicCode Actor1Religion1Code
Actor1Religion2Code Actor1Type1Code Actor1Type2Code Actor1Type3Code
Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode Actor2Religion1Code
Actor2Religion2Code Actor2Type1Code Actor2Type2Code Actor2Type3Code
IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale NumMentions NumSources
NumArticles AvgTone
Actor1Geo_Type Actor1Geo_FullName Actor1Geo_CountryCode Actor1Geo_ADM1Code Actor1Geo_ADM2Code
Actor1Geo_Lat Actor1Geo_Long Actor1Geo_FeatureID
Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code Actor2Geo_ADM2Code
Actor2Geo_Lat Actor2Geo_Long Actor2Geo_FeatureID
ActionGeo_Type ActionGeo_FullName ActionGeo_CountryCode ActionGeo_ADM1Code ActionGeo_ADM2Code
ActionGeo_Lat ActionGeo_Long ActionGeo_FeatureID
DATEADDED SOURCEURL""".split()

# GDELT 2.0 Mentions table (GDELT-Event_Codebook-V2.0, "Mentions table").
MENTION_COLUMNS = """GLOBALEVENTID EventTimeDate MentionTimeDate MentionType MentionSourceName
MentionIdentifier SentenceID Actor1CharOffset Actor2CharOffset ActionCharOffset InRawText Confidence
MentionDocLen MentionDocTone MentionDocTranslationInfo Extras""".split()


def fail(message):
    print(f"check-gdelt-export: {message}", file=sys.stderr)
    sys.exit(1)


def main():
    if len(sys.argv) != 2:
        fail("usage: check-gdelt-export.py EXPORT_DIR")
    folder = Path(sys.argv[1])
    assert len(EVENT_COLUMNS) == 61 and len(MENTION_COLUMNS) == 16
    import duckdb
    import pandas as pd

    events = pd.read_csv(folder / "events.tsv", sep="\t", dtype={"EventCode": str, "EventBaseCode": str, "EventRootCode": str})
    if list(events.columns) != EVENT_COLUMNS:
        fail(f"events.tsv columns differ: {list(events.columns)}")
    for column in ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "QuadClass", "NumMentions", "NumSources", "NumArticles"]:
        if not pd.api.types.is_integer_dtype(events[column].dropna()):
            fail(f"events.tsv {column} is not integer: {events[column].dtype}")
    if not events["GLOBALEVENTID"].is_unique:
        fail("GLOBALEVENTID repeats")
    if not events["QuadClass"].between(1, 4).all():
        fail("QuadClass outside 1..4")
    mentions = pd.read_csv(folder / "mentions.tsv", sep="\t")
    if list(mentions.columns) != MENTION_COLUMNS:
        fail(f"mentions.tsv columns differ: {list(mentions.columns)}")
    orphans = set(mentions["GLOBALEVENTID"]) - set(events["GLOBALEVENTID"])
    if orphans:
        fail(f"mentions of unknown events: {sorted(orphans)[:5]}")
    per_event = mentions.groupby("GLOBALEVENTID").size()
    joined = events.set_index("GLOBALEVENTID")["NumMentions"].reindex(per_event.index)
    if not (joined == per_event).all():
        fail("NumMentions differs from the mentions table")

    con = duckdb.connect()
    got = [r[0] for r in con.execute(f"DESCRIBE SELECT * FROM read_csv('{folder / 'events.tsv'}', delim='\t', header=true)").fetchall()]
    if got != EVENT_COLUMNS:
        fail(f"DuckDB sees other columns: {got}")
    (n,) = con.execute(f"SELECT count(*) FROM read_csv('{folder / 'events.tsv'}', delim='\t', header=true)").fetchone()
    if n != len(events):
        fail(f"DuckDB reads {n} rows, pandas {len(events)}")
    top = con.execute(
        f"SELECT EventRootCode, count(*) FROM read_csv('{folder / 'events.tsv'}', delim='\t', header=true, "
        "types={'EventRootCode': 'VARCHAR'}) GROUP BY 1 ORDER BY 2 DESC LIMIT 3"
    ).fetchall()
    print(f"ok: {len(events)} events and {len(mentions)} mentions load in pandas and DuckDB with the GDELT 2.0 columns; top roots {top}")


if __name__ == "__main__":
    main()
