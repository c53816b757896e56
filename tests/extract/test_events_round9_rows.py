"""Round 9 (session 7): the date opening a chronology row dates the row's events; an in-row date of another
clause (an event-noun adjunct, a relative clause, a bracketed tenure, a later ';' part) dates only its own
clause. Taking an office dated by a tenure range takes the range's start.

Every text here is written for the test (none comes from a gold file).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from timeline.extract.pipeline import extract
from timeline.extract.types import Claim
from timeline.ingest.reader import read_text

HEAD = "# Georgia and Armenia: a chronology\n\n*Compiled by staff · 12 March 2024*\n\n"


def claims_of(text: str, suffix: str = ".md") -> list[Claim]:
    article = read_text(text, f"test://rows{suffix}")
    return extract(replace(article, published=dt.date(2024, 3, 12))).claims


def dated(claims: list[Claim], event_type: str) -> set[str | None]:
    return {c.date.value for c in claims if c.event_type == event_type}


def test_adjunct_date_does_not_date_the_row() -> None:
    found = claims_of(HEAD + "**1996** — Armenian President Levon Ter-Petrosyan makes his first visit to Georgia "
                      "after his re-election in 1995; a friendship treaty is signed.\n\n"
                      "**2015** — Georgia and Armenia sign a transit agreement.\n")
    assert dated(found, "CONSULT") == {"1996"}
    assert dated(found, "AGREE") == {"1996", "2015"}


def test_next_day_of_a_later_part_stays_in_its_part() -> None:
    found = claims_of(HEAD + "**3 June 2008** — Serzh Sargsyan, on a state visit to Tbilisi, and Mikheil Saakashvili "
                      "announce a strategic partnership; the CIS summit is held in Tbilisi the next day.\n\n"
                      "**2015** — Georgia and Armenia sign a transit agreement.\n")
    assert {c.date.value for c in found if "partnership" in c.title.lower() or c.rule.startswith("agree.partner")} \
        == {"2008-06-03"}


def test_relative_clause_and_bracketed_tenure_do_not_date_the_row() -> None:
    found = claims_of(HEAD + "**2016** — Nikol Pashinyan, who became prime minister in 2012, visits Tbilisi.\n\n"
                      "**2018** — Nikol Pashinyan, a deputy (2007-2012), visits Tbilisi and signs a memorandum "
                      "with Georgia.\n")
    assert dated(found, "CONSULT") == {"2016", "2018"}
    assert dated(found, "AGREE") == {"2018"}


def test_own_clause_date_still_wins_in_a_row() -> None:
    found = claims_of(HEAD + "**2008** — Mikheil Saakashvili visits Yerevan in May; a transit agreement is signed.\n\n"
                      "**2015** — Georgia and Armenia sign a transit agreement in Tbilisi on 4 March.\n")
    assert dated(found, "CONSULT") == {"2008-05"}
    assert dated(found, "AGREE") == {"2008", "2015-03-04"}


def test_prose_keeps_the_nearest_date() -> None:
    found = claims_of("Ties in brief\nTBILISI, 12 March 2024 -- In 2005, before the talks, Georgia signed an accord "
                      "with Armenia. Georgia and Armenia signed a transit agreement in 2015.\n", ".txt")
    assert "2015" in dated(found, "AGREE")


def test_taking_office_takes_the_start_of_a_tenure() -> None:
    text = ("Profile\nTBILISI, 12 March 2024 -- Nikol Pashinyan later became prime minister (2007-2012), then led "
            "the party. He was appointed ambassador (2013-2016). Georgia and Armenia held talks from 2019 to 2021.\n")
    found = claims_of(text, ".txt")
    appointed = {c.date.value for c in found if c.rule.startswith("cooperate.appoint")}
    assert appointed == {"2007", "2013"}
    assert all("/" not in (c.date.value or "") for c in found if c.rule.startswith("cooperate.appoint"))


def test_a_span_of_days_is_no_tenure() -> None:
    text = ("Inauguration\nTBILISI, 12 March 2024 -- Mikheil Kavelashvili was sworn in as president on "
            "14-15 December 2023 in Tbilisi.\n")
    found = [c for c in claims_of(text, ".txt") if c.event_type == "COOPERATE"]
    assert all(c.date.value == "2023-12-14/2023-12-15" for c in found)
