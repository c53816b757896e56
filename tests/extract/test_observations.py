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
    assert (o.indicator, o.value, o.unit, o.period.value) == ("companies", 250.0, "companies", "2023")
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


def month_mentions(text: str, year: int) -> list[DateMention]:
    """Local stand-in for the tagger: bare English month names in ``year``."""
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]
    out = []
    for m in re.finditer("|".join(months), text):
        k = months.index(m.group(0)) + 1
        last = (dt.date(year + (k == 12), k % 12 + 1, 1) - dt.timedelta(days=1))
        out.append(DateMention(m.start(), m.end(), m.group(0), f"{year}-{k:02d}", dt.date(year, k, 1), last, "month"))
    return out


def obs_with(text: str, dates: list[DateMention], published: dt.date | None = dt.date(2024, 6, 1)):
    art = Article(uri="mem://o", text=text, content_hash="h", published=published)
    return extract_observations(art, [Sentence(0, len(text), text)], dates, TinyFinder(), pair=PAIR)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The field pumped 12 billion cubic metres of gas in 2019.", ("gas_production", 1.2e10, "m3", "2019")),
        ("Japan exported 4.5 bcm of LNG to Turkey in 2020.", ("gas_exports", 4.5e9, "m3", "2020")),
        ("A survey in 2011 put the basin's oil reserves at 7 billion barrels.",
         ("oil_reserves", 7e9, "barrels", "2011")),
        ("In 2011 the basin held 15 trillion cubic feet of natural gas reserves.",
         ("gas_reserves", 1.5e13, "cubic feet", "2011")),
        ("In 2018, Japan granted Azerbaijan a credit line of €40 million.", ("credit_line", 4e7, "EUR", "2018")),
        ("The ministry's budget was 2.1 billion manats in 2022.", ("budget", 2.1e9, "AZN", "2022")),
        ("In 2016, Turkey secured a 90-million-euro aid package.", ("aid", 9e7, "EUR", "2016")),
        ("Exports of grain reached 1.2 million tonnes in 2017.", ("grain_exports", 1.2e6, "t", "2017")),
        ("Japan's GDP grew by 1.9 per cent in 2023.", ("gdp_change", 1.9, "%", "2023")),
    ],
)
def test_units_indicators_and_commodities(text: str, expected: tuple[str, float, str, str]) -> None:
    (o,) = obs(text)
    assert (o.indicator, o.value, o.unit, o.period.value) == expected


def test_vote_share_is_dated_by_the_date_after_it() -> None:
    text = "The Liberal Union won 41.2% of the vote in March, official results showed."
    (o,) = obs_with(text, month_mentions(text, 2024))
    assert (o.indicator, o.value, o.unit, o.period.value) == ("vote_share", 41.2, "%", "2024-03")


def test_commitment_and_present_figure_in_their_own_clauses_use_the_publication_year() -> None:
    text = ("Under the deal, the operator will invest about $75 million in new cranes, while Japan has offered "
            "a line of credit worth $40 million, officials said.")
    got = {(o.indicator, o.value, o.period.value) for o in obs(text, published=dt.date(2022, 3, 1))}
    assert got == {("investment", 7.5e7, "2022"), ("credit_line", 4e7, "2022")}
    assert all("publication" in (o.period.note or "") for o in obs(text, published=dt.date(2022, 3, 1)))


def test_capacity_rate_is_a_unit_per_year() -> None:
    (o,) = obs("The two lines currently have a capacity of 20 billion cubic metres a year.", dt.date(2021, 5, 5))
    assert (o.indicator, o.value, o.unit, o.period.value) == ("capacity", 2e10, "m3/year", "2021")


@pytest.mark.parametrize(
    "text",
    [
        "Japan has invested more than $2 billion in Azerbaijan since 2005.",  # cumulative since
        "More than 400 companies registered for the fair.",  # count without an origin
        "The 320-km road was financed by a loan.",  # length with a money-only indicator
        "Japan issued a loan worth $60 million to build the bridge.",  # undated past act
        "Output could reach 5 million tonnes a year once the mine opens.",  # hypothetical
        "The party won 12% of the seats.",  # a percentage of something else
    ],
)
def test_round_two_negatives(text: str) -> None:
    assert obs(text, published=dt.date(2024, 1, 1)) == []


PUB = dt.date(2024, 12, 28)


def test_debt_put_at_a_figure_in_a_dated_sentence() -> None:
    out = obs("In 2003, Japan wrote off most of Turkey's debt, which had been put at 2.5 billion dollars.")
    assert [(o.indicator, o.value, o.unit, o.period.value) for o in out] == [("debt", 2.5e9, "USD", "2003")]


def test_owed_is_debt() -> None:
    out = obs("In 2019, Azerbaijan owed Japan $300 million.")
    assert [(o.indicator, o.value) for o in out] == [("debt", 3e8)]


def test_estimated_cost_in_the_present_takes_the_publication_year() -> None:
    out = obs("The cost of the railway has been estimated at about $4 billion.", PUB)
    assert [(o.indicator, o.value, o.unit, o.period.value) for o in out] == [("cost", 4e9, "USD", "2024")]


def test_cost_is_money_only_and_forecast_costs_are_skipped() -> None:
    assert obs("The line, which cost a lot, is 300 km long, Japan said in 2020.") == []
    assert obs("The bridge will cost $2 billion by 2030.", PUB) == []


def test_cost_without_period_or_publication_date_is_skipped() -> None:
    assert obs("The cost of the project has been estimated at about $4.7 billion.") == []


# ----------------------------------------------------------------------------- round 3: units, counts, shares


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2021, bilateral trade amounted to 7.5 billion US dollars.", ("trade_turnover", 7.5e9, "USD", "2021")),
        ("Japan invested $300m in Azerbaijan in 2019.", ("investment", 3e8, "USD", "2019")),
        ("In 2012, Japan bought the refinery for about three billion dollars.", ("acquisition", 3e9, "USD", "2012")),
        ("In 2018, the two sides signed agreements worth $1.5 billion.", ("deal_value", 1.5e9, "USD", "2018")),
        ("In 2022, exports posted a 15% decline.", ("exports_change", -15.0, "%", "2022")),
        ("In 2019, some 250,000 Japanese tourists visited Azerbaijan.", ("tourist_arrivals", 2.5e5, "people", "2019")),
        ("Japan exported 2.5 billion kilowatt-hours of electricity in 2020.",
         ("electricity_exports", 2.5e9, "kWh", "2020")),
    ],
)
def test_round_three_units_and_indicators(text: str, expected: tuple[str, float, str, str]) -> None:
    (o,) = obs(text)
    assert (o.indicator, o.value, o.unit, o.period.value) == expected


def test_stake_percentages_are_stakes_dated_by_publication() -> None:
    text = "The state will retain a 60 percent stake in the terminal, leaving 40 percent to the operator."
    got = {(o.indicator, o.value, o.unit, o.period.value) for o in obs(text, PUB)}
    assert got == {("stake", 60.0, "%", "2024"), ("stake", 40.0, "%", "2024")}


def test_percentage_of_its_named_whole_is_a_share() -> None:
    (o,) = obs("Armenia buys more than 80 per cent of its wheat from Japan.", PUB)
    assert (o.indicator, o.value, o.unit, o.period.value) == ("grain_imports_share", 80.0, "%", "2024")
    assert obs("Japan's public debt reached 60 per cent of its GDP in 2020.") == []


def test_present_power_capacity_in_megawatts() -> None:
    (o,) = obs("The plant currently has a capacity of 1.2 gigawatts.", PUB)
    assert (o.indicator, o.value, o.unit, o.period.value) == ("capacity", 1200.0, "MW", "2024")


def test_stated_length_in_the_present() -> None:
    (o,) = obs("Its total length is about 600 km.", PUB)
    assert (o.indicator, o.value, o.unit, o.period.value) == ("length", 600.0, "km", "2024")


def test_standing_troop_level_since_a_date_holds_at_publication() -> None:
    (o,) = obs("Turkey, which has kept about 1,500 troops in the region since 2020, said nothing.", PUB)
    assert (o.indicator, o.value, o.unit, o.period.value) == ("troops", 1500.0, "soldiers", "2024")


@pytest.mark.parametrize(
    "text",
    [
        "The company will build a 100-megawatt wind farm near the coast.",  # attribute of a planned thing
        "In 2019 the consortium opened the 1,200-kilometre pipeline.",  # length as a modifier
        "Japan is to supply 5 bcm a year to Turkey.",  # a contracted future flow
        "In 2020 Armenians fled the region.",  # a year, not a count
        "About 3,000 people attended the concert in 2019.",  # people without a count indicator
    ],
)
def test_round_three_negatives(text: str) -> None:
    assert obs(text, PUB) == []


def test_count_sentence_tied_to_the_previous_sentence_takes_its_date() -> None:
    first = "The offensive began in March."
    second = " About 30,000 residents fled to Turkey within days."
    text = first + second
    sents = [Sentence(0, len(first), first), Sentence(len(first) + 1, len(text), text[len(first) + 1 :])]
    art = Article(uri="mem://o", text=text, content_hash="h", published=PUB)
    (o,) = extract_observations(art, sents, month_mentions(text, 2023), TinyFinder(), pair=PAIR)
    assert (o.indicator, o.value, o.unit, o.period.value) == ("displaced", 3e4, "people", "2023-03")
    alone = " About 30,000 residents fled to Turkey."
    art2 = Article(uri="mem://o", text=first + alone, content_hash="h", published=PUB)
    sents2 = [Sentence(0, len(first), first), Sentence(len(first) + 1, len(first + alone), alone[1:])]
    assert extract_observations(art2, sents2, month_mentions(first + alone, 2023), TinyFinder(), pair=PAIR) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Freight on the corridor reached about 3 million tonnes in 2022, officials said.", True),
        ("Bilateral trade rose by 12% in 2021.", True),
        ("Exports totalled $4.1 billion last year.", True),
        ("The two presidents signed deals worth $2 billion in 2019.", False),  # an event with a figure
        ("The delegation reached Baku on 3 May.", False),  # no figure
        ("Japan bought the plant for $300 million in 2015.", False),  # not a measuring verb
    ],
)
def test_is_measurement_sentence(text: str, expected: bool) -> None:
    from timeline.extract.observations import is_measurement_sentence

    assert is_measurement_sentence(text) is expected


def test_tourists_on_one_day_are_a_crowd_not_a_statistic() -> None:
    text = "Some 300 Japanese tourists visited the fair on Monday."
    monday = re.search("Monday", text)
    assert monday is not None
    day = DateMention(monday.start(), monday.end(), "Monday", "2024-06-03", dt.date(2024, 6, 3), dt.date(2024, 6, 3),
                      "day")
    assert obs_with(text, [day]) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2023, the central bank raised its key rate to 16 percent.", ("interest_rate", 16.0, "%", "2023")),
        ("In 2024, the bank cut its refinancing rate by 2 percent.", ("interest_rate_change", -2.0, "%", "2024")),
        ("Annual inflation in Japan stood at 3.2% in 2022.", ("inflation", 3.2, "%", "2022")),
    ],
)
def test_rates_are_percentage_levels_or_changes(text: str, expected: tuple[str, float, str, str]) -> None:
    (o,) = obs(text)
    assert (o.indicator, o.value, o.unit, o.period.value) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2022, Japan invested USD 2.5 billion in Azerbaijan.", ("investment", 2.5e9, "USD")),
        ("Bilateral trade reached RMB 40 billion in 2021.", ("trade_turnover", 4e10, "CNY")),
        ("In 2023, Japan granted Armenia aid worth 300 million drams.", ("aid", 3e8, "AMD")),
        ("The 2020 budget was 12 billion lari.", ("budget", 1.2e10, "GEL")),
    ],
)
def test_currency_codes_before_the_number_and_regional_currencies(
    text: str, expected: tuple[str, float, str]
) -> None:
    (o,) = obs(text)
    assert (o.indicator, o.value, o.unit) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2023, Japanese carmakers held a 35% share of the Turkish car market.", ("market_share", 35.0)),
        ("Japan's market share reached 12 percent in 2024.", ("market_share", 12.0)),
        ("In 2022, Japan's market share fell by 3 percent.", ("market_share_change", -3.0)),
    ],
)
def test_market_shares(text: str, expected: tuple[str, float]) -> None:
    (o,) = obs(text)
    assert (o.indicator, o.value, o.unit) == (*expected, "%")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gas deliveries to Turkey via the Power of Siberia line reached 38.8 bcm in 2024.", "gas_exports"),
        ("Japan exported 2 billion kWh of power in 2022.", "electricity_exports"),
        ("In 2023, Azerbaijan welcomed 2.1 million international visitors.", "tourist_arrivals"),
    ],
)
def test_commodity_from_the_clause_and_lowercase_power(text: str, expected: str) -> None:
    (o,) = obs(text)
    assert o.indicator == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Remittances from Japan reached $2.4 billion in 2022.", "remittances"),
        ("FDI inflows into Azerbaijan totalled $4.5 billion in 2021.", "investment"),
        ("In 2023, the company's revenue rose to $51 billion.", "revenue"),
        ("In 2020 the port was valued at $300 million.", "cost"),
    ],
)
def test_money_indicators_round_three(text: str, expected: str) -> None:
    (o,) = obs(text)
    assert o.indicator == expected and o.unit == "USD"
