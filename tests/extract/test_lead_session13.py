"""Lead's session-13 fix: a reception told with its venue between the verb and the guest."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from timeline.extract.dates import tag_dates
from timeline.extract.pipeline import extract
from timeline.extract.types import Article, Claim

PUBLISHED = dt.date(2026, 3, 12)


def claims(text: str, published: dt.date = PUBLISHED) -> list[Claim]:
    digest = hashlib.sha256(text.encode()).hexdigest()
    return extract(Article(uri=f"mem://lead-session13/{digest[:12]}", text=text, content_hash=digest,
                           published=published)).claims


def names(c: Claim) -> set[str]:
    return {a.name for a in c.actors}


def test_reception_with_venue_before_the_guest() -> None:
    text = (
        "President Shavkat Mirziyoyev today received at the Kuksaroy residence Prime Minister of Japan "
        "Fumio Kishida, who arrived in Tashkent on Tuesday."
    )
    found = [c for c in claims(text, dt.date(2026, 5, 6)) if c.rule == "consult.receive"]
    assert len(found) == 1
    assert {"Shavkat Mirziyoyev", "Fumio Kishida"} <= names(found[0])


@pytest.mark.parametrize(
    "text",
    [
        "The museum received at the Palace of Culture a collection of old coins.",
        "The minister received at the Palace of Independence the credentials of the new ambassador.",
    ],
)
def test_venue_reception_of_things_is_no_meeting(text: str) -> None:
    assert not [c for c in claims(text) if c.rule == "consult.receive"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the trailing report is past; the plan's month is still to come
        ("Uzbekistan Airways plans to open a route to Osaka in September, the ministry said last week.", "2026-09"),
        ("The airline will start flights to Osaka in September, according to a statement issued last week.", "2026-09"),
        # a past act with a trailing report stays past
        ("The airline opened a route to Osaka in September, the ministry said.", "2025-09"),
    ],
)
def test_trailing_report_does_not_set_the_tense_of_a_month(text: str, value: str) -> None:
    months = [m for m in tag_dates(text, dt.date(2026, 5, 6)) if m.text.endswith("September")]
    assert [m.value for m in months] == [value]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Chile recognised the new state in 1991, and the two established relations on May 5 the following year.",
         "May 5 the following year", "1992-05-05"),
        ("The treaty was signed in 2004; on 12 June that year the parliament ratified it.", "12 June that year",
         "2004-06-12"),
        ("Talks began in 2010 and ended on 3 March of the following year.", "3 March of the following year",
         "2011-03-03"),
    ],
)
def test_day_with_the_year_in_focus_without_of(text: str, span: str, value: str) -> None:
    found = {m.text: m.value for m in tag_dates(text, dt.date(2025, 6, 10))}
    assert found.get(span) == value, found


def test_first_doses_arriving_are_a_first_flow_dated_by_the_row() -> None:
    text = (
        "**March 2021** - The first doses of the Russian Sputnik V vaccine arrive; Mongolia starts its vaccination "
        "campaign on 22 March."
    )
    found = [c for c in claims(text, dt.date(2021, 6, 1)) if c.rule == "cooperate.first_flow"]
    assert [c.date.value for c in found] == ["2021-03"]


def test_doses_in_a_generic_statement_are_no_event() -> None:
    assert not claims("Experts say the first doses of any new vaccine arrive slowly.", dt.date(2021, 6, 1))
