"""Round 4 observations: periods written in many ways, deaths and releases, narrative time in chronologies,
announcements dated by publication, comparison bases, state subjects, and figures that are no observations."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract.pipeline import extract
from timeline.extract.types import Observation
from timeline.ingest.reader import read_text

PUB = dt.date(2025, 7, 1)


def observe(body: str, published: dt.date | None = PUB) -> list[Observation]:
    art = read_text("Headline\n\n" + body + "\n", "mem://round4")
    art.published = published
    art.published_precision = "day" if published else None
    return extract(art).observations


def one(body: str, published: dt.date | None = PUB) -> Observation:
    got = observe(body, published)
    assert len(got) == 1, got
    return got[0]


@pytest.mark.parametrize(
    ("body", "period", "value"),
    [
        ("In January-May 2025, trade between Kazakhstan and Turkey amounted to 1.2 billion US dollars, up 8 percent "
         "compared to the same period of the previous year.", "2025-01/2025-05", 1.2e9),
        ("Georgia's exports to China reached $900 million in the first five months of the year.", "2025-01/2025-05",
         9e8),
        ("Bilateral trade between Uzbekistan and Russia rose to $5.1 billion in H1 2024, higher than in 2023.",
         "2024-01/2024-06", 5.1e9),
        ("Trade between Armenia and Iran totalled 700 million US dollars in the first nine months of 2023, "
         "versus 2022.", "2023-01/2023-09", 7e8),
    ],
)
def test_periods_and_comparison_bases(body: str, period: str, value: float) -> None:
    got = [o for o in observe(body) if o.unit == "USD"]
    assert len(got) == 1
    assert got[0].period.value == period and got[0].value == pytest.approx(value)


def test_unit_after_number_us_dollars_is_no_actor() -> None:
    o = one("In 2024, trade between Kazakhstan and the EU amounted to 48.8 billion US dollars.")
    assert (o.value, o.unit) == (48.8e9, "USD")
    assert "United States" not in (o.subject or "")


@pytest.mark.parametrize(
    "body",
    [
        "At least 200 people were killed in the clashes in September 2022.",
        "Some 50 soldiers are killed on both sides in April 2016.",
        "The shelling in May 2021 killed 12 civilians.",
        "In March 2020, 35 servicemen reportedly died in the fighting.",
    ],
)
def test_killed_counts_are_deaths_in_people(body: str) -> None:
    o = one(body)
    assert (o.indicator, o.unit) == ("deaths", "people")


def test_troops_not_killed_stay_troops() -> None:
    o = one("In January 2022, some 2,000 troops arrived in the capital after riots that killed dozens.")
    assert (o.indicator, o.unit, o.value) == ("troops", "soldiers", 2000)


@pytest.mark.parametrize(
    "body",
    [
        "On 7 December 2023 the two sides agreed to release prisoners: 32 servicemen for two soldiers.",
        "In June 2024, 15 prisoners were freed under the deal.",
    ],
)
def test_released_counts(body: str) -> None:
    o = one(body)
    assert (o.indicator, o.unit) == ("prisoners_released", "people")


def test_chronology_entry_dates_its_sentences_and_the_month() -> None:
    body = ("- 10 November 2021 — A truce ends the fighting. About 1,500 peacekeepers deploy along the line.\n\n"
            "- 28 September 2022 — The authorities order the closure of all offices by 1 January 2023. More than "
            "40,000 residents had fled across the border by the end of the month.")
    got = {o.value: o for o in observe(body)}
    assert got[1500].period.value == "2021-11-10"
    assert got[40000].period.lower is not None and got[40000].period.lower.strftime("%Y-%m") == "2022-09"


def test_end_of_month_in_ordinary_news_keeps_the_publication_month() -> None:
    o = one("Some 3,000 residents have fled their homes by the end of the month, officials say.")
    assert o.period.lower is not None and o.period.lower.strftime("%Y-%m") == "2025-07"


def test_announcement_without_date_is_dated_by_publication_day() -> None:
    o = one("The European Commission announced an investment package of 12 billion euros for Central Asia.")
    assert (o.indicator, o.value, o.unit, o.period.value) == ("investment", 12e9, "EUR", PUB.isoformat())


def test_earlier_announcement_is_not_dated_by_publication() -> None:
    assert observe("The European Commission had announced an investment package of 12 billion euros.") == []


def test_announcement_without_publication_date_has_no_period() -> None:
    assert observe("The bank announced a loan of $300 million for the railway.", published=None) == []


def test_capital_metonym_subject_is_the_state() -> None:
    o = one("Moscow's trade with Ankara reached $62 billion in 2022.")
    assert o.subject is not None and "Moscow" not in o.subject and "Russia" in o.subject


def test_person_subject_is_whom_they_act_for() -> None:
    o = one("Speaking in Astana, Kassym-Jomart Tokayev noted that cargo carried along the route grew to "
            "4.5 million tonnes in 2024.")
    assert o.subject == "Kazakhstan"


@pytest.mark.parametrize(
    "body",
    [
        "The minister, aged 64, resigned in 2021.",
        "For details call +994 12 555 1234 or write to the ministry, 2024.",
        "The report, published in 2023, runs to 212 pages; see page 14.",
        "In 2022, 45 percent said they were undecided.",
        "The 64-year-old diplomat was appointed in March 2024.",
    ],
)
def test_figures_that_are_no_observations(body: str) -> None:
    assert observe(body) == []


def test_announcement_takes_the_news_day_written_before_it() -> None:
    body = ("The leaders met in Samarkand on 30 June 2025 for the first summit of its kind.\n\n"
            "The Commission announced a €12 billion investment package for the region, including €3 billion "
            "for the transport corridor.")
    o = one(body)
    assert (o.value, o.period.value) == (12e9, "2025-06-30")


def test_old_date_is_not_the_news_day() -> None:
    body = ("The first strategy for the region was adopted on 22 June 2007.\n\n"
            "The Commission announced a €12 billion investment package for the region.")
    assert one(body).period.value == PUB.isoformat()


def test_signed_project_capacity_is_no_announced_figure() -> None:
    assert observe("SOCAR and a Saudi developer signed an agreement on a 1 GW offshore wind project.") == []
