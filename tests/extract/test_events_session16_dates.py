"""Session 16 (helper A): date attachment.

- a visit told by its arrival day and, in a coordinated predicate, its departure day is the stay between them
  ("arrived in Hanoi on Sunday and will leave for Vientiane on Wednesday");
- a counted shift ("A year later") keeps its clause when a finer date opens a coordinated clause of its own
  (", and in April 1964 the airline inaugurated …");
- "over the 30 years since the establishment of diplomatic relations", told on a day of 2026, dates the
  establishment to 1996 (like an anniversary phrase).
Every text here is written for the test (none comes from a gold file).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from timeline.extract.events import _anniversary_date, find_cue_matches, load_cues
from timeline.extract.pipeline import extract
from timeline.extract.types import Claim, DateMention
from timeline.ingest.reader import read_text


def claims(body: str, published: dt.date = dt.date(2026, 11, 17)) -> list[Claim]:
    text = "Report\nHANOI, 17 November 2026 -- Officials gave details of the talks.\n\n" + body + "\n"
    return extract(replace(read_text(text, "test://session16a.txt"), published=published)).claims


def visits(body: str, published: dt.date = dt.date(2026, 11, 17)) -> list[tuple[str | None, str]]:
    return [(c.date.value, c.status) for c in claims(body, published) if c.mode == "visit"]


# -- arrival and departure days


def test_arrival_and_coming_departure_give_the_stay() -> None:
    body = ("Kazakh President Kassym-Jomart Tokayev arrived in Hanoi on Sunday evening and will leave for Vientiane "
            "on Wednesday.")
    assert visits(body) == [("2026-11-15/2026-11-18", "occurred")]


def test_arrival_and_past_departure_give_the_stay() -> None:
    body = "Kazakh President Kassym-Jomart Tokayev arrived in Hanoi on 3 May and left for Vientiane on 6 May."
    assert visits(body) == [("2026-05-03/2026-05-06", "occurred")]


def test_arrival_and_another_act_stay_a_day() -> None:
    body = ("Kazakh President Kassym-Jomart Tokayev arrived in Hanoi on Monday and met the Vietnamese president "
            "on Tuesday.")
    assert visits(body) == [("2026-11-16", "occurred")]


def test_a_departure_weeks_later_is_no_stay() -> None:
    body = "Kazakh President Kassym-Jomart Tokayev arrived in Hanoi on 3 May and left on 30 June."
    assert visits(body) == [("2026-05-03", "occurred")]


# -- a counted shift and a finer date of another clause


def test_shift_keeps_its_clause_when_a_finer_date_opens_its_own() -> None:
    body = ("On 2 March 1963 the foreign ministers of Chile and Peru signed a boundary treaty. A year later, "
            "President Kassym-Jomart Tokayev paid his first visit to Peru, and in April 1964 Aeroflot inaugurated "
            "the first regular service to Lima.")
    found = [(c.event_type, c.date.value) for c in claims(body)]
    assert ("CONSULT", "1964") in found
    assert ("COOPERATE", "1964-04") in found


def test_shift_yields_to_a_finer_date_of_its_own_clause() -> None:
    body = ("On 2 March 1963 the foreign ministers of Chile and Peru signed a boundary treaty. A year later, "
            "President Kassym-Jomart Tokayev paid his first visit to Peru on 12 April 1964.")
    assert [c.date.value for c in claims(body) if c.event_type == "CONSULT"] == ["1964-04-12"]


# -- "the N years since" an act


def _since_claim_date(sentence: str, day: dt.date) -> object:
    """The date the anniversary rule gives the establishment cue of ``sentence`` told on ``day`` (a report's day
    borrowed from an earlier sentence, as the engine does)."""
    cms = [c for c in find_cue_matches(sentence, 0, len(sentence), load_cues())
           if "establishment" in sentence[c.mstart : c.mend]]
    assert cms, "no establishment cue"
    told = DateMention(start=0, end=0, text="today", value=day.isoformat(), lower=day, upper=day, precision="day")
    return _anniversary_date(sentence, cms[0], 0, told, day)


def test_years_since_the_establishment_dates_it() -> None:
    sentence = ("Opening the talks, Tokayev noted that Kazakhstan and Uzbekistan have travelled a long road together "
                "over the 34 years since the establishment of diplomatic relations.")
    found = _since_claim_date(sentence, dt.date(2026, 8, 26))
    assert isinstance(found, DateMention) and (found.value, found.precision) == ("1992", "year")
    sentence = ("Tokayev said the two countries had come far in the thirty years since the establishment of "
                "diplomatic relations.")
    found = _since_claim_date(sentence, dt.date(2026, 8, 26))
    assert isinstance(found, DateMention) and found.value == "1996"


def test_years_since_without_a_count_is_not_counted_back() -> None:
    sentence = ("Opening the talks, Tokayev noted that Kazakhstan and Uzbekistan have travelled a long road together "
                "in the years since the establishment of diplomatic relations.")
    assert _since_claim_date(sentence, dt.date(2026, 8, 26)) is False
