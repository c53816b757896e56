"""Session 18 (helper A): dates and date attachment.

- "at the start of that year", "at the end of the following year": a point at the turn of an anaphoric year is
  its first or last month, as of a numeral year (gold conventions D2b); deadlines ("by the end of that year") and
  "early that year" keep the year (D1, D2);
- a chronology row of several sentences ("May 1996 | Official visit of X. X held talks with Y. The declaration
  was signed on 14 May 1996."): an in-row date dates only the acts of its own sentence, the other sentences'
  acts take the row's date; with the row's date alone, every sentence of the row is of that date.
Every text here is written for the test (none comes from a gold file).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from timeline.extract.dates import tag_dates
from timeline.extract.pipeline import extract
from timeline.extract.types import Claim
from timeline.ingest.reader import read_bytes

PUB = dt.date(2024, 3, 12)


def values(text: str, ref: dt.date = dt.date(2026, 9, 10)) -> dict[str, str | None]:
    return {m.text: m.value for m in tag_dates(text, ref)}


# -- the turn of an anaphoric year


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("The ferry line opened in March 2017, after the first ships arrived at the start of that year.",
         "the start of that year", "2017-01"),
        ("The road opened in 2019; at the end of that year a second road opened.", "the end of that year", "2019-12"),
        ("Talks began in 2012, and at the end of the following year the two sides signed a treaty.",
         "the end of the following year", "2013-12"),
        ("The consulate opened in 2010. At the beginning of the previous year a trade office had opened.",
         "the beginning of the previous year", "2009-01"),
    ],
)
def test_turn_of_an_anaphoric_year_is_its_month(text: str, phrase: str, value: str) -> None:
    assert values(text)[phrase] == value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Talks began in 2016, and by the end of the following year a deal was expected.",
         "the end of the following year", "2017"),
        ("The bridge was planned in 2015 and was to be finished before the end of that year.",
         "the end of that year", "2015"),
        ("The mine opened in 2018. Early that year, the first ore was shipped.", "Early that year", "2018"),
    ],
)
def test_deadlines_and_parts_of_an_anaphoric_year_keep_the_year(text: str, phrase: str, value: str) -> None:
    assert values(text)[phrase] == value


# -- rows of several sentences

ROWS = """<html><head><title>Georgia and Armenia: political relations</title>
<meta name="DC.date.issued" content="2024-03-12"></head><body>
<h1>Political relations between Georgia and Armenia</h1>
<table>
<tr><td>May 1996</td><td>Official visit of President Eduard Shevardnadze to Armenia. Eduard Shevardnadze held talks
with President Levon Ter-Petrosyan. The Declaration on Friendship and Cooperation was signed on 14 May 1996.</td></tr>
<tr><td>June 2001</td><td>State visit of President Robert Kocharyan to Georgia. Talks with President Eduard
Shevardnadze and meeting with Prime Minister Gia Arsenishvili. On 12 June 2001 the Memorandum on transit
cooperation was signed.</td></tr>
<tr><td>March 2005</td><td>State visit of President Robert Kocharyan to Georgia, accompanied by a large business
delegation of ministers, bankers and the heads of the largest Armenian companies and trade associations of the
country. Talks with President Mikheil Saakashvili. The Joint Statement on the Further Development of Friendly
Relations was signed.</td></tr>
</table></body></html>
"""


@pytest.fixture(scope="module")
def row_claims() -> list[Claim]:
    article = read_bytes(ROWS.encode(), "test://session18_rows.html", suffix=".html")
    return extract(replace(article, published=PUB)).claims


def _dates(found: list[Claim], kind: str, words: str) -> set[str | None]:
    return {c.date.value for c in found if c.event_type == kind and words in c.quote and c.date}


def test_row_talks_keep_the_row_date_when_a_later_sentence_has_its_own_day(row_claims: list[Claim]) -> None:
    assert _dates(row_claims, "CONSULT", "Ter-Petrosyan") == {"1996-05"}
    assert _dates(row_claims, "AGREE", "Ter-Petrosyan") == {"1996-05-14"}
    assert _dates(row_claims, "CONSULT", "Arsenishvili") == {"2001-06"}
    assert _dates(row_claims, "AGREE", "Arsenishvili") == {"2001-06-12"}


def test_every_sentence_of_a_row_with_one_date_is_of_that_date(row_claims: list[Claim]) -> None:
    assert _dates(row_claims, "AGREE", "Saakashvili") == {"2005-03"}
    meetings = [c for c in row_claims if c.event_type == "CONSULT" and "Saakashvili" in c.quote]
    assert len(meetings) == 2  # the visit and the talks
    assert {c.date.value for c in meetings} == {"2005-03"}


def test_a_paragraph_opening_with_a_date_and_one_sentence_is_unchanged() -> None:
    text = (
        "<html><head><title>Ties</title></head><body><table>"
        "<tr><td>April 2011</td><td>Visit of President Mikheil Saakashvili to Armenia, during which he held"
        " talks with President Serzh Sargsyan.</td></tr>"
        "<tr><td>May 2012</td><td>Visit of Prime Minister Tigran Sargsyan to Georgia.</td></tr>"
        "</table></body></html>"
    )
    found = extract(replace(read_bytes(text.encode(), "test://one.html", suffix=".html"), published=PUB)).claims
    assert {c.date.value for c in found if "Saakashvili" in c.quote} == {"2011-04"}


# -- "came days after X visited Y, where he was received on Monday by A and held talks with B"

LEAD = (
    "Peru and Ecuador renew currency swap\n\n"
    "LIMA, 20 November 2025 -- The central banks of Peru and Ecuador renewed their currency swap line on Thursday"
    " and enlarged it by a third.\n\n"
)


def lead_claims(body: str) -> list[Claim]:
    article = read_bytes((LEAD + body + "\n").encode(), "test://session18_lead.txt")
    return extract(replace(article, published=dt.date(2025, 11, 20))).claims


def test_talks_with_a_second_counterpart_share_the_reception_day_not_the_lead_day() -> None:
    found = lead_claims(
        "The renewal came days after Ecuadorian Foreign Minister Gabriela Sommerfeld visited Lima, where she was"
        " received on Monday by President Dina Boluarte and held talks with her Peruvian counterpart Elmer Schialer."
    )
    consult = [c for c in found if c.event_type == "CONSULT"]
    assert len(consult) == 2  # the reception and the talks
    assert {c.date.value for c in consult} == {"2025-11-17"}


def test_talks_with_the_same_host_are_the_reception_and_no_act_takes_the_lead_day() -> None:
    found = lead_claims(
        "The renewal came days after Ecuadorian Trade Minister Luis Jaramillo visited Lima, where he was received"
        " on Monday by President Dina Boluarte and held talks with him."
    )
    consult = [c for c in found if c.event_type == "CONSULT"]
    assert [c.date.value for c in consult] == ["2025-11-17"]


def test_a_dateless_follow_up_of_the_lead_still_takes_the_lead_day() -> None:
    found = lead_claims(
        "Central bank governor Julio Velarde held talks with his Ecuadorian counterpart Guillermo Avellan by video"
        " link."
    )
    assert {c.date.value for c in found if "video link" in c.quote} == {"2025-11-20"}


# -- "**1988** — X becomes the first leader to visit Y since 1950; he is in Z from 19 to 23 December"

BULLETS = (
    "# Explained: Chile and Peru\n\n*By Ana Diaz | Lima | September 1, 2025*\n\n"
    "President Dina Boluarte met President Gabriel Boric in Lima on Sunday. Here is how the relationship got here.\n\n"
    "## The long view\n\n"
    "- **1988** — Alan Garcia becomes the first Peruvian president to visit Chile since 1950; he is in Santiago"
    " from 19 to 23 December.\n"
    "- **1994** — Alberto Fujimori visits Chile; the two sides agree on a fisheries commission in May.\n"
)


def test_a_since_year_inside_a_row_keeps_the_row_year_for_a_yearless_span() -> None:
    text = "- **1988** — X becomes the first leader to visit Y since 1950; he is in Z from 19 to 23 December.\n"
    assert values(text, dt.date(2025, 9, 1))["19 to 23 December"] == "1988-12-19/1988-12-23"


def test_a_cueless_pronoun_part_of_a_row_tells_the_visit_more_finely() -> None:
    article = read_bytes(BULLETS.encode(), "test://session18_bullets.md", suffix=".md")
    found = extract(replace(article, published=dt.date(2025, 9, 1))).claims
    assert {c.date.value for c in found if "Santiago" in c.quote} == {"1988-12-19/1988-12-23"}


def test_a_part_with_its_own_act_keeps_its_date() -> None:
    article = read_bytes(BULLETS.encode(), "test://session18_bullets.md", suffix=".md")
    found = extract(replace(article, published=dt.date(2025, 9, 1))).claims
    visits = {c.date.value for c in found if "Fujimori" in c.quote and c.event_type == "CONSULT"}
    assert visits == {"1994"}


# -- "Since then the envoys have met twice, …, and X travelled to Y in August": back to the present


def test_since_then_with_a_perfect_ends_the_opener_year() -> None:
    text = (
        "The thaw has a clear starting point. A year ago this month, on 21 October 2024, Lima announced that the two"
        " sides had agreed on patrols. Two days later the two presidents met in Brasilia. Since then the special"
        " envoys have met twice, pilgrims have returned, and the president travelled to Quito in August for the summit."
    )
    assert values(text, dt.date(2025, 10, 28))["August"] == "2025-08"


def test_without_since_then_the_story_month_keeps_the_opener_year() -> None:
    text = (
        "A year ago this month, on 21 October 2024, Lima announced that the two sides had agreed on patrols. Two"
        " days later the two presidents met in Brasilia, and the envoys met again in December."
    )
    assert values(text, dt.date(2025, 10, 28))["December"] == "2024-12"


# -- "in January 2016, ten years ago this week, that X visited Y": the explicit date before the apposition


def test_a_relative_apposition_after_an_explicit_date_restates_it() -> None:
    text = "It was in January 2016, ten years ago this week, that the president became the first to visit Lima."
    assert values(text, dt.date(2026, 1, 22))["ten years ago this week"] == "2016-01"


def test_a_relative_date_outside_the_explicit_one_is_left_alone() -> None:
    text = "In March 2024, two years ago this month, the two ministers met in Lima."
    assert values(text, dt.date(2026, 1, 22))["two years ago this month"] == "2024-01"


# -- a person's long title in apposition adds no distance between a cue and its date


def _release(body: str) -> list[Claim]:
    text = "Crown Prince receives Peruvian minister\n\nLIMA (ANP) -- " + body + "\n"
    article = read_bytes(text.encode(), "test://session18_release.txt")
    return extract(replace(article, published=dt.date(2026, 11, 17))).claims


def test_a_title_in_apposition_does_not_cut_the_cue_from_its_day() -> None:
    found = _release(
        "President Dina Boluarte received Elmer Schialer, Member of the Council of Ministers and Minister of Foreign"
        " Affairs of the Republic of Peru and Special Envoy of the President, at the Government Palace in Lima on"
        " Monday."
    )
    assert {c.date.value for c in found if c.rule.startswith("consult.receive")} == {"2026-11-16"}


def _report(body: str) -> list[Claim]:
    text = "Relations\n\nLIMA, 10 June 2024 -- Officials gave details.\n\n" + body + "\n"
    article = read_bytes(text.encode(), "test://session18_report.txt")
    return extract(replace(article, published=dt.date(2024, 6, 10))).claims


def test_a_state_visit_after_a_summit_is_its_own_event_of_the_same_dates() -> None:
    found = _report("From 3 to 5 May 2019, President Gabriel Boric attended the first Pacific Alliance summit in"
                    " Lima and paid a state visit to Peru.")
    consult = [c for c in found if c.event_type == "CONSULT"]
    assert len(consult) == 2
    assert {c.date.value for c in consult} == {"2019-05-03/2019-05-05"}


def test_a_second_visit_verb_of_one_trip_is_no_second_event() -> None:
    found = _report("In May 2019, President Gabriel Boric visited Peru and paid a visit to the port of Callao.")
    assert len([c for c in found if c.event_type == "CONSULT"]) == 1


def test_talks_during_a_visit_or_a_summit_stay_folded() -> None:
    visit = _report("On 25 March 2021 Foreign Minister Elmer Schialer visited Quito and held talks with Foreign"
                    " Minister Gabriela Sommerfeld.")
    summit = _report("In April 2019 President Gabriel Boric attended the Pacific Alliance summit in Lima and met"
                     " President Dina Boluarte.")
    assert len([c for c in visit if c.event_type == "CONSULT"]) == 1
    assert len([c for c in summit if c.event_type == "CONSULT"]) == 1
