"""Round 4: a yearless day or month in a past story takes the story's year, not the publication year.

The rule lives in the tagger (``_Ctx._story_year``): it needs the paragraph, the sentence boundaries and the
tense of the mention's clause, which the tagger already has; the pipeline only sees resolved mentions.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract.dates import tag_dates

REF = dt.date(2024, 12, 2)


def _value(text: str, expr: str, ref: dt.date | None = REF) -> str | None:
    found = [m for m in tag_dates(text, ref) if m.text == expr]
    assert found, (expr, [m.text for m in tag_dates(text, ref)])
    return found[-1].value


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        # a story told over several sentences after a full date
        ("The strike at the port began on 2 March 2021 over unpaid wages. Dockers blocked the gates the next day. "
         "Police arrested four organisers the same week. The last pickets left between 20 and 22 March.",
         "20 and 22 March", "2021-03-20/2021-03-22"),
        # a chronology entry: the entry's date, past perfect in a later sentence
        ("- 9 June 2017 — The assembly elects a new speaker. The outgoing speaker, in office from 2011 to 2017, "
         "had announced his resignation in May.", "May", "2017-05"),
        # a feature in the past tense, months told without the year
        ("Then came the floods of August 2019. Rivers rose across the north for two weeks. Villages were "
         "evacuated as the water spread. Reconstruction started in November.", "November", "2019-11"),
        # without a publication date the story still gives the year
        ("The ceasefire was signed on 12 May 1994 in Bishkek. Violations were reported within days. "
         "Both sides freed the prisoners on 3 June.", "3 June", "1994-06-03"),
    ],
)  # fmt: skip
def test_yearless_date_takes_the_story_year(text: str, expr: str, value: str) -> None:
    ref = None if "1994" in text else REF
    assert _value(text, expr, ref) == value


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        # present-tense news after the story: not the story's year; a walkout that "starts in March", told on
        # 2 December 2024, is still to come (round 12: a scheduled event in the present is future)
        ("The strike began on 2 March 2021 over unpaid wages. Dockers blocked the gates for a week. "
         "Union leaders say a new walkout starts in March.", "March", "2025-03"),
        # a date counted from the publication date ends the story
        ("The strike began on 2 March 2021 over unpaid wages. Dockers blocked the gates. Last month the union "
         "won a pay rise. Exports recovered in April.", "April", "2024-04"),
        # a new paragraph is another story
        ("The strike began on 2 March 2021 over unpaid wages.\n\nExports recovered in April.", "April", "2024-04"),
        # the story moved on to another year
        ("He was promoted on 22 May 2015. He was posted to Washington in 2016 as an attaché. He married there. "
         "Police cited the attaché in December for speeding.", "December", "2024-12"),
        # "since" opens a period up to now, not a story
        ("Since 3 March 2020 the border has stayed shut. Traders lost millions. Exports fell in April.",
         "April", "2024-04"),
        # future tense
        ("The strike began on 2 March 2021 over unpaid wages. Dockers blocked the gates. Talks will resume "
         "in February.", "February", "2025-02"),
    ],
)  # fmt: skip
def test_publication_year_outside_a_past_story(text: str, expr: str, value: str) -> None:
    assert _value(text, expr) == value
