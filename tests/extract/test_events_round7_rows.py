"""Round 7 (session 5): dated table rows whose event is a phrase without a subject or finite verb.

A row of a table ("03.01.1992   Diplomatic relations established", "| July 2024 | State visit; summit |")
gives one claim per ';'-separated phrase, dated by the row, typed by its noun or participle, with the row's
parties or else the article's pair. Every text here is written for the test (none comes from a gold file).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from timeline.extract.pipeline import extract
from timeline.extract.structure import table_rows
from timeline.extract.types import Claim
from timeline.ingest.reader import read_bytes, read_text

LEAD = (
    "Georgia and Armenia: thirty years of ties\n"
    "Tbilisi, 12 March 2024 -- Georgia and Armenia have built close ties, officials in Georgia and Armenia say.\n\n"
)


def claims_of(text: str, published: dt.date | None = dt.date(2024, 3, 12)) -> list[Claim]:
    return extract(replace(read_text(text, "test://rows.txt"), published=published)).claims


def row_claims(found: list[Claim], words: str) -> list[Claim]:
    return [c for c in found if words.lower() in c.quote.lower()]


def parties(c: Claim) -> set[str]:
    return {a.name for a in c.actors if a.role != "location"}


# --------------------------------------------------------------------------- the row finder


def test_table_rows_split_events_at_semicolons() -> None:
    text = "Milestones\n17.12.1991   Relations established\n05.2019      Trade forum; transit deal signed\n"
    rows = table_rows(text)
    assert [r.date.value for r in rows] == ["1991-12-17", "2019-05"]
    assert [text[s:e] for s, e in rows[1].parts] == ["05.2019      Trade forum", "transit deal signed"]


@pytest.mark.parametrize(
    "text",
    [
        "On 17.12.1991 the two states established relations.\nThey opened embassies in 1993.\n",  # prose
        "17.12.1991   Relations established\n\nThe two countries opened embassies a year later.\n",  # one row
        "Total  2019   2020\nExports  4.1  5.2\nImports  3.0  3.3\n",  # a figures table, no phrase cells
    ],
)
def test_no_rows_in_prose_or_single_lines(text: str) -> None:
    assert table_rows(text) == []


# --------------------------------------------------------------------------- plain text, Markdown, HTML


def test_plain_text_rows_give_one_claim_per_phrase() -> None:
    text = LEAD + (
        "Key dates\n\n"
        "06.04.1992   Diplomatic relations established\n"
        "03.2015      Prime minister's visit to Yerevan; business forum in Tbilisi\n"
        "11.2019      Free trade agreement signed\n"
    )
    found = claims_of(text)
    rel = row_claims(found, "Diplomatic relations established")
    assert len(rel) == 1 and rel[0].date.value == "1992-04-06" and rel[0].event_type == "AGREE"
    assert parties(rel[0]) == {"Georgia", "Armenia"}  # no party in the row: the article's pair
    forum = row_claims(found, "business forum")
    assert len(forum) == 1 and forum[0].date.value == "2015-03" and forum[0].event_type == "CONSULT"
    visit = row_claims(found, "visit to Yerevan")
    assert len(visit) == 1 and visit[0].date.value == "2015-03"
    fta = row_claims(found, "Free trade agreement")
    assert len(fta) == 1 and fta[0].date.value == "2019-11" and fta[0].event_type == "AGREE"


def test_markdown_table_rows() -> None:
    md = (
        "# Georgia and Armenia: milestones\n\n"
        "Tbilisi, 12 March 2024 - Georgia and Armenia mark three decades of ties, say Georgia and Armenia.\n\n"
        "| Date | Milestone |\n|---|---|\n"
        "| 17 December 1991 | Relations established |\n"
        "| 05.2016 | Strategic partnership declaration; joint business council meeting |\n"
    )
    article = replace(read_bytes(md.encode(), "test://rows.md", suffix=".md"), published=dt.date(2024, 3, 12))
    found = extract(article).claims
    rel = row_claims(found, "Relations established")
    assert len(rel) == 1 and rel[0].date.value == "1991-12-17"
    assert row_claims(found, "partnership declaration")[0].date.value == "2016-05"
    meeting = row_claims(found, "business council meeting")
    assert len(meeting) == 1 and meeting[0].date.value == "2016-05" and meeting[0].event_type == "CONSULT"


def test_html_table_rows() -> None:
    html = (
        b"<html><head><title>Milestones</title></head><body><article><h1>Georgia and Armenia: milestones</h1>"
        b"<p>Tbilisi, 12 March 2024. Georgia and Armenia have marked many milestones together, officials in "
        b"Georgia and Armenia said on Tuesday.</p><table><tr><th>Date</th><th>Event</th></tr>"
        b"<tr><td>6 April 1992</td><td>Diplomatic relations established</td></tr>"
        b"<tr><td>October 2023</td><td>Transit agreement signed; railway bridge opened</td></tr>"
        b"</table></article></body></html>"
    )
    article = replace(read_bytes(html, "test://rows.html", suffix=".html"), published=dt.date(2024, 3, 12))
    found = extract(article).claims
    assert row_claims(found, "Diplomatic relations established")[0].date.value == "1992-04-06"
    assert row_claims(found, "Transit agreement")[0].date.value == "2023-10"
    bridge = row_claims(found, "railway bridge opened")
    assert len(bridge) == 1 and bridge[0].date.value == "2023-10" and bridge[0].event_type == "COOPERATE"


def test_row_parties_win_over_the_pair() -> None:
    text = LEAD + (
        "Chronology\n"
        "02.2010   Turkey and Georgia trade agreement\n"
        "09.2012   Pipeline enters commercial operation\n"
    )
    found = claims_of(text)
    deal = row_claims(found, "trade agreement")
    assert len(deal) == 1 and parties(deal[0]) == {"Turkey", "Georgia"}


def test_future_row_is_planned() -> None:
    text = LEAD + "Outlook\n06.2026   Summit in Yerevan\n09.2026   Railway line opening\n"
    found = claims_of(text)
    summit = row_claims(found, "Summit in Yerevan")
    assert len(summit) == 1 and summit[0].status == "planned"


def test_rows_without_an_event_word_claim_nothing() -> None:
    text = LEAD + "Staff\n03.2021   Head of the press office\n07.2022   Deputy director, energy desk\n"
    assert not [c for c in claims_of(text) if "Head of the press" in c.quote or "Deputy director" in c.quote]


def test_row_retelling_an_event_of_the_text_is_not_repeated() -> None:
    text = LEAD + (
        "The two countries signed a free trade agreement in November 2019, the ministry said.\n\n"
        "Key dates\n"
        "04.1992   Diplomatic relations established\n"
        "11.2019   Free trade agreement\n"
    )
    found = [c for c in claims_of(text) if c.event_type == "AGREE" and c.date.value == "2019-11"]
    assert len(found) == 1 and not found[0].rule.startswith("row.")
    assert row_claims(claims_of(text), "Diplomatic relations established")  # other rows stay
