"""Round 11 (session 9): sentences that tell no new event.

- A calendar day named as an anniversary ("April 5 this year marks the 30th anniversary of X") gives no
  commemoration event of that day (the original act keeps its date: test_events_round11_dates).
- An anaphoric gathering noun timed against another event ("The meeting coincided with the arrival of ...", "The
  talks came a day after ...") is no new meeting; the other event stays.
- A total over a period told as signing ("Chinese firms signed new contracts worth $900 million in Georgia last
  year") is a statistic; a named company's contract on a day is an event.
- What was done over a span of years ("debt dates from the years after 2010, when Chinese banks financed roads") is
  no event; a "when" clause on a single date still is.
Every text here is written for the test (none comes from a gold file).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from timeline.extract.pipeline import extract
from timeline.extract.types import Extraction
from timeline.ingest.reader import read_text


def run(body: str, published: dt.date = dt.date(2026, 5, 14)) -> Extraction:
    text = "Report\nTBILISI, 14 May 2026 -- Officials gave details of the week.\n\n" + body + "\n"
    return extract(replace(read_text(text, "test://round11g.txt"), published=published))


def rules(body: str, words: str) -> list[str]:
    return [c.rule for c in run(body).claims if words in c.quote]


def test_a_calendar_day_anniversary_is_no_event_of_that_day() -> None:
    for body in ("April 5 this year marks the 30th anniversary of the signing of the border treaty between China "
                 "and Kazakhstan.",
                 "12 June will mark the 20th anniversary of the establishment of diplomatic relations between "
                 "Georgia and Mongolia."):
        found = run(body).claims
        assert not [c for c in found if c.rule.endswith("+commemoration")], found
        assert not [c for c in found if c.date.value and c.date.value.startswith("2026")], found


def test_anaphoric_meeting_timed_against_another_event_is_no_new_meeting() -> None:
    lead = "Georgian and Chinese railway officials met in Tbilisi on Tuesday to discuss transit. "
    for body, noun in [
        (lead + "The meeting coincided with the opening of a new terminal in Poti on Monday.", "The meeting"),
        (lead + "The talks came a day after Georgia and China signed a visa agreement on 12 May.", "The talks"),
        (lead + "The forum comes as Georgia and China prepare a free trade review due on 30 May.", "The forum"),
        (lead + "The meeting followed a fire at the port of Poti on 10 May.", "The meeting"),
    ]:
        found = [c for c in run(body).claims if noun in c.quote and "officials met" not in c.quote
                 and c.event_type == "CONSULT"]
        assert not found, (body, found)


def test_the_other_event_of_a_timed_sentence_stays() -> None:
    found = rules("The talks came a day after Georgia and China signed a visa agreement on 12 May.", "visa")
    assert any(r.startswith("agree.") for r in found), found


def test_a_definite_meeting_told_with_its_date_stays() -> None:
    found = rules("Georgian and Chinese officials met in Tbilisi on 12 May. The meeting took place at the "
                  "foreign ministry on 12 May.", "officials met")
    assert any(r.startswith("consult.") for r in found), found


def test_yearly_totals_of_contracts_are_no_events() -> None:
    for body in ("Last year, Chinese enterprises signed new contracts worth $900 million in Georgia.",
                 "In 2025 Turkish contractors signed deals totalling $2 billion in Turkmenistan.",
                 "Chinese companies signed construction contracts valued at 400 million euros in Serbia in 2024."):
        found = run(body).claims
        assert not [c for c in found if c.event_type == "AGREE"], (body, found)


def test_a_named_companys_contract_on_a_day_stays() -> None:
    found = rules("On Monday, China Road and Bridge Corporation signed a contract worth $300 million with Georgia.",
                  "contract")
    assert any(r.startswith("agree.") for r in found), found


def test_a_yearly_total_keeps_its_observation() -> None:
    ex = run("Last year, Chinese enterprises signed new contracts worth $900 million in Georgia, up 12 percent.")
    assert not [c for c in ex.claims if c.event_type == "AGREE"]
    assert ex.observations, ex.observations


def test_acts_over_a_span_of_years_are_no_events() -> None:
    for body in ("Most of Tajikistan's foreign debt dates from the years after 2010, when Chinese banks financed "
                 "roads and power lines.",
                 "The loans go back to the decade after 2008, when the Export-Import Bank of China financed a "
                 "tunnel in Tajikistan."):
        found = run(body).claims
        assert not [c for c in found if "financed" in c.quote], (body, found)


def test_a_when_clause_on_a_single_year_stays() -> None:
    found = rules("The project started in 2019, when the Export-Import Bank of China financed a tunnel in "
                  "Tajikistan.", "financed")
    assert found, found
