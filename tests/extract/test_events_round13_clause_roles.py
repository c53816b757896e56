"""Session 11 (helper B): a date dates the clause it belongs to.

- a noun-modifier date owns the when-clause of its occasion ("his May 2016 state visit, when the two sides signed
  …"), not a date of a list earlier in the sentence;
- a fronted clause of sequence with its own verb ("After X became president in March 2018, his first visit …")
  does not date the main clause after its comma (a day still does: "After they met on Monday, they signed");
- coordinated clauses keep their own dates ("On 4 May … exchanged messages, and in the autumn a festival …");
- a plan told by an infinitive ("agreed to hold the next session … in October") resolves forward and does not
  date the agreeing.
Every text here is written for the test (none comes from a gold file).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from timeline.extract.pipeline import extract
from timeline.extract.types import Claim
from timeline.ingest.reader import read_text


def claims(body: str, published: dt.date = dt.date(2026, 5, 14)) -> list[Claim]:
    text = "Report\nLIMA, 14 May 2026 -- Officials gave details of the year.\n\n" + body + "\n"
    return extract(replace(read_text(text, "test://round13.txt"), published=published)).claims


def dated(body: str, published: dt.date = dt.date(2026, 5, 14)) -> list[tuple[str, str | None, str]]:
    return [(c.event_type, c.date.value, c.rule) for c in claims(body, published)]


def test_modifier_date_owns_its_when_clause() -> None:
    body = ("Relations rested on a few presidential visits: Ollanta Humala's in March 2012, his first state visit in "
            "June 2013, and his May 2016 state visit, when Peru signed a memorandum on port cooperation with "
            "Chile.")  # fmt: skip
    agree = [v for t, v, _ in dated(body) if t == "AGREE"]
    assert agree == ["2016-05"]


def test_when_clause_without_modifier_date_keeps_nearest() -> None:
    body = "Peru signed a memorandum on port cooperation with Chile in June 2013."
    assert [v for t, v, _ in dated(body) if t == "AGREE"] == ["2013-06"]


def test_fronted_sequential_clause_does_not_date_the_main_clause() -> None:
    body = ("After Gabriel Boric succeeded Sebastian Pinera in March 2022, his first state visit abroad was to "
            "Buenos Aires.")  # fmt: skip
    assert all(v != "2022-03" for t, v, _ in dated(body) if t == "CONSULT")


def test_fronted_clause_date_still_dates_its_own_clause_end_after_comma() -> None:
    body = ("After Heydar Aliyev returned to power, he flew to Beijing in March 1994, where Azerbaijan and China "
            "signed a joint statement on the principles of their relations.")  # fmt: skip
    assert ("AGREE", "1994-03") in [(t, v) for t, v, _ in dated(body)]


def test_fronted_day_still_shared() -> None:
    body = "After the ministers of Peru and Chile met in Lima on 3 May 2026, Peru and Chile signed a trade protocol."
    assert ("AGREE", "2026-05-03") in [(t, v) for t, v, _ in dated(body)]


def test_coordinated_clauses_keep_their_own_dates() -> None:
    body = ("On 4 May 2015 President Ollanta Humala and President Michelle Bachelet exchanged congratulatory "
            "messages, and in the autumn a week of Peruvian culture was held in Santiago.")  # fmt: skip
    got = {t: v for t, v, _ in dated(body, dt.date(2016, 3, 1))}
    assert got.get("CONSULT") == "2015-05-04"


def test_plan_of_an_agreement_is_forward_and_does_not_date_the_agreeing() -> None:
    body = ("The two sides agreed to hold the next meeting of the Peru-Chile Joint Commission on Trade and "
            "Economic Cooperation in Santiago in October, and to prepare high-level visits.")  # fmt: skip
    got = dated(body, dt.date(2026, 7, 8))
    assert ("CONSULT", "2026-10") in [(t, v) for t, v, _ in got]
    assert all(v != "2025-10" for _, v, _ in got)


def test_anniversary_told_on_its_day() -> None:
    body = "Thirty-four years ago today, Peru and Chile established diplomatic relations."
    got = [(t, v) for t, v, _ in dated(body, dt.date(2026, 4, 2))]
    assert got == [("AGREE", "1992-04-02")]


def test_after_an_occasion_the_main_clause_takes_its_year() -> None:
    body = "After the summit in Lima in June 2023, Peru and Chile signed a memorandum on student scholarships."
    got = [(t, v) for t, v, _ in dated(body, dt.date(2025, 3, 1))]
    assert ("CONSULT", "2023-06") in got
    assert ("AGREE", "2023") in got


def test_after_an_occasion_on_a_day_shares_the_day() -> None:
    body = "After the summit in Lima on 3 June 2023, Peru and Chile signed a memorandum on student scholarships."
    got = [(t, v) for t, v, _ in dated(body, dt.date(2025, 3, 1))]
    assert ("AGREE", "2023-06-03") in got


def test_ordinal_count_this_year_does_not_date_the_talks() -> None:
    body = ("President Gabriel Boric attended the Pacific forum in Lima last month and held talks there with Dina "
            "Boluarte, their second face-to-face meeting this year.")  # fmt: skip
    got = [(t, v) for t, v, _ in dated(body, dt.date(2023, 11, 13))]
    assert all(v != "2023" for _, v in got)
    assert ("CONSULT", "2023-10") in got


def test_ordinal_edition_next_year_keeps_its_date() -> None:
    body = "Peru is due to host the second Pacific Alliance summit next year, after the first in Chile in 2023."
    got = [(t, v) for t, v, _ in dated(body, dt.date(2025, 11, 13))]
    assert ("CONSULT", "2026") in got
