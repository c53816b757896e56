"""Observations: dated figures from hand-written sentences (hand-built dates, no tagger needed)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from timeline.extract.observations import extract_observations
from timeline.extract.types import ActorMention, Article, DateMention, Sentence


def year_mentions(text: str) -> list[DateMention]:
    """Local stand-in for the tagger: bare years only."""
    return [
        DateMention(m.start(), m.end(), m.group(0), m.group(0), dt.date(int(m.group(0)), 1, 1),
                    dt.date(int(m.group(0)), 12, 31), "year")
        for m in re.finditer(r"\b(?:19|20)\d\d\b", text)
    ]


class TinyFinder:
    """Local stand-in for the actor dictionary: a few states."""

    STATES = ("Azerbaijan", "Turkey", "Japan")

    def find(self, text, start=0, end=None, on=None):
        end = len(text) if end is None else end
        pat = re.compile(r"\b(" + "|".join(self.STATES) + r")\b")
        hits = pat.finditer(text, start, end)
        return [ActorMention(m.group(1), "state", m.start(), m.end(), m.group(1)) for m in hits]


PAIR = (ActorMention("Azerbaijan", "state", 0, 0, ""), ActorMention("Japan", "state", 0, 0, ""))


def obs(text: str, published: dt.date | None = None):
    art = Article(uri="mem://o", text=text, content_hash="h", published=published)
    return extract_observations(art, [Sentence(0, len(text), text)], year_mentions(text), TinyFinder(), pair=PAIR)


def test_list_gives_one_observation_per_year_and_shared_value() -> None:
    text = ("The trade turnover between the two countries amounted to $410 million in 2016, $1.05 billion "
            "in 2017 and $1.2 billion in 2018 and 2019.")
    got = {(o.period.value, o.value) for o in obs(text)}
    assert got == {("2016", 4.1e8), ("2017", 1.05e9), ("2018", 1.2e9), ("2019", 1.2e9)}
    assert all(o.indicator == "trade_turnover" and o.unit == "USD" for o in obs(text))
    assert {o.subject for o in obs(text)} == {"Azerbaijan–Japan"}
    assert all(text[o.start : o.end] == o.quote for o in obs(text))


def test_leading_year_dates_the_figure() -> None:
    (o,) = obs("In 2022, bilateral trade reached 2.5 billion dollars.")
    assert (o.indicator, o.value, o.unit, o.period.value) == ("trade_turnover", 2.5e9, "USD", "2022")


def test_percent_change_is_a_signed_change_indicator_and_tonnes_are_levels() -> None:
    got = {(o.indicator, o.value, o.unit) for o in obs("In 2021, cargo volume fell by 12%, to 3.4 million tons.")}
    assert got == {("freight_volume_change", -12.0, "%"), ("freight_volume", 3.4e6, "t")}


def test_directional_investment_subject() -> None:
    (a, b) = obs("In 2020, Japan invested $80 million in Azerbaijan, while Azerbaijan invested $5 million in Turkey.")
    assert (a.subject, a.value) == ("Japan→Azerbaijan", 8e7)
    assert (b.subject, b.value) == ("Azerbaijan→Turkey", 5e6)


def test_present_stock_figure_is_dated_by_publication_year() -> None:
    (o,) = obs("There are about 250 companies with Japanese capital in Azerbaijan.", published=dt.date(2023, 4, 2))
    assert (o.indicator, o.value, o.unit, o.period.value) == ("companies", 250.0, "count", "2023")
    assert o.period.note


@pytest.mark.parametrize(
    "text",
    [
        "Japan allocated $5 billion to developing countries.",  # undated, past
        "An increase in transit volume by 5-8 million tons in 2030 is expected.",  # range and forecast
        "Trade will reach $5 billion in 2030.",  # forecast
        "China accounts for more than 18% of global GDP in 2023.",  # plain percent
        "The conference in 2019 gathered 300 guests.",  # no indicator
    ],
)
def test_no_observation(text: str) -> None:
    assert obs(text, published=dt.date(2024, 1, 1)) == []
