"""Round 10 (session 8): guards against background told in passing.

- An office taken in a gerund of a career clause ("who was deputy minister from 2012 to 2018 before being appointed
  foreign minister") gives no appointment event dated by the other office's tenure (the cues do not read the
  gerund); a relative clause or a main clause telling the office taken still does.
- A document describing itself ("This brief reviews the agreements signed since ...", "In this review we examine
  ...") gives no events; a newspaper reporting an act ("The paper reported that ...") still does.
- A counted plural of vehicles over a period ("In 2025, 260 block trains reached Georgia", "Some 35 ships docked
  ... in the first quarter") is a statistic (the observation stays); a count on a day is an event.
Every text here is written for the test (none comes from a gold file).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from timeline.extract.pipeline import extract
from timeline.extract.types import Extraction
from timeline.ingest.reader import read_text


def run(body: str) -> Extraction:
    text = "Review\nBAKU, 12 May 2026 -- The commission met in Baku on 11 May.\n\n" + body + "\n"
    return extract(replace(read_text(text, "test://round10g.txt"), published=dt.date(2026, 5, 12)))


def quoted(body: str, words: str) -> list[tuple[str, str]]:
    return [(c.rule.split("+")[0], c.date.value or "") for c in run(body).claims if words in c.quote]


def test_office_taken_in_a_gerund_gives_no_appointment() -> None:
    for body in ("Davit Zalkaliani, who was deputy minister from 2012 to 2018 before being appointed foreign "
                 "minister, co-chaired the talks on 11 May.",
                 "After being elected to parliament in 2010, Ilham Aliyev's ally Ali Ahmadov received the "
                 "delegation on 11 May."):
        assert all(rule != "cooperate.appoint" for rule, _ in quoted(body, body[:15])), body


def test_a_relative_clause_telling_the_office_taken_stays() -> None:
    found = quoted("Ilham Aliyev, who was elected president in 2003, received the delegation on 11 May.", "elected")
    assert ("consult.receive", "2026-05-11") in found


def test_served_before_being_appointed_gives_no_event_of_the_tenure() -> None:
    found = quoted("Levan Davitashvili, who served as agriculture minister from 2019 to 2021 before being named "
                   "economy minister, has led the Georgian side since 2022.", "Davitashvili")
    assert all(value not in {"2019", "2021", "2019/2021"} for _, value in found)


def test_an_appointment_told_as_the_news_stays() -> None:
    found = quoted("Irakli Kobakhidze was appointed prime minister in February 2024.", "Kobakhidze")
    assert ("cooperate.appoint", "2024-02") in found


def test_a_document_describing_itself_gives_no_events() -> None:
    for body in ("This brief reviews the contracts awarded to Chinese firms since 2023 and the loans approved in 2025.",
                 "The paper looks at the memoranda signed during the 2024 visit.",
                 "In this review we examine the agreements concluded between Georgia and China in 2025.",
                 "The report below summarises the deals signed by the two governments last year."):
        assert quoted(body, body[:20]) == [], body


def test_a_paper_reporting_an_act_is_news() -> None:
    found = quoted("The paper reported that China signed a loan deal with Georgia on 4 May.", "loan deal")
    assert ("agree.sign", "2026-05-04") in found


def test_counts_over_a_period_are_statistics() -> None:
    body = "Some 35 ships docked at Poti port in the first quarter of 2026."
    assert quoted(body, "35 ships") == []
    body = "In 2025 a total of 260 block trains reached Georgia from China."
    ex = run(body)
    assert [c for c in ex.claims if "260 block" in c.quote] == []
    assert any(o.value == 260 for o in ex.observations)


def test_a_count_on_a_day_is_an_event() -> None:
    found = quoted("Two container trains from Xi'an arrived in Baku on 3 May.", "Two container")
    assert [value for _, value in found] == ["2026-05-03"]


def test_a_count_inside_the_subjects_phrase_is_no_statistic() -> None:
    found = quoted("In April, a block train carrying 40 containers of auto parts left Chongqing for Tbilisi.",
                   "block train")
    assert [value for _, value in found] == ["2026-04"]
