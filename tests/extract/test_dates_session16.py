"""Session 16 (helper A): the date tagger.

- a yearless day inside the span of days just told is a day of that span ("a state visit from 10 to 13 January,
  meeting the king on 11 January");
- a bare year opened or closed with an act ("opened 2024 with a visit …", "ended 2023 with a trip …") frames the
  yearless dates told after it;
- a perfect "since" between a clause anchor and a bare month ("… in July 2022 and ties have since grown …") or a
  month dating the latest of its kind ("its latest session in October") counts from the reference, not from the
  anchor's year.
Sentences written for these tests (none taken from a gold file).
"""

from __future__ import annotations

import datetime as dt

from timeline.extract.dates import tag_dates

REF = dt.date(2026, 1, 20)


def values(text: str, reference: dt.date | None = REF) -> dict[str, str | None]:
    return {m.text: m.value for m in tag_dates(text, reference)}


# -- a day inside the span of days just told


def test_day_inside_the_span_just_told_takes_its_year() -> None:
    text = ("King Harald opened 2025 with a state visit to Hanoi from 10 to 13 February, meeting the Vietnamese "
            "president on 11 February before flying on to Da Nang.")
    found = values(text)
    assert found["10 to 13 February"] == "2025-02-10/2025-02-13"
    assert found["11 February"] == "2025-02-11"


def test_day_inside_the_span_of_the_previous_sentence() -> None:
    text = "The minister toured Peru on 3-7 March 2019. He met the president in Lima on 5 March."
    assert values(text)["5 March"] == "2019-03-05"


def test_day_outside_the_span_is_not_moved() -> None:
    text = ("King Harald opened 2025 with a state visit to Hanoi from 10 to 13 February, and the ministers will "
            "meet again on 20 February.")
    assert values(text)["20 February"] == "2026-02-20"


# -- a year opened or closed with an act


def test_year_opened_with_an_act_frames_its_dates() -> None:
    assert values("President Boric began 2024 with a visit to Quito from 8 to 10 January.")[
        "8 to 10 January"] == "2024-01-08/2024-01-10"
    assert values("The foreign minister ended 2023 with a trip to Lima on 12 December.")["12 December"] == "2023-12-12"
    assert values("The company kicked off 2022 by opening a plant in May.")["May"] == "2022-05"


def test_year_as_the_object_of_another_verb_frames_nothing_new() -> None:
    # "in 2024" after a verb is no object of the verb: the old behaviour (no frame for a later clause's month)
    assert values("Trade grew strongly in 2024 and the ministers met again in May.", dt.date(2026, 1, 20))[
        "May"] != "2024-05"


# -- back to the present between a clause anchor and a bare month


def test_has_since_brings_a_later_bare_month_back_to_the_reference() -> None:
    text = ("Recalling that Chile and Peru set up a joint commission in July 2022 and that trade has since doubled, "
            "the minister praised the commission, which met in Lima in September.")
    found = values(text, dt.date(2025, 11, 3))
    assert found["July 2022"] == "2022-07"
    assert found["September"] == "2025-09"


def test_latest_meeting_in_a_bare_month_counts_from_the_reference() -> None:
    text = "The two countries set up a commission in March 2023 and held its latest session in Quito in October."
    assert values(text, dt.date(2025, 11, 3))["October"] == "2025-10"


def test_a_plain_past_story_keeps_the_anchor_year() -> None:
    text = "The two countries set up a commission in March 2023 and held its first session in Quito in October."
    assert values(text, dt.date(2025, 11, 3))["October"] == "2023-10"


def test_since_as_the_preposition_of_the_month_is_not_a_perfect_since() -> None:
    text = "The plant opened in June 2024. Output, which has grown since April, is sold abroad."
    assert values(text, dt.date(2025, 10, 1))["April"] == "2024-04"


# -- "the second half of the year": of the year in focus, else of the reference year


def test_half_of_the_year_is_the_reference_years_when_not_past() -> None:
    text = "A prime-ministerial visit to Chile is pencilled in for the second half of the year."
    assert values(text, dt.date(2026, 2, 1))["the second half of the year"] == "2026-07/2026-12"
    text = "Construction of the bridge should begin in the second half of the year."
    assert values(text, dt.date(2026, 2, 1))["the second half of the year"] == "2026-07/2026-12"


def test_half_of_the_year_takes_the_narrative_year() -> None:
    text = "In 2019 trade between Chile and Peru grew strongly. Exports rose 5% in the first half of the year."
    assert values(text, dt.date(2026, 2, 1))["the first half of the year"] == "2019-01/2019-06"


def test_past_half_not_begun_yet_is_the_last_one() -> None:
    text = "Exports to Peru fell in the second half of the year."
    assert values(text, dt.date(2026, 2, 1))["the second half of the year"] == "2025-07/2025-12"


def test_latest_under_a_year_opening_the_sentence_keeps_that_year() -> None:
    text = "In 2015, the two sides held the latest round of talks in May."
    assert values(text, dt.date(2025, 11, 3))["May"] == "2015-05"
