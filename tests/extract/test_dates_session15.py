"""Session 15 (helper A): the date tagger.

- a bare day in a fronted adverbial ("After talks in Quito on 5 March the two presidents signed …") continues the
  past story of the previous sentence ("… visited Ecuador on 4-6 March 2012.") and takes its year, with or
  without a publication date; counts from it follow ("The next day …").
Sentences written for these tests (none taken from a gold file).
"""

from __future__ import annotations

import datetime as dt

from timeline.extract.dates import tag_dates


def values(text: str, reference: dt.date | None) -> dict[str, str | None]:
    return {m.text: m.value for m in tag_dates(text, reference)}


STORY = ("Evo Morales, who had become president of Bolivia in January 2006, made his first visit to Ecuador on "
         "4-6 March 2012. After talks in Quito on 5 March the two presidents signed a declaration on water. "
         "The next day they opened a bridge over the river.")


def test_fronted_day_takes_the_story_year_without_publication_date() -> None:
    found = values(STORY, None)
    assert found["5 March"] == "2012-03-05"
    assert found["The next day"] == "2012-03-06"


def test_fronted_day_takes_the_story_year_with_a_later_publication_date() -> None:
    found = values(STORY, dt.date(2015, 6, 1))
    assert found["5 March"] == "2012-03-05"


def test_fronted_day_before_a_future_clause_is_not_the_story() -> None:
    text = ("The ministers met in Lima on 2 May 2012. After talks in Quito on 5 March the two presidents will sign "
            "a declaration on water.")
    assert values(text, dt.date(2015, 6, 1))["5 March"] != "2012-03-05"


def test_fronted_day_in_another_paragraph_is_not_the_story() -> None:
    text = ("The ministers met in Lima on 2 May 2012.\n\nAfter talks in Quito on 5 March the two presidents "
            "signed a declaration on water.")
    assert values(text, None)["5 March"] == "XXXX-03-05"


# -- a stay told as a count of days of an activity ("for two days of talks")


def test_arrival_for_days_of_talks_opens_the_stay() -> None:
    ref = dt.date(2024, 3, 11)  # a Monday
    text = "President Boric made a state visit to Peru last week, arriving in Lima on Wednesday for two days of talks."
    assert values(text, ref)["Wednesday"] == "2024-03-06/2024-03-07"
    text = "The minister arrived in Quito on 4 March for three days of consultations with his counterpart."
    assert values(text, ref)["4 March"] == "2024-03-04/2024-03-06"


def test_days_of_an_activity_without_arrival_stay_a_day() -> None:
    ref = dt.date(2024, 3, 11)
    text = "On Wednesday the delegations ended two days of talks in Lima."  # no "for": not opened by the date
    assert values(text, ref)["Wednesday"] == "2024-03-06"
    text = "The minister arrived in Quito on 4 March, after two days of talks in Lima."
    assert values(text, ref)["4 March"] == "2024-03-04"
