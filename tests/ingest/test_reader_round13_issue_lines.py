"""Session 11 (helper B): issue lines of journals and report covers date a document that gives nothing better,
and the last words of a hard-wrapped sentence ("in June 2012.") stay in it.

Every text here is written for the test (none comes from a gold file).
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract.sentences import split_sentences
from timeline.ingest.metadata import parse_furniture_dateline, parse_issue_line
from timeline.ingest.reader import read_text


@pytest.mark.parametrize(
    ("line", "date", "precision"),
    [
        ("Andean Journal of Regional Affairs            Vol. 7, No. 2, October 2019", dt.date(2019, 10, 1), "month"),
        ("Vol. 11, No. 4, June 2021", dt.date(2021, 6, 1), "month"),
        ("Journal of Pacific Studies, Autumn 2018", dt.date(2018, 9, 1), "season"),
        ("No. 2 (31), 2022", dt.date(2022, 1, 1), "year"),
        ("Nordic Policy Review, Vol. 3, Issue 1, 2017", dt.date(2017, 1, 1), "year"),
        ("Policy Brief No. 9 | February 2023", dt.date(2023, 2, 1), "month"),
    ],
)  # fmt: skip
def test_issue_lines(line: str, date: dt.date, precision: str) -> None:
    found = parse_furniture_dateline(line)
    assert found is not None
    assert (found.date, found.precision) == (date, precision)


@pytest.mark.parametrize(
    "line",
    [
        "Pacific Review, 2020",  # a title with a year, no issue number
        "Review of the year, 2024",
        "The war of 2020",
        "Trade grew by 5 percent, to 2021",
        "In March 2005, the two presidents met, 2005",
        "Exports rose sharply in the first half, the ministry said in June 2021.",
    ],
)
def test_not_issue_lines(line: str) -> None:
    assert parse_issue_line(line) is None


JOURNAL = """Andean Journal of Regional Affairs                        Vol. 7, No. 2, October 2019
-------------------------------------------------------------------------------------

          PERU AND CHILE AFTER THE PACIFIC ALLIANCE

                         Ana Torres*

Abstract. The article traces relations between Peru and Chile over two decades of
trade integration and the disputes that accompanied it.

1. Trade

Bilateral trade reached a record in 2018. President Martin Vizcarra, who took office in
March last year, received a Chilean parliamentary delegation led by Speaker Carlos
Montes in Lima and promised to open new consulates in the north of the country soon
in June 2018.

Trade grew again in the first half of this year, according to official figures.
"""


def test_journal_issue_line_dates_the_article() -> None:
    a = read_text(JOURNAL, "test://journal.txt")
    assert (a.published, a.published_precision) == (dt.date(2019, 10, 1), "month")


def test_wrapped_tail_stays_in_its_sentence() -> None:
    a = read_text(JOURNAL, "test://journal.txt")
    sents = [a.text[s.start : s.end] for s in split_sentences(a.text, a.body_spans)]
    assert any(s.startswith("President Martin Vizcarra") and s.endswith("in June 2018.") for s in sents)
    assert "in June 2018." not in sents


def test_timestamp_line_after_a_finished_sentence_stays_apart() -> None:
    text = ("Live updates\n\nThe talks in Lima ended late in the evening after two days of work on the\n"
            "text of the accord, officials said.\n12 June 2018\n"
            "The second session opened this morning in Santiago with\n"
            "a statement by the foreign minister of Chile on the future of the trade accord.\n")  # fmt: skip
    a = read_text(text, "test://live.txt")
    sents = [a.text[s.start : s.end] for s in split_sentences(a.text, a.body_spans)]
    assert not any("officials said.\n12 June 2018" in s for s in sents)
