"""Round 10 (session 8): a sentence's own date wins; object years and run shifts do not date the act.

- A fronted adverb ("Then,") or an adjunct ("during President X's visit in April last year,") before a date is no
  role apposition: its date is the sentence's own, so the sentence does not take the previous one's date, and
  "during that visit" after it frames from the right claim.
- Coordinated years after a plan/programme ("for 2026 and 2027", "for 2025, 2026 and 2027") are its period.
- A departure on a day and an arrival "N days later" are one run: the interval from the one to the other.
Every text here is written for the test (none comes from a gold file).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from timeline.extract.pipeline import extract
from timeline.extract.types import Claim
from timeline.ingest.reader import read_text


def claims_of(text: str, published: dt.date = dt.date(2026, 5, 12)) -> list[Claim]:
    return extract(replace(read_text(text, "test://round10.txt"), published=published)).claims


def dates_quoted(text: str, words: str) -> set[str]:
    return {c.date.value for c in claims_of(text) if words in c.quote}


def test_then_during_visit_keeps_its_own_month() -> None:
    text = ("Partners\nBAKU, 12 May 2026 -- Ties have grown fast. In July 2024 in Astana, Presidents Ilham Aliyev "
            "and Xi Jinping adopted a declaration on friendship. Then, during President Ilham Aliyev's state visit "
            "in April last year, the relationship was raised to a comprehensive strategic partnership.\n")
    assert dates_quoted(text, "Then, during") == {"2025-04"}


def test_during_that_visit_frames_from_the_own_dated_visit() -> None:
    text = ("Partners\nBAKU, 12 May 2026 -- In July 2024 in Astana, Presidents Ilham Aliyev and Xi Jinping adopted "
            "a declaration on friendship. Later, during President Ilham Aliyev's state visit in April last year, "
            "the two leaders upgraded ties. Some fifteen agreements were signed in Beijing during that visit.\n")
    found = [c for c in claims_of(text) if c.event_type == "AGREE" and c.rule.endswith("+frame-date")]
    assert {c.date.value for c in found} == {"2025-04"}


def test_adjunct_with_a_possessed_title_is_not_a_tenure() -> None:
    text = ("Visit\nTBILISI, 12 May 2026 -- Trade grew in 2023. Afterwards, at Prime Minister Irakli Kobakhidze's "
            "request in March 2025, Georgia and China signed a memorandum on tourism.\n")
    assert dates_quoted(text, "at Prime Minister") == {"2025-03"}


def test_a_real_role_apposition_is_still_a_tenure() -> None:
    text = ("Visit\nBAKU, 12 May 2026 -- In January the two sides met in Baku. Elmar Mammadyarov, foreign minister "
            "from 2004 to 2020, visited Beijing on 3 May.\n")
    assert dates_quoted(text, "Elmar Mammadyarov") == {"2026-05-03"}


def test_coordinated_years_after_a_plan_do_not_date_the_agreement() -> None:
    text = ("Talks\nBAKU, 12 May 2026 -- In January, Kazakhstan and China agreed on a work plan for 2027, 2028 "
            "and 2029.\n\nIn March, Georgia and China signed a schedule of consultations for 2026 and 2027.\n")
    assert dates_quoted(text, "work plan") == {"2026-01"}
    assert dates_quoted(text, "schedule of consultations") == {"2026-03"}


def test_coordinated_years_of_the_act_itself_still_date_it() -> None:
    text = "Deal\nBAKU, 12 May 2026 -- Kazakhstan and China will sign trade deals in 2027 and 2028, officials said.\n"
    assert dates_quoted(text, "trade deals") == {"2027", "2028"}


def test_departure_and_arrival_days_later_are_one_run() -> None:
    text = ("Trains\nBAKU, 12 May 2026 -- The first container train left Xi'an on 2 March and reached Baku twelve "
            "days later.\n\nA freight train departed from Chongqing on 10 April 2026 and arrived in Poti nine days "
            "later.\n")
    assert dates_quoted(text, "left Xi'an") == {"2026-03-02/2026-03-14"}
    assert dates_quoted(text, "departed from Chongqing") == {"2026-04-10/2026-04-19"}


def test_a_later_act_without_a_departure_keeps_its_own_day() -> None:
    text = ("Trains\nBAKU, 12 May 2026 -- The first container train from Xi'an reached Baku on 14 March. Georgia and "
            "China signed a transit agreement on 2 March and opened a new terminal twelve days later.\n")
    assert dates_quoted(text, "reached Baku") == {"2026-03-14"}
    assert "2026-03-02/2026-03-14" not in dates_quoted(text, "transit agreement")


DIARY = ("Week in review\nBAKU, 12 May 2026 -- Notes from the corridor.\n\n## Monday, 4 May\n\n"
         "Kazakhstan and China signed a customs protocol in Astana.\n\n## Tuesday, 5 May\n\n")


def test_a_date_in_the_subjects_relative_clause_is_not_the_main_verbs() -> None:
    text = DIARY + "A container train that left Chongqing on 20 April arrived at the port of Alat.\n"
    assert dates_quoted(text, "arrived at the port") == {"2026-05-05"}


def test_a_relative_clause_with_a_comma_gap_keeps_the_old_reading() -> None:
    text = DIARY + "The ferry that sailed from Aktau on 2 May, carrying 40 wagons, docked at Alat on 3 May.\n"
    assert "2026-05-05" not in dates_quoted(text, "The ferry")


def test_the_main_verbs_own_date_after_the_relative_clause_stays() -> None:
    text = DIARY + "The ferry which departed from Aktau on 2 May reached Alat on 3 May.\n"
    assert dates_quoted(text, "The ferry") == {"2026-05-03"}


def test_an_arrival_for_a_stay_under_a_day_heading_is_the_stay() -> None:
    text = DIARY + "Georgian Prime Minister Irakli Kobakhidze arrived in Beijing for a three-day official visit.\n"
    assert dates_quoted(text, "three-day official visit") == {"2026-05-05/2026-05-07"}


def test_a_stay_told_with_the_definite_article_is_not_reopened() -> None:
    text = DIARY + "Georgian Prime Minister Irakli Kobakhidze arrived in Beijing for the second day of talks.\n"
    assert dates_quoted(text, "second day of talks") <= {"2026-05-05"}
