"""Round 9 (session 7): coordination. One event told for two occasions, each with its own date ("talks held in
Yerevan in January 2023 and at the summit in Batumi in 2023") gives one claim per occasion; two coordinated
'that' clauses each keep their own date. Every text here is written for the test (none comes from a gold file).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from timeline.extract.pipeline import extract
from timeline.extract.types import Claim
from timeline.ingest.reader import read_text

LEAD = ("Visit\nTBILISI, 12 March 2024 -- On 7 March, Georgian Prime Minister Irakli Kobakhidze received Armenian "
        "Foreign Minister Ararat Mirzoyan in Tbilisi.\n\n")


def claims_of(text: str) -> list[Claim]:
    return extract(replace(read_text(text, "test://coord.txt"), published=dt.date(2024, 3, 12))).claims


def dates_of(found: list[Claim], words: str, event_type: str) -> list[str | None]:
    return sorted(c.date.value or "" for c in found if words in c.quote and c.event_type == event_type)


def test_two_occasions_two_claims() -> None:
    found = claims_of(LEAD + "The head of state recalled the productive talks with Prime Minister Nikol Pashinyan "
                      "held in Yerevan in January 2023 and at the summit in Batumi in 2023, which set priorities.\n")
    assert dates_of(found, "productive talks", "CONSULT") == ["2023", "2023-01"]


def test_two_occasions_with_days() -> None:
    found = claims_of(LEAD + "Kobakhidze met Nikol Pashinyan in Yerevan on 3 May 2023 and again at the forum in "
                      "Batumi on 20 October 2023.\n")
    assert dates_of(found, "again at the forum", "CONSULT") == ["2023-05-03", "2023-10-20"]


def test_one_occasion_one_claim() -> None:
    found = claims_of(LEAD + "Kobakhidze met Nikol Pashinyan in Yerevan on 3 May 2023 and at the airport they "
                      "spoke briefly.\n")
    assert dates_of(found, "at the airport", "CONSULT") == ["2023-05-03"]


def test_a_date_after_another_verb_is_not_a_second_occasion() -> None:
    found = claims_of(LEAD + "Kobakhidze met Nikol Pashinyan in Yerevan in May 2023, and the two leaders signed a "
                      "transit treaty in Batumi in 2024.\n")
    assert dates_of(found, "transit treaty", "CONSULT") == ["2023-05"]


def test_coordinated_that_clauses_keep_their_dates() -> None:
    found = claims_of(LEAD + "Officials said that a new bridge will be opened in Armenia in May, and that Georgia "
                      "and Armenia will hold talks on transit in 2025.\n")
    assert dates_of(found, "new bridge", "COOPERATE") == ["2024-05"]
    assert dates_of(found, "new bridge", "CONSULT") == ["2025"]


def test_subject_of_the_next_clause_is_no_party() -> None:
    found = claims_of(LEAD + "Last year marked the 31st anniversary of the establishment of diplomatic relations "
                      "between Georgia and Armenia, and President Salome Zourabichvili and Prime Minister Nikol "
                      "Pashinyan exchanged congratulatory messages.\n\nGeorgia signed a memorandum with Armenia in "
                      "May 2023, and Nikol Pashinyan visited Tbilisi in June 2023.\n")
    relations = [c for c in found if "establishment" in c.quote and c.rule.startswith("agree.relations")]
    assert relations and all("Nikol Pashinyan" not in {a.name for a in c.actors} for c in relations)
    signed = [c for c in found if "signed a memorandum" in c.quote and c.event_type == "AGREE"]
    assert signed and all("Nikol Pashinyan" not in {a.name for a in c.actors} for c in signed)


def test_a_list_of_names_stays_with_its_verb() -> None:
    found = claims_of(LEAD + "Irakli Kobakhidze held talks with Ararat Mirzoyan, Armen Grigoryan, and Nikol "
                      "Pashinyan in Yerevan on 4 March.\n")
    talks = [c for c in found if "Armen Grigoryan" in c.quote and c.event_type == "CONSULT"]
    assert talks and "Nikol Pashinyan" in {a.name for a in talks[0].actors}
