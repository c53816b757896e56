"""Session 14 (helper A): date attachment of stays, of occasions named by a month, of chronology rows with days.

- "arrived in X on Tuesday at the head of a large delegation for a state visit that runs until Friday": the
  delegation adjunct between the arrival day and the stay does not break the stay's span (Tuesday–Friday);
- "The road map, signed at the March summit, will be reviewed next year": a past participle placing its act at
  an occasion named by a yearless month makes that month the past one, whatever the main clause's tense; an
  earlier "last March" gives its year ("the March summit" is that one, not an older "March 2019");
- "12-14 June 2022 – X visits Y. On 12 June he opens Z. The sides sign W.": in a row headed by a span of days, a
  dateless sentence after a sentence dated by a day of the span takes the row's span, not that day.
Every text here is written for the test (none comes from a gold file).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from timeline.extract.dates import tag_dates
from timeline.extract.pipeline import extract
from timeline.ingest.reader import read_text


def values(text: str, ref: dt.date) -> list[tuple[str, str | None]]:
    return [(m.text, m.value) for m in tag_dates(text, ref)]


def claims(text: str, published: dt.date) -> list[tuple[str, str, str]]:
    article = replace(read_text(text, "test://session14.txt"), published=published)
    return [(c.rule.split("+")[0], c.quote, c.date.value or "") for c in extract(article).claims]


# -- a stay told after a delegation adjunct

WED = dt.date(2024, 10, 16)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Prime Minister Ana Ruiz arrived in Hanoi on Monday at the head of a large delegation for an official "
         "visit that runs until Friday.", "2024-10-14/2024-10-18"),
        ("The premier landed in Jakarta on Tuesday with a delegation of ministers and business leaders for a state "
         "visit lasting until Thursday.", "2024-10-15/2024-10-17"),
        ("The foreign minister arrived in Lima on Monday leading a small team for a working visit that ran until "
         "Wednesday.", "2024-10-14/2024-10-16"),
    ],
)
def test_stay_span_through_a_delegation_adjunct(text: str, span: str) -> None:
    assert span in [v for _, v in values(text, WED)]


@pytest.mark.parametrize(
    "text",
    [
        "The minister arrived on Monday with a delegation and will leave on Friday.",
        "He arrived on Monday at the head of a delegation, and talks continue until Friday.",
    ],
)
def test_two_days_stay_two_days(text: str) -> None:
    got = [v for _, v in values(text, WED)]
    assert "2024-10-14" in got and not any("/" in (v or "") for v in got), got


# -- a past participle at an occasion named by its month

NOV = dt.date(2025, 11, 20)


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("The first session of the new Peru-Korea Joint Commission, agreed during the April visit, is scheduled "
         "for the first half of 2026.", ("April", "2025-04")),
        ("The road map, signed at the March summit, will be reviewed next year.", ("March", "2025-03")),
        ("A plan adopted during the February talks is to be carried out in 2026.", ("February", "2025-02")),
    ],
)
def test_past_participle_at_a_month_occasion_is_past(text: str, month: tuple[str, str]) -> None:
    assert month in values(text, NOV)


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("The road map will be signed at the March summit.", ("March", "2026-03")),
        ("The ministers will meet during the February session.", ("February", "2026-02")),
        ("The accord is to be adopted at the June summit.", ("June", "2026-06")),
    ],
)
def test_future_act_at_a_month_occasion_stays_future(text: str, month: tuple[str, str]) -> None:
    assert month in values(text, NOV)


def test_month_occasion_takes_the_year_of_its_last_telling() -> None:
    text = ("The president first went to Seoul in April 2019. The decisive step came last April, when he paid a "
            "state visit to Korea. The commission, agreed during the April visit, will meet in 2026.")
    got = values(text, NOV)
    assert ("last April", "2025-04") in got
    assert ("April", "2025-04") in got


# -- a chronology row headed by a span of days

ROWS = """Chile - Korea: key dates

March 2019 - Foreign Minister Carla Soto visits Seoul.
November 2020 - Chile and Korea hold the first round of consultations in Santiago.
12-14 June 2022 - President Lee Min-ho pays a state visit to Chile. On 12 June he co-chairs the first meeting of \
the Chile-Korea Business Council with Economy Minister Pablo Vidal. The sides sign an agreement on scientific \
cooperation.
3 October 2022 - Foreign Minister Carla Soto visits Seoul. On 4 October she holds talks with Park Jae-won. The \
sides sign a memorandum on consular cooperation.
"""


def test_dateless_sentence_after_a_day_of_the_span_takes_the_span() -> None:
    got = claims(ROWS, dt.date(2023, 2, 1))
    signed = [v for rule, quote, v in got if rule.startswith("agree") and "scientific" in quote]
    assert signed and set(signed) == {"2022-06-12/2022-06-14"}, got


def test_row_of_one_day_keeps_the_continuation() -> None:
    # the row head is one day: a later day told in the row is the next act's, and the next sentence continues it
    got = claims(ROWS, dt.date(2023, 2, 1))
    signed = [v for rule, quote, v in got if rule.startswith("agree") and "consular" in quote]
    assert signed and set(signed) == {"2022-10-04"}, got


# -- an intransitive opening of a place (chronology present or past prose)

OPENINGS = """Mongolia - Korea: key dates

1990 - Mongolia and Korea establish diplomatic relations.
2016 - The Ulaanbaatar-Zamyn-Uud highway opens to freight traffic.
2028 - The Darkhan-Erdenet railway opens.
"""


def test_place_opening_in_a_chronology_row() -> None:
    got = {(rule, v) for rule, _, v in claims(OPENINGS, dt.date(2025, 3, 1))}
    assert ("cooperate.open", "2016") in got
    assert ("cooperate.open", "2028") in got


def test_place_opening_in_past_prose() -> None:
    got = claims("The Altai bridge opened to passenger traffic in 2019.", dt.date(2025, 3, 1))
    assert ("cooperate.open", "The Altai bridge opened to passenger traffic in 2019.", "2019") in got


@pytest.mark.parametrize(
    "text",
    [
        "The ticket office opens at nine every morning.",
        "The new station opened up a market for Mongolian coal in 2019.",
        "The border crossing opened fire on smugglers in 2019.",
    ],
)
def test_transitive_or_habitual_opening_is_not_a_place_opening(text: str) -> None:
    assert not [c for c in claims(text, dt.date(2025, 3, 1)) if c[0] == "cooperate.open"]


# -- a coordinated clause with a modal verb of its own keeps its date ("…, and since 2020 citizens can travel …")


def test_modal_clause_date_does_not_date_the_first_clause() -> None:
    text = ("The visa agreement between Armenia and China was signed during Nikol Pashinyan's visit to Beijing, and "
            "since January 2020 citizens of both countries can travel without visas.")
    got = claims(text, dt.date(2024, 5, 1))
    assert not [c for c in got if c[2] == "2020-01" and not c[0].startswith("cooperate.visa")], got


def test_past_clause_after_and_keeps_its_own_date() -> None:
    got = claims("Nikol Pashinyan visited Beijing, and in May 2019 Armenia and China signed a visa agreement.",
                 dt.date(2024, 5, 1))
    assert ("agree.sign", "2019-05") in {(r, v) for r, _, v in got}


# -- a pronoun subject for the document told just before ("It entered into force on …")

SIGNED = ("Kazakhstan and China have deepened ties. In May 2022 Kazakh and Chinese ministers signed a visa waiver "
          "agreement in Astana. ")


def test_pronoun_document_entering_into_force() -> None:
    got = claims(SIGNED + "It entered into force on 4 March 2023. China is Kazakhstan's largest trade partner.",
                 dt.date(2024, 5, 1))
    assert ("cooperate.in_force", "2023-03-04") in {(r, v) for r, _, v in got}, got


@pytest.mark.parametrize(
    "tail",
    [
        "It is expected to enter into force next year.",
        "Officials said it took effect quickly in 2023.",  # a lowercase "it" inside a report: not this rule
    ],
)
def test_pronoun_rule_needs_a_sentence_opening_fact(tail: str) -> None:
    got = claims(SIGNED + tail, dt.date(2024, 5, 1))
    assert not [c for c in got if c[0] == "cooperate.in_force"], got
