"""Temporal tagger: anaphoric and relative expressions of news narrative, vague counts, turns of centuries,
noun-modifier years. Sentences written for these tests (none taken from the seeds or gold sets)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract.dates import tag_dates
from timeline.extract.types import DateMention

D = dt.date
REF = D(2024, 9, 5)  # a Thursday


def find(text: str, span: str, reference: dt.date | None = REF) -> DateMention:
    """The mention whose text is ``span`` (exactly one), with offsets checked."""
    found = [m for m in tag_dates(text, reference) if m.text == span]
    assert len(found) == 1, [(m.text, m.value) for m in tag_dates(text, reference)]
    m = found[0]
    assert text[m.start : m.end] == span and m.start == text.index(span)
    return m


def texts(text: str, reference: dt.date | None = REF) -> list[str]:
    return [m.text for m in tag_dates(text, reference)]


# --------------------------------------------------------------------------- days told by reference

STORY = "The dam burst on 14 May 2019 near the town. "


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("The same day, the governor declared an emergency.", "The same day", "2019-05-14"),
        ("That day, the governor declared an emergency.", "That day", "2019-05-14"),
        ("That same day the governor declared an emergency.", "That same day", "2019-05-14"),
        ("Later that day the governor declared an emergency.", "Later that day", "2019-05-14"),
        ("Earlier that day engineers had warned of cracks.", "Earlier that day", "2019-05-14"),
        ("The next day, the governor declared an emergency.", "The next day", "2019-05-15"),
        ("The governor declared an emergency the following day.", "the following day", "2019-05-15"),
        ("The following morning rescuers reached the village.", "The following morning", "2019-05-15"),
        ("The previous night, engineers had warned of cracks.", "The previous night", "2019-05-13"),
        ("On the preceding day engineers had warned of cracks.", "the preceding day", "2019-05-13"),
    ],
)
def test_day_told_by_reference_counts_from_the_last_day(sentence: str, span: str, value: str) -> None:
    for ref in (REF, None):  # anaphora needs no publication date
        m = find(STORY + sentence, span, ref)
        assert (m.value, m.precision, m.lower, m.upper) == (value, "day", D.fromisoformat(value),
                                                             D.fromisoformat(value))  # fmt: skip


def test_day_reference_chains_and_skips_an_intervening_year() -> None:
    text = ("Talks opened in Geneva on 2 March 2022, the first round since 2019. The next day the delegations "
            "met again. The following day they signed a protocol.")
    assert find(text, "The next day").value == "2022-03-03"
    assert find(text, "The following day").value == "2022-03-04"


def test_day_reference_after_a_month_keeps_the_month() -> None:
    text = "Floods hit the valley in April 2021. The next day the army was sent in."
    m = find(text, "The next day")
    assert (m.value, m.precision, m.timex) == ("2021-04", "month", "2021-04-XX")
    assert m.note is not None and "day not stated" in m.note


@pytest.mark.parametrize(
    "text",
    [
        "The next day, the governor declared an emergency.",  # nothing to count from
        "Floods hit the valley in 2021. The next day the army was sent in.",  # only a year
        "That day will come, the minister said.",
        "Fighting stopped the next day after the rebels agreed to a truce.",  # counted from the clause
        "The minister resigned the same day as the vote.",
        "The firm offers next-day delivery.",
        "He described the day's events.",
    ],
)
def test_day_reference_without_an_anchor_gives_no_mention(text: str) -> None:
    assert not [t for t in texts(STORY.replace("14 May 2019", "2019") + text) if "day" in t.lower()]


def test_day_after_a_listed_event_counts_from_the_event() -> None:
    text = "The referendum was held on Oct. 9, 2016. The day after the referendum, the cabinet resigned."
    m = find(text, "The day after the referendum")
    assert (m.value, m.precision) == ("2016-10-10", "day")


def test_the_day_before_a_listed_event_with_modifiers() -> None:
    text = "Markets fell on Oct. 13, 1989. The day before the stock market crash, traders were calm."
    assert find(text, "The day before the stock market crash").value == "1989-10-12"


def test_the_day_before_an_unlisted_noun_is_no_date() -> None:
    text = "The band played on Oct. 13, 1989. The day before the concert, tickets sold out."
    assert texts(text) == ["Oct. 13, 1989"]


def test_the_year_before_is_one_year_earlier() -> None:
    text = "Sales reached $3 million in 2015, up from $2 million the year before."
    assert find(text, "the year before").value == "2014"


# --------------------------------------------------------------------------- counted steps (already supported)


@pytest.mark.parametrize(
    ("sentence", "span", "value", "precision"),
    [
        ("Two days later, the governor resigned.", "Two days later", "2019-05-16", "day"),
        ("A month later, the governor resigned.", "A month later", "2019-06", "month"),
        ("A month after, the governor resigned.", "A month after", "2019-06", "month"),
        ("Three years later, the governor resigned.", "Three years later", "2022", "year"),
        ("The following week the governor resigned.", "The following week", "2019-05-20/2019-05-26", "week"),
        ("The following month the governor resigned.", "The following month", "2019-06", "month"),
        ("The following year the governor resigned.", "The following year", "2020", "year"),
        ("Earlier that year the governor had resigned.", "Earlier that year", "2019", "year"),
        ("Later that month the governor resigned.", "Later that month", "2019-05", "month"),
    ],
)
def test_counted_steps_from_the_narrative_date(sentence: str, span: str, value: str, precision: str) -> None:
    for ref in (REF, None):
        m = find(STORY + sentence, span, ref)
        assert (m.value, m.precision) == (value, precision)


# --------------------------------------------------------------------------- vague counts


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("Days later, the governor resigned.", "Days later", "2019-05-15/2019-05-28"),
        ("A few days later the governor resigned.", "A few days later", "2019-05-15/2019-05-28"),
        ("Several weeks later the governor resigned.", "Several weeks later", "2019-05-21/2019-07-15"),
        ("Months later, the governor resigned.", "Months later", "2019-06/2020-05"),
        ("Years later, the governor resigned.", "Years later", "2020/2029"),
        ("Weeks earlier, engineers had warned of cracks.", "Weeks earlier", "2019-03-13/2019-05-07"),
    ],
)
def test_vague_count_is_an_interval_after_the_anchor(sentence: str, span: str, value: str) -> None:
    m = find(STORY + sentence, span)
    assert (m.value, m.precision, m.relative) == (value, "interval", False)
    lo, hi = value.split("/")
    assert m.lower is not None and m.upper is not None and m.lower <= m.upper
    assert m.lower.isoformat().startswith(lo) and m.upper.isoformat()[: len(hi)] <= hi


def test_vague_count_after_a_month_is_written_in_months() -> None:
    text = "In January 2023 a gunman attacked the consulate. The staff left weeks later."
    m = find(text, "weeks later")
    assert (m.value, m.lower, m.upper) == ("2023-01/2023-04", D(2023, 1, 1), D(2023, 4, 30))


def test_days_after_a_month_are_that_month() -> None:
    # session 17: a count finer than its anchor keeps the anchor (gold conventions D6)
    text = "In January 2023 a gunman attacked the consulate. The staff left days later."
    m = find(text, "days later")
    assert (m.value, m.lower, m.upper, m.precision) == ("2023-01", D(2023, 1, 1), D(2023, 1, 31), "month")


def test_vague_count_from_a_listed_event() -> None:
    text = "The election took place on 3 June 2018. In the weeks after the election, protests spread."
    m = find(text, "the weeks after the election")
    assert (m.value, m.lower, m.upper) == ("2018-06-10/2018-08-04", D(2018, 6, 10), D(2018, 8, 4))


def test_vague_ago_counts_from_the_reference_and_keeps_the_timeml_value() -> None:
    m = find("The two ministers spoke a few days ago.", "a few days ago")
    assert (m.value, m.timex, m.relative) == ("2024-08-22/2024-09-04", "PAST_REF", True)
    m = find("The two ministers spoke a few days ago.", "a few days ago", None)
    assert (m.value, m.timex) == (None, "PAST_REF")


def test_explicit_date_of_the_same_sentence_replaces_a_vague_count() -> None:
    text = "The accord was signed in 2002. Work began months later at the port on Sept. 18, 2002."
    m = find(text, "months later")
    assert (m.value, m.precision) == ("2002-09-18", "day")
    # …but not a date outside the span, nor one in the next sentence
    text2 = "The accord was signed on 2 March 2002. Work began days later. The port opened on Sept. 18, 2002."
    assert find(text2, "days later").value == "2002-03-03/2002-03-16"


@pytest.mark.parametrize(
    "text",
    [
        "The region was poor for years after the war.",
        "Within days the rebels took the city.",
        "The deal could collapse in days.",
        "He rested for 12 days before the race.",
    ],
)
def test_durations_are_not_vague_dates(text: str) -> None:
    assert texts(text) == []


# --------------------------------------------------------------------------- seasons, months, modifiers


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Prices fell last spring.", "last spring", "2024-21"),
        ("Prices fell this summer.", "this summer", "2024-22"),
        ("Prices will rise next winter.", "next winter", "2024-24"),
        ("The minister resigned last October.", "last October", "2023-10"),
        ("Prices have risen since the start of August.", "the start of August", "2024-08"),
    ],
)
def test_relative_to_the_publication_date(text: str, span: str, value: str) -> None:
    assert find(text, span).value == value
    assert find(text, span, None).lower is None  # never a guessed year


def test_that_autumn_takes_the_year_of_the_story() -> None:
    m = find("The mine opened in 2011. That autumn, workers went on strike.", "That autumn", None)
    assert (m.value, m.precision) == ("2011-23", "season")


@pytest.mark.parametrize(
    ("text", "span", "value", "lower", "upper"),
    [
        ("The war ended at the end of 1992.", "the end of 1992", "1992-12", D(1992, 12, 1), D(1992, 12, 31)),
        ("Troops left by the end of 1992.", "the end of 1992", "1992", D(1992, 1, 1), D(1992, 12, 31)),
        ("It was signed on the 17th of March 2023.", "the 17th of March 2023", "2023-03-17", D(2023, 3, 17),
         D(2023, 3, 17)),
        ("Growth slowed in mid-2019.", "mid-2019", "2019", D(2019, 1, 1), D(2019, 12, 31)),
        ("The town grew in the late 1990s.", "the late 1990s", "199X", D(1990, 1, 1), D(1999, 12, 31)),
        ("He ruled between 1987 and 1992.", "1987 and 1992", "1987/1992", D(1987, 1, 1), D(1992, 12, 31)),
        ("The siege lasted from May to September 1939.", "May to September 1939", "1939-05/1939-09",
         D(1939, 5, 1), D(1939, 9, 30)),
    ],
)  # fmt: skip
def test_absolute_expressions(text: str, span: str, value: str, lower: dt.date, upper: dt.date) -> None:
    m = find(text, span, None)
    assert (m.value, m.lower, m.upper) == (value, lower, upper)


# --------------------------------------------------------------------------- turn of the century


@pytest.mark.parametrize(
    ("text", "ref", "value"),
    [
        ("The port grew fast at the turn of the century.", REF, "1998/2002"),
        ("The port grew fast at the turn of the 20th century.", None, "1898/1902"),
        ("The port grew fast at the turn of the twentieth century.", None, "1898/1902"),
        ("By the turn of the millennium the port had closed.", REF, "1998/2002"),
        ("Built in 1905, the port grew fast at the turn of the century.", None, "1898/1902"),
        ("In 1995 the mayor said the port will double by the turn of the century.", None, "1998/2002"),
    ],
)
def test_turn_of_the_century(text: str, ref: dt.date | None, value: str) -> None:
    m = [m for m in tag_dates(text, ref) if "turn" in m.text]
    assert len(m) == 1 and (m[0].value, m[0].precision) == (value, "interval")


def test_turn_of_the_century_without_any_year_stays_unresolved() -> None:
    m = find("The port grew fast at the turn of the century.", "the turn of the century", None)
    assert m.value is None and m.note == "no reference date"


# --------------------------------------------------------------------------- noun modifiers, negatives


@pytest.mark.parametrize(
    ("text", "span", "modifier"),
    [
        ("The 2020 war changed the region.", "2020", True),
        ("After the 2020 Karabakh war, trade grew.", "2020", True),
        ("Georgia's 2018 election was calm.", "2018", True),
        ("The August 1988 ceasefire held.", "August 1988", True),
        ("The 1990s oil boom ended.", "The 1990s", True),
        ("In 2020 trade grew.", "2020", False),
        ("Since 2020 the ties have grown.", "2020", False),
        ("The 1990s were hard.", "The 1990s", False),
        ("The talks of 2020 failed.", "2020", False),
    ],
)
def test_noun_modifier_flag(text: str, span: str, modifier: bool) -> None:
    assert find(text, span).modifier is modifier


@pytest.mark.parametrize(
    "text",
    [
        "The talks lasted 12 days.",
        "Exports rose by 88% in value.",
        "The bridge cost $1.3 billion.",
        "The 44-day war ended with a truce.",
        "The city bought 160 buses.",
        "They marked the 30th anniversary with a concert.",
        "The report runs to 2020 pages.",
    ],
)
def test_numbers_that_are_not_dates(text: str) -> None:
    assert texts(text) == []


def test_record_shows_the_modifier_flag_only_when_set() -> None:
    from timeline.extract.dates import mention_record

    war, year = tag_dates("The 2020 war ended. Trade grew in 2021.", REF)
    assert mention_record(war)["modifier"] is True and "modifier" not in mention_record(year)
