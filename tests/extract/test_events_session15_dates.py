"""Session 15 (helper A): date attachment.

- a cue of an occasion's relative clause keeps the antecedent's modifier date over a date told after the clause
  has closed ("the August 2014 visit, when the sides upgraded their ties, laid the foundation of the relations of
  today");
Every text here is written for the test (none comes from a gold file).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from timeline.extract.pipeline import extract
from timeline.extract.types import Claim
from timeline.ingest.reader import read_text


def claims(body: str, published: dt.date = dt.date(2026, 6, 10)) -> list[Claim]:
    text = "Report\nQUITO, 10 June 2026 -- Officials gave details of the talks.\n\n" + body + "\n"
    return extract(replace(read_text(text, "test://session15a.txt"), published=published)).claims


def dated(body: str, published: dt.date = dt.date(2026, 6, 10)) -> list[tuple[str, str | None, str]]:
    return [(c.event_type, c.date.value, c.title) for c in claims(body, published)]


# -- "<date> <occasion>, when …": the when-clause keeps the occasion's date


def test_when_clause_keeps_antecedent_date_over_a_later_date() -> None:
    body = ("President Daniel Noboa said that his October 2019 state visit to Peru, when Ecuador and Peru upgraded "
            "their ties to a comprehensive strategic partnership, laid a solid foundation for the relations of today.")
    agree = [v for t, v, _ in dated(body) if t == "AGREE"]
    assert agree == ["2019-10"], agree


def test_when_clause_without_occasion_noun_is_unchanged() -> None:
    # no occasion noun before the date: the rule does not apply (the guard of the years-after case stays)
    body = ("Most of Ecuador's foreign debt dates from the years after 2010, when Chinese banks financed roads "
            "and power lines.")
    assert not [c for c in claims(body) if "financed" in c.quote and c.date.value == "2010"]


def test_own_date_inside_the_when_clause_wins() -> None:
    body = ("President Daniel Noboa recalled his visit to Lima in May 2016, when Peru and Ecuador signed a "
            "memorandum on port cooperation on 3 June 2016.")
    agree = [v for t, v, _ in dated(body) if t == "AGREE"]
    assert agree == ["2016-06-03"], agree


# -- a visit dated by a coarse period and detailed by the stay of its arrival


def test_visit_of_last_week_takes_the_stay_of_its_arrival() -> None:
    body = ("President Gabriel Boric made his first state visit to Peru last week, arriving in Lima on Wednesday for "
            "two days of talks with President Dina Boluarte.")
    visits = {v for t, v, _ in dated(body, dt.date(2026, 6, 8)) if t == "CONSULT"}  # a Monday
    assert visits == {"2026-06-03/2026-06-04"}, visits


def test_visit_of_last_week_without_arrival_stay_keeps_the_week() -> None:
    body = "President Gabriel Boric made his first state visit to Peru last week and met President Dina Boluarte."
    visits = {v for t, v, _ in dated(body, dt.date(2026, 6, 8)) if t == "CONSULT"}
    assert visits == {"2026-06-01/2026-06-07"}, visits


# -- "After the meeting, …" after a present-perfect news lead: the lead's meeting, not one recalled in between


def test_after_the_meeting_refers_to_the_news_lead_not_a_recalled_meeting() -> None:
    text = ("Gustavo Petro received Ding Wei\n\n"
            "President of Colombia Gustavo Petro has received a delegation led by Chinese Vice Premier Ding Wei, "
            "who is in Bogota to attend an energy forum.\n\n"
            "Ding Wei conveyed the greetings of President Xi Jinping to the head of state. President Gustavo Petro "
            "thanked for the greetings.\n\n"
            "The head of state recalled with pleasure his meeting with President Xi Jinping in Lima in November "
            "2024, when the two countries agreed to deepen their cooperation. He noted that trade between the two "
            "countries grew by 9 percent last year.\n\n"
            "Ding Wei said that China and Colombia are good partners. He noted that Foreign Minister Luis Murillo's "
            "visit to Beijing in January had enriched the partnership.\n\n"
            "The sides discussed cooperation in the fields of energy, mining and agriculture. It was noted that "
            "Avianca will launch direct flights between Bogota and Shanghai on 1 September.\n\n"
            "After the meeting, a memorandum of understanding on cooperation in green energy between the "
            "Ministry of Mines of Colombia and the National Energy Administration of China was signed in the "
            "presence of President Gustavo Petro and Vice Premier Ding Wei.\n")
    art = replace(read_text(text, "test://session15b.txt"), published=dt.date(2026, 6, 2))
    signed = [c.date.value for c in extract(art).claims if c.event_type == "AGREE" and "After the meeting" in c.quote]
    assert signed == ["2026-06-02"], signed


# -- "signed during the visit" continuing a sentence that dates only the talks of the visit: the visit's month


PAIR = ("Relations between Kyrgyzstan and China have grown fast. China is the largest investor in Kyrgyzstan, "
        "and Kyrgyzstan ships more goods to China every year.\n\n")


def test_signed_during_the_visit_after_the_talks_day_takes_the_month() -> None:
    body = PAIR + ("It was a historic visit. On 14 March President Xi Jinping and President Sadyr Japarov held "
                   "talks in the Great Hall of the People, and after the talks they signed a joint statement on a "
                   "strategic partnership. More than a dozen documents were signed during the visit, on trade, "
                   "energy and education.")
    found = {c.date.value for c in claims(body) if "dozen documents" in c.quote}
    assert found == {"2026-03"}, found


def test_signed_after_the_talks_keeps_the_day() -> None:
    body = PAIR + ("On 14 March President Xi Jinping and President Sadyr Japarov held talks in the Great Hall of the "
                   "People. More than a dozen documents were signed after the talks, on trade, energy and education.")
    found = {c.date.value for c in claims(body) if c.event_type == "AGREE"}
    assert found == {"2026-03-14"}, found


# -- a date of a "since" clause with its own verb dates that clause, not the visit before it


def test_since_clause_date_does_not_date_the_visit() -> None:
    body = PAIR + ("President Sadyr Japarov noted that this is his first state visit to China since he took office "
                   "as President of Kyrgyzstan in January 2021, and congratulated President Xi Jinping on his "
                   "re-election.")
    found = [(t, v) for t, v, _ in dated(body)]
    assert ("CONSULT", "2021-01") not in found, found
    assert not [v for t, v in found if t == "SUPPORT" and v == "2021-01"], found


def test_since_clause_day_does_not_date_the_visit() -> None:
    # a day of the since-clause does not date the visit either
    body = PAIR + "President Sadyr Japarov paid his first state visit to China since he took office on Monday."
    found = [(t, v) for t, v, _ in dated(body)]
    assert ("CONSULT", "2026-06-08") not in found, found


def test_signed_during_the_visit_reported_the_same_week_keeps_the_day() -> None:
    body = PAIR + ("On 14 March President Xi Jinping and President Sadyr Japarov held talks in the Great Hall of the "
                   "People, and after the talks they signed a joint statement on a strategic partnership. More than "
                   "a dozen documents were signed during the visit, on trade, energy and education.")
    found = {c.date.value for c in claims(body, dt.date(2026, 3, 15)) if "dozen documents" in c.quote}
    assert found == {"2026-03-14"}, found


def test_when_clause_after_a_since_clause_keeps_its_date() -> None:
    body = PAIR + ("Relations have developed rapidly, especially since the two countries established a strategic "
                   "partnership in August last year, when President Xi Jinping met President Sadyr Japarov in "
                   "Astana.")
    found = [(t, v) for t, v, _ in dated(body)]
    assert ("CONSULT", "2025-08") in found, found


# -- "during the three-day trip" after an arrival day told before: the trip from that day


def test_during_the_n_day_trip_after_an_arrival_day_is_the_trip() -> None:
    body = PAIR + ("President Sadyr Japarov arrived in Beijing on Tuesday for a state visit, his first since 2019.\n\n"
                   "A package of intergovernmental agreements is also expected to be signed during the three-day trip, "
                   "an aide said.")
    found = {c.date.value for c in claims(body, dt.date(2026, 6, 9)) if "package" in c.quote}  # a Tuesday
    assert found == {"2026-06-09/2026-06-11"}, found
