"""A plain-text chronology row ("DATE<spaces>text") keeps its hanging-indent continuation lines, also in a
block that holds a line too wide to be hard-wrapped (a running page header), where other lines stay apart."""

from __future__ import annotations

from timeline.ingest.boilerplate import split_paragraphs

HEADER = (
    "Centre for Regional Studies | Background note | Nordland and Sudland: thirty years of relations | January 2026"
    " | page 3 of 9"
)
ROWS = (
    "2 March 1992     Nordland and Sudland establish diplomatic relations between the two\n"
    "    states. A joint communique is signed in Porto.\n"
    "14 June 1994     President Anna Berg pays a state visit to Sudland; the sides\n"
    "    sign agreements on trade and on the protection of investments.\n"
)


def _units(text: str) -> list[str]:
    return [" ".join(text[s:e].split()) for s, e in split_paragraphs(text)]


def test_rows_keep_their_continuation_under_a_wide_header() -> None:
    units = _units(HEADER + "\n" + ROWS)
    assert len(HEADER) > 120
    assert units[1:] == [
        "2 March 1992 Nordland and Sudland establish diplomatic relations between the two states. A joint "
        "communique is signed in Porto.",
        "14 June 1994 President Anna Berg pays a state visit to Sudland; the sides sign agreements on trade and on "
        "the protection of investments.",
    ]


def test_lines_of_a_one_paragraph_per_line_block_stay_apart() -> None:
    text = HEADER + "\nThe ministers met in Porto on Monday.\n    Indented lines that follow no dated row stay apart.\n"
    assert _units(text)[1:] == [
        "The ministers met in Porto on Monday.",
        "Indented lines that follow no dated row stay apart.",
    ]
