"""Coordination in chronology rows (session 9): "DATE — A gathering in PLACE; B takes over the chairmanship." gives
two items sharing the row date, each with the parties of its own ';' part; a verbless "<org> summit in <place>" is
held there; the historic present of a row ("takes over", "assumes") reads as the past act; a row dated by a range
across two months ("30 June – 1 July 2019 —") is a dated item too. Every text here is written for the test.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from timeline.extract.grammar import masked_views
from timeline.extract.pipeline import extract
from timeline.extract.types import Claim
from timeline.ingest.reader import read_text

HEAD = "# Georgia and Armenia: key dates\n\n*Compiled by staff · 12 March 2024*\n\n## Key dates\n\n"


def claims_of(rows: str) -> list[Claim]:
    article = read_text(HEAD + rows, "test://rows.md")
    return extract(replace(article, published=dt.date(2024, 3, 12))).claims


def ruled(found: list[Claim], prefix: str) -> list[Claim]:
    return [c for c in found if c.rule.startswith(prefix)]


def test_gathering_and_chairmanship_are_two_items_of_the_row() -> None:
    found = claims_of("- **3–4 July 2019** — BSEC summit in Batumi; Armenia takes over the organisation's "
                      "chairmanship.\n- **2021** — Georgia and Armenia sign a transit agreement.\n")
    (held,) = ruled(found, "item.gathering")
    (chair,) = ruled(found, "cooperate.appoint")
    assert held.date.value == chair.date.value == "2019-07-03/2019-07-04"
    assert chair.status == "occurred" and {a.name for a in chair.actors} == {"Armenia"}  # not Batumi's part
    assert held.quote == "**3–4 July 2019** — BSEC summit in Batumi"  # the verbless part quotes itself


def test_a_range_across_two_months_dates_the_row() -> None:
    found = claims_of("- **30 June – 1 July 2019** — Caucasus Energy Forum in Yerevan; Georgia assumes the rotating "
                      "presidency.\n- **2021** — Georgia and Armenia sign a transit agreement.\n")
    (held,) = ruled(found, "item.gathering")
    (chair,) = ruled(found, "cooperate.appoint")
    assert held.date.value == chair.date.value == "2019-06-30/2019-07-01"
    assert [a.name for a in chair.actors] == ["Georgia"]


def test_a_visit_part_has_only_its_own_places() -> None:
    found = claims_of("- **18 May 2023** — Caucasus Energy Forum in Yerevan; Irakli Kobakhidze visits Gyumri.\n"
                      "- **2021** — Georgia and Armenia sign a transit agreement.\n")
    (visit,) = [c for c in found if c.mode == "visit"]
    assert "Yerevan" not in {a.name for a in visit.actors} and visit.date.value == "2023-05-18"


def test_an_organisation_summit_in_a_row_followed_by_another() -> None:
    found = claims_of("- **8–9 June 2021** — Nikol Pashinyan's state visit to Georgia, followed by the Black Sea "
                      "Forum in Batumi.\n- **2021** — Georgia and Armenia sign a transit agreement.\n")
    (held,) = ruled(found, "item.gathering")
    assert held.date.value == "2021-06"


def test_office_modifiers_are_masked_only_before_an_office() -> None:
    assert masked_views("Armenia takes over the organisation's chairmanship.") == [
        "Armenia takes      the                chairmanship."
    ]
    assert masked_views("Georgia assumed the bloc's rotating presidency in May.")
    assert masked_views("The company took over the bank's rotating assets.") == []
    assert masked_views("He took over the company in 2010.") == []


def test_a_chairmanship_in_prose_present_tense_is_no_event() -> None:
    article = read_text("Outlook\nTBILISI, 12 March 2024 -- Georgia takes over the organisation's chairmanship "
                        "every six years, officials say.\n", "test://prose.txt")
    found = extract(replace(article, published=dt.date(2024, 3, 12))).claims
    assert ruled(found, "cooperate.appoint") == []
