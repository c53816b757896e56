"""Session 13 (helper A): dates of hard-wrapped sentences, footnote marks, journal issue lines with a page span,
the month of an anniversary, relative clauses and coordinated clauses with dates of their own, and chronology
rows whose later sentences or bracketed spans restate the row's date.

- "in January 2007,\\nand on 15 January the two presidents signed": a line break inside a hard-wrapped sentence is
  a space, so the bare day takes the year of its own sentence (with or without a publication date);
- "on 4 January 1992.1\\nFor …": a footnote mark after the year is no decimal;
- "to celebrate the 35th anniversary of X in January next year": X fell in January, 35 years before;
- "X today received Y, who arrived … on a visit on Monday": the relative clause's own date dates its act;
- "The same day, …": a date told in passing in a relative clause (", which established relations on …") is not
  the story's day;
- "Six months later, … signed X, and in April last year, during Z's visit, we raised it …": the second clause's
  date, behind a bracketed adjunct, is not the first act's;
- chronology rows: a later dateless line of a row takes the row's date, not the year heading's ("March 2012 -
  Official visit of X.\nTalks with Y.\nSigning of Z." = March 2012), and "(9-12 December)" right after a visit is
  the visit's span.
Every text here is written for the test (none comes from a gold file).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from timeline.extract.dates import _unwrapped, tag_dates
from timeline.extract.pipeline import extract
from timeline.ingest.reader import read_text

REF = dt.date(2023, 6, 14)  # a Wednesday


def values(text: str, ref: dt.date | None = REF) -> list[tuple[str, str | None]]:
    return [(m.text, m.value) for m in tag_dates(text, ref)]


def claims(text: str, published: dt.date | None = REF, uri: str = "test://session13.txt") -> list[tuple[str, str, str]]:
    article = read_text(text, uri)
    if published is not None:
        article = replace(article, published=published)
    return [(c.rule.split("+")[0], c.title, c.date.value or "") for c in extract(article).claims]


# -- hard-wrapped sentences


WRAPPED = (
    "The premier of Peru paid an official visit to Chile in March 2011,\n"
    "and on 9 March the two heads of government, Vega and Rojas, signed the\n"
    "Treaty on Fisheries in Valparaiso."
)


@pytest.mark.parametrize("ref", [dt.date(2019, 10, 1), None])
def test_wrapped_day_takes_the_year_of_its_sentence(ref: dt.date | None) -> None:
    assert ("9 March", "2011-03-09") in values(WRAPPED, ref)


def test_wrapped_clause_coordinated_with_a_month_of_that_year() -> None:
    text = (
        "President Lasso paid a state visit to Colombia in August 2021 and opened\n"
        "the trade fair in Bogota on 12 August."
    )
    assert ("12 August", "2021-08-12") in values(text, None)


def test_unwrapping_keeps_offsets_and_the_original_text() -> None:
    text = "Talks were held in Lima on 4\nMay 2009 and went well."
    (m,) = tag_dates(text, None)
    assert m.value == "2009-05-04" and text[m.start : m.end] == m.text == "4\nMay 2009"


@pytest.mark.parametrize(
    "text",
    [
        "Timeline\nMarch 2011 was busy.",  # a short heading before a capitalised line
        "The visit ended.\nand so on",  # a sentence end
        "Chile and Peru\n\nsigned",  # a paragraph break
    ],
)
def test_not_a_soft_wrap(text: str) -> None:
    assert _unwrapped(text) == text


def test_new_paragraph_does_not_take_the_year() -> None:
    text = "The minister visited Chile in March 2011.\n\nOn 9 March the talks began."
    assert ("9 March", "2011-03-09") not in values(text, None)


# -- footnote marks


def test_footnote_mark_after_a_year() -> None:
    assert values("The two states established relations on 12 May 1994.3\nLater they opened embassies.", None) == [
        ("12 May 1994", "1994-05-12")
    ]
    assert values("Relations began on 12 May 1994.3 Later they opened embassies.", None)[0] == (
        "12 May 1994",
        "1994-05-12",
    )


@pytest.mark.parametrize("text", ["Output reached 2019.5 million tonnes in 2020.", "Exports of 1998.25 tonnes"])
def test_decimal_is_no_year(text: str) -> None:
    assert all(v != "2019" and v != "1998" for _, v in values(text, None))


# -- the month of an anniversary


def test_anniversary_in_a_month_dates_the_original_month() -> None:
    text = (
        "Report\nLIMA, 14 June 2023 -- Officials gave details.\n\n"
        "The foreign ministers of Peru and Chile agreed to celebrate the 20th anniversary of the establishment "
        "of diplomatic relations in March next year with concerts in both capitals.\n"
    )
    got = {v for rule, _, v in claims(text) if rule == "agree.relations"}
    assert "2004-03" in got


def test_anniversary_in_a_year_dates_the_original_year() -> None:
    text = (
        "Report\nLIMA, 14 June 2023 -- Officials gave details.\n\n"
        "The foreign ministers of Peru and Chile agreed to celebrate the 20th anniversary of the establishment "
        "of diplomatic relations next year with concerts in both capitals.\n"
    )
    got = {v for rule, _, v in claims(text) if rule == "agree.relations"}
    assert "2004" in got and not any(v.startswith("2004-") for v in got)


# -- relative clauses and coordinated clauses with their own dates


def test_relative_clause_with_its_own_day() -> None:
    text = (
        "Report\nSANTIAGO, 14 June 2023 -- Officials gave details.\n\n"
        "President Boric today received at the Moneda Palace the Foreign Minister of Peru Ana Vega, who arrived "
        "in Santiago on an official visit on Monday.\n"
    )
    visits = {v for rule, _, v in claims(text) if rule.startswith("consult.visit")}
    assert visits == {"2023-06-12"}


def test_relative_clause_without_a_date_keeps_the_main_day() -> None:
    text = (
        "Report\nSANTIAGO, 14 June 2023 -- Officials gave details.\n\n"
        "On Monday President Boric held talks with the Foreign Minister of Peru Ana Vega, who arrived in Santiago "
        "on an official visit.\n"
    )
    assert ("consult.meeting", "2023-06-12") in {(r, v) for r, _, v in claims(text)}


def test_same_day_is_not_a_date_told_in_passing() -> None:
    text = (
        "Report\nLIMA, 14 June 2023 -- Officials gave details.\n\n"
        "President Rojas of Chile today received the Prime Minister of Mexico.\n\n"
        "It was stressed that Mexico and Chile, which established diplomatic relations on 4 May 1990, have close "
        "ties.\n\n"
        "The same day, the agriculture ministers of Mexico and Chile signed a memorandum on fisheries.\n"
    )
    signed = [v for rule, _, v in claims(text) if rule == "agree.sign"]
    assert signed and "1990-05-04" not in signed


def test_second_clause_behind_an_adjunct_keeps_its_date() -> None:
    text = (
        "Report\nLIMA, 14 June 2023 -- Officials gave details.\n\n"
        "In January 2021 the foreign ministers of Mexico and Chile met in Quito. Six months later, in Lima, the "
        "presidents of Mexico and Chile signed the joint statement on a strategic partnership, and in May last year, "
        "during the Mexican president's state visit to Santiago, Mexico and Chile raised it to a comprehensive "
        "strategic partnership.\n"
    )
    got = claims(text)
    assert ("agree.sign", "2021-07") in {(r, v) for r, _, v in got}
    assert ("agree.sign", "2022-05") not in {(r, v) for r, _, v in got}


# -- chronology rows


CHRONO = """Peru - Chile: chronology of relations

2012
March 2012 - Official visit of President Ollanta Humala to Chile.
Talks with President Sebastian Pinera.
Signing of the Joint Declaration on the foundations of good-neighbourly
relations.

2016
10 June 2016 - State visit of President Pedro Kuczynski to Chile (9-11
June). Talks with President Michelle Bachelet. Signing of the Memorandum of
Understanding on the Andean railway.

2019
22-24 May 2019 - State visit of President Martin Vizcarra to Chile. Talks with
President Sebastian Pinera on 23 May. Signing of the Joint Statement on the
establishment of a strategic partnership.
"""


def test_later_sentences_of_a_row_take_the_rows_date() -> None:
    got = {(rule, v) for rule, _, v in claims(CHRONO, dt.date(2023, 1, 10))}
    assert ("agree.sign", "2012-03") in got
    assert ("agree.sign", "2016-06-10") in got
    assert ("agree.sign", "2012") not in got


def test_bracketed_span_after_a_visit_is_the_visits() -> None:
    got = {(rule, v) for rule, _, v in claims(CHRONO, dt.date(2023, 1, 10))}
    assert ("consult.visit.noun", "2016-06-09/2016-06-11") in got
    assert ("consult.meeting", "2016-06-10") in got


def test_bracketed_span_of_another_noun_is_not_the_talks() -> None:
    text = (
        "Chronology\n\nDec. 10: The presidents of Mexico and Chile hold talks in Santiago during a state "
        "visit of the Mexican President to Chile (9-12 December).\n"
    )
    got = {(rule, v) for rule, _, v in claims(text, dt.date(2019, 1, 10))}
    assert ("consult.meeting", "2018-12-10") in got
    assert ("consult.visit.noun", "2018-12-09/2018-12-12") in got


# -- no publication date: the year of the sentence's own story


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile joined the WTO in 1995 and was admitted to APEC in November.", ("November", "1995-11")),
        ("The minister visited Lima in March 2011. On 9 March he met the mayor.", ("9 March", "2011-03-09")),
    ],
)
def test_without_publication_date_the_story_year(text: str, expected: tuple[str, str]) -> None:
    assert expected in values(text, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile joined the WTO in 1995 and will join APEC in November.", ("November", "XXXX-11")),
        ("The minister visited Lima in March 2011.\n\nOn 9 June he met the mayor.", ("9 June", "XXXX-06-09")),
        (
            "Chile joined the WTO in 1995. The treaty with Peru was signed on 14 November.",
            ("14 November", "XXXX-11-14"),
        ),
    ],
)
def test_without_publication_date_no_year_across_a_future_or_a_paragraph(text: str, expected: tuple[str, str]) -> None:
    assert expected in values(text, None)


# -- a chronology row whose date lost its separator


def test_row_date_without_separator_in_a_chronology() -> None:
    text = (
        "Chronology\n\n2 April 1992 - Mexico and Chile establish diplomatic relations.\n\n"
        "3 May 1994 - The presidents of Mexico and Chile sign a trade agreement.\n\n2010-2016\n\n"
        "8-10 September 2013 State visit of the President of Mexico to Chile. The Treaty of Friendship is signed "
        "and loans are concluded. The President of Mexico also meets the Prime Minister of Chile.\n"
    )
    got = {(rule, v) for rule, _, v in claims(text, dt.date(2020, 1, 10))}
    assert ("consult.meeting", "2013-09-08/2013-09-10") in got
    assert not any(v.startswith("2010") for _, v in got)


def test_row_clause_after_a_semicolon_keeps_its_own_day() -> None:
    text = (
        "# Chronology\n\n**January 2021** - The first batch of the Chilean vaccine arrives in Mexico; Mexico starts "
        "its vaccination campaign on 18 January.\n\n**March 2022** - Mexico and Chile sign a trade agreement.\n"
    )
    article = replace(read_text(text, "test://row.md"), published=dt.date(2025, 2, 27))
    got = {(c.rule.split("+")[0], c.date.value) for c in extract(article).claims}
    assert ("cooperate.first_flow", "2021-01") in got and ("cooperate.start", "2021-01-18") in got


def test_clause_opened_by_a_day_with_an_apposed_subject() -> None:
    text = (
        "Report\nLIMA, 14 June 2023 -- Officials gave details.\n\n"
        "The President of Mexico paid a state visit to Chile in March 2011, and on 9 March the two presidents, "
        "of Mexico and Chile, signed the Treaty on Fisheries.\n"
    )
    got = {(rule, v) for rule, _, v in claims(text)}
    assert ("consult.visit.paid", "2011-03") in got and ("consult.visit.paid", "2011-03-09") not in got
    assert ("agree.sign", "2011-03-09") in got
