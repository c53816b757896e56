"""Session 11, round 2 (helper H): years named inside an anniversary phrase and months referring back to an occasion.

- "exchanged messages on the 30th anniversary of the establishment of relations in 1992": the year belongs to the
  establishment (the original event keeps 1992, the messages fall 30 years later) when that anniversary is no later
  than the publication year; "will mark the 30th anniversary of the establishment of relations in 2032" still names
  the anniversary's own year;
- "under the February agreement", "the June summit's decisions": a yearless month naming an occasion or document
  referred back to resolves backwards from the publication, and dates that noun only, not the clause's own act.
Every text here is written for the test (none comes from a gold file).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from timeline.extract.dates import tag_dates
from timeline.extract.pipeline import extract
from timeline.extract.types import Claim
from timeline.ingest.reader import read_text

PUB = dt.date(2026, 5, 14)


def claims(body: str, published: dt.date = PUB) -> list[Claim]:
    text = "Report\nLIMA, 14 May 2026 -- Officials gave details of the week.\n\n" + body + "\n"
    return extract(replace(read_text(text, "test://round13b.txt"), published=published)).claims


def dated(body: str) -> set[tuple[str, str]]:
    return {(c.rule.split("+")[0], c.date.value or "") for c in claims(body)}


def values(text: str, ref: dt.date = PUB) -> list[tuple[str, str | None]]:
    return [(m.text, m.value) for m in tag_dates(text, ref)]


# -- a year inside the anniversary phrase


def test_year_of_the_anniversary_phrase_dates_the_original_event() -> None:
    got = dated("Chile and Peru exchanged messages on the 30th anniversary of the establishment of diplomatic "
                "relations in 1992.")
    assert ("agree.relations", "1992") in got
    assert ("consult.message", "2022") in got
    assert all(v != "1962" for _, v in got)


def test_year_of_the_anniversary_phrase_with_a_word_ordinal() -> None:
    got = dated("Ghana and Brazil exchanged congratulatory messages on the twentieth anniversary of the "
                "establishment of diplomatic relations in 2004.")
    assert ("agree.relations", "2004") in got
    assert all(v != "1984" for _, v in got)


def test_anniversary_year_still_to_come_is_the_anniversary() -> None:
    """The 30th anniversary of relations set up in 2032 would fall in 2062: 2032 is the anniversary's own year."""
    got = claims("Kenya and Norway will mark the 30th anniversary of the establishment of diplomatic relations "
                 "in 2032.")
    originals = [c.date.value for c in got if c.rule.endswith("+anniversary")]
    assert originals == ["2002"]


def test_anniversary_without_year_counts_back_from_the_date_of_the_day() -> None:
    got = dated("This year Chile and Peru mark the 30th anniversary of the establishment of diplomatic relations.")
    assert ("agree.relations", "1996") in got


def test_year_before_the_anniversary_is_still_subtracted() -> None:
    got = dated("In 2024 Kenya and Norway celebrated the 20th anniversary of the establishment of diplomatic "
                "relations.")
    assert ("agree.relations", "2004") in got


# -- a month naming an occasion referred back to


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("Under the February agreement with Siemens, the depots will be built next year.", "2026-02"),
        ("Under the March memorandum, Chile and Peru will hold joint exercises.", "2026-03"),
        ("Following the June summit, the envoys will meet again.", "2025-06"),
        ("In line with the April accord, customs posts will open soon.", "2026-04"),
    ],
)  # fmt: skip
def test_month_of_an_occasion_referred_back_resolves_backwards(text: str, month: str) -> None:
    assert values(text)[0][1] == month


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("Chile and Peru will sign an agreement in February.", "2027-02"),
        ("The two presidents will meet at the June summit.", "2026-06"),
        ("The ministers will travel to Lima in March.", "2027-03"),
    ],
)  # fmt: skip
def test_a_coming_month_stays_ahead(text: str, month: str) -> None:
    assert values(text)[0][1] == month


def test_month_of_a_document_referred_back_does_not_date_a_planned_act() -> None:
    assert not any(c.date.value == "2026-03" for c in claims(
        "Under the March memorandum, Chile and Peru will hold joint exercises."))


def test_month_of_a_document_referred_back_yields_to_the_act_s_own_date() -> None:
    got = claims("Under the February agreement with Siemens, Chile and Peru will build two depots by the end "
                 "of 2027.")
    assert [c.date.value for c in got] == ["2027"]


def test_month_of_the_document_itself_still_dates_its_signing() -> None:
    assert ("agree.sign", "2026-03") in dated("Chile and Peru signed the March memorandum.")


# -- an act told as coming before an occasion of a given month


@pytest.mark.parametrize(
    ("body", "year"),
    [
        ("Indian-made electric buses were delivered to Nairobi ahead of the climate summit in November 2024.", "2024"),
        ("Indian suppliers delivered electric buses to Nairobi before the UN climate conference, which the city "
         "hosted in November.", "2025"),
    ],
)  # fmt: skip
def test_act_before_an_occasion_keeps_only_the_year(body: str, year: str) -> None:
    found = [c for c in claims(body) if c.rule.startswith("cooperate.delivery")]
    assert [c.date.value for c in found] == [year]


def test_the_occasion_itself_keeps_its_month() -> None:
    found = claims("Indian suppliers delivered electric buses to Nairobi before the UN climate conference, which "
                   "the city hosted in November.")
    assert "2025-11" in [c.date.value for c in found if c.event_type == "CONSULT"]


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("Kenya and India signed the visa deal before the end of March.", "2026-03"),  # a bound, not an occasion
        ("Kenya and India signed a visa deal ahead of the summit in January.", "2026-01"),  # may be the year before
        ("Kenya and India signed a visa deal in November.", "2025-11"),
    ],
)  # fmt: skip
def test_other_months_stay(body: str, value: str) -> None:
    assert [c.date.value for c in claims(body)] == [value]


# -- the day of a report does not date the pluperfect act it reports


def test_report_day_does_not_date_a_pluperfect_complement() -> None:
    found = claims("The agency reported on Wednesday that the president had met the Kenyan envoy.")
    assert all(c.date.value != "2026-05-13" for c in found)


def test_pluperfect_complement_keeps_its_own_day() -> None:
    found = claims("The agency reported on Wednesday that the president had met the Kenyan envoy on Sunday.")
    assert [c.date.value for c in found] == ["2026-05-10"]


@pytest.mark.parametrize(
    "body",
    [
        "The agency reported on Wednesday that the president met the Kenyan envoy.",  # simple past: the same news
        "The president had met the Kenyan envoy on Wednesday.",  # a day of its own
    ],
)
def test_report_day_still_dates_other_clauses(body: str) -> None:
    assert [c.date.value for c in claims(body)] == ["2026-05-13"]


def test_month_referred_back_takes_the_year_of_its_last_mention() -> None:
    got = values("Chile and Peru signed a rail agreement in February 2024. Under the February agreement, the parties "
                 "will build two depots by the end of 2027.")
    assert got[1] == ("February", "2024-02")
    got = values("Kenya and Ghana signed a pact on 3 February 2023 in Accra. Following the February accord, "
                 "trade grew.")
    assert got[1] == ("February", "2023-02")


def test_month_referred_back_ignores_other_months_and_bare_years() -> None:
    got = values("Chile and Peru signed a rail agreement in March 2024. Under the February agreement, the parties "
                 "will build two depots.")
    assert got[1] == ("February", "2026-02")
    got = values("Chile and Peru signed a rail agreement in 2023. Under the February agreement, the parties will "
                 "build two depots.")
    assert got[1] == ("February", "2026-02")
