"""Session 17 (helper A): dates and date attachment.

- a year told in a comma-bounded relative clause (", who took office in July 2024,") is background about a noun:
  it sets no frame or story for the yearless dates of the main clause;
- "days later" than a month is that month (gold conventions D6: a count finer than its anchor keeps the anchor);
- "X said on Tuesday …, as the visiting minister wrapped up a two-day trip": the visit is the two days ending on
  Tuesday, what X said stays Tuesday;
- a main-clause cue whose sentence dates only a later relative clause's act ("signed a programme for the
  agreement, which A and B signed in March 2021") borrows its date as an undated sentence would;
- "reached the port that February," after "the 2016 visit": the month of the year last told;
- "the first leader to visit X since Y in 2002": the year dates Y's visit, not the main clause's;
- "the memorandum we signed in 2015 and the action plan our ministers signed in June": June is not 2015's;
- "arrived in the winter of 2011, a few weeks after the minister had gone to Lima": the act set weeks off a
  season or month is claimed in its year.
Every text here is written for the test (none comes from a gold file).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from timeline.extract.dates import tag_dates
from timeline.extract.pipeline import extract
from timeline.extract.types import Claim
from timeline.ingest.reader import read_text

PUB = dt.date(2025, 10, 20)


def claims(body: str, published: dt.date = PUB) -> list[Claim]:
    text = "Report\nQUITO, 20 October 2025 -- Officials gave details.\n\n" + body + "\n"
    return extract(replace(read_text(text, "test://session17.txt"), published=published)).claims


def values(text: str, ref: dt.date = PUB) -> dict[str, str | None]:
    return {m.text: m.value for m in tag_dates(text, ref)}


# -- a relative clause's year frames nothing


def test_relative_clause_year_does_not_date_the_main_clause() -> None:
    got = values("Since then, Gustavo Petro, who took office in August 2022, attended the summit in Quito on "
                 "12-13 June, and the president received him in Lima on 15 June.")
    assert got["August 2022"] == "2022-08"
    assert got["12-13 June"] == "2025-06-12/2025-06-13"
    assert got["15 June"] == "2025-06-15"


def test_relative_clause_of_a_thing_frames_nothing() -> None:
    got = values("The port, which opened in May 2019, handled a record cargo on 3 June, the operator said.")
    assert got["3 June"] == "2025-06-03"


def test_main_clause_year_still_frames_the_next_date() -> None:
    # negative: a year of the main clause (no relative clause) still gives its year to "4 May"
    got = values("The minister visited Hanoi in March 2023 and met the premier on 4 May.")
    assert got["4 May"] == "2023-05-04"


def test_restrictive_relative_without_commas_is_not_an_aside() -> None:
    got = values("The envoy who arrived in March 2023 met the premier on 4 May.")
    assert got["4 May"] == "2023-05-04"


# -- a vague count of days after a month


def test_days_later_than_a_month_is_that_month() -> None:
    got = values("November 2021 - Peru recalls its ambassador.\nThe foreign minister visits Lima days later.")
    assert got["days later"] == "2021-11"


def test_days_later_than_a_day_stays_a_span() -> None:
    got = values("The vote was held on 25 March 2021. Days later, protests began.")
    assert got["Days later"] == "2021-03-26/2021-04-08"


def test_weeks_later_than_a_month_stays_a_span() -> None:
    got = values("The pact was signed in March 2021. A delegation arrived weeks later.")
    assert got["weeks later"] == "2021-03/2021-06"


# -- a visit's stay closing on the sentence's day


def test_visit_wrapping_up_a_stay_is_the_stay() -> None:
    got = claims("Chilean President Gabriel Boric said on Thursday that Santiago and Lima must speed up their "
                 "trade talks, as visiting Peruvian Foreign Minister Elmer Schialer wrapped up a three-day trip "
                 "to the Chilean capital.")
    visits = [c for c in got if c.mode == "visit"]
    assert visits and {c.date.value for c in visits} == {"2025-10-14/2025-10-16"}


def test_visit_without_a_closing_clause_keeps_the_day() -> None:
    got = claims("Peruvian Foreign Minister Elmer Schialer visited Santiago on Thursday.")
    visits = [c for c in got if c.mode == "visit"]
    assert visits and {c.date.value for c in visits} == {"2025-10-16"}


# -- a date owned by a later relative clause


def test_main_clause_borrows_when_its_only_date_is_a_relative_clause_s() -> None:
    got = claims("On Monday, Uzbek Foreign Minister Bakhtiyor Saidov held talks with Armenian Foreign Minister "
                 "Ararat Mirzoyan in Tashkent. At the end of the talks, the two ministers signed an "
                 "implementation programme for the trade agreement, which Saidov's predecessor Abdulaziz "
                 "Kamilov and Mirzoyan signed in Yerevan in March 2022.", dt.date(2025, 10, 21))
    signed = sorted(c.date.value for c in got if c.rule.startswith("agree.sign"))
    assert "2025-10-20" in signed
    assert "2022-03" in signed


def test_act_before_an_occasion_keeps_the_occasion_s_date() -> None:
    # negative: "before the summit, which X hosted in May": the act is timed by the occasion, not borrowed
    got = claims("Chilean suppliers delivered electric buses to Lima before the Pacific summit, which the city "
                 "hosted in May.")
    delivered = [c for c in got if c.rule.startswith("cooperate.delivery")]
    assert delivered and delivered[0].date.value != "2025-10-20"


# -- "that February"


def test_that_month_takes_the_year_last_told() -> None:
    got = values("Q: What did the 2016 summit achieve?\n\nA: A lot. And the first ferry from Callao reached "
                 "Valparaiso that February, so people spoke of a new route.")
    assert got["February"] == "2016-02"


def test_that_as_a_conjunction_before_a_month_is_not_anaphoric() -> None:
    got = values("He said that February was the coldest month of 2016.")
    assert got["February"] != "2016-02"


# -- "since Y in 2002"


def test_since_named_predecessor_year_is_not_the_visit_s() -> None:
    got = claims("It was in March 2016 that Ollanta Humala became the first Peruvian president to visit Bolivia "
                 "since Alan García in 2002.")
    assert "2002" not in {c.date.value for c in got if c.mode == "visit"}


# -- coordinated nouns with relative clauses of their own subject


def test_own_subject_relative_does_not_take_the_first_year() -> None:
    got = values("With the memorandum we signed in Cusco in 2015 and the action plan our foreign ministers signed "
                 "in June, the corridor is linked.")
    assert got["June"] == "2025-06"


def test_coordinated_predicate_still_takes_the_first_year() -> None:
    got = values("Peru joined the bank in 2015 and was admitted to the forum in November.")
    assert got["November"] == "2015-11"
