"""A publication date known only to the month (a report cover, an issue line) is the reference for relative dates
down to its grain: a day with its month named needs only the year and resolves; weekdays and "yesterday" do not."""

from __future__ import annotations

import pytest

from timeline.extract.pipeline import body_spans, tag_body_dates
from timeline.ingest.reader import read_text

COVER = "EASTERN CORRIDORS INSTITUTE\nPolicy Brief No. 14 | November 2025\n\n"


def _values(body: str) -> dict[str, str | None]:
    article = read_text(COVER + body, "brief.txt")
    assert article.published_precision == "month"
    return {d.text.replace("\n", " "): d.value for d in tag_body_dates(article, body_spans(article))}


@pytest.mark.parametrize(
    ("phrase", "value"),
    [("on 23 April", "2025-04-23"), ("on April 23", "2025-04-23"), ("on 5th of May", "2025-05-05"),
     ("on 12\nMarch", "2025-03-12")],
)
def test_a_day_with_its_month_takes_the_year_of_a_month_precise_cover(phrase: str, value: str) -> None:
    body = f"The ministers of the two countries met in the capital {phrase} and signed a protocol on transit.\n"
    assert _values(body)[phrase.replace("\n", " ").removeprefix("on ")] == value


@pytest.mark.parametrize("phrase", ["on Monday", "yesterday", "on Monday, 3 November"])
def test_day_placed_by_the_day_of_writing_stays_unresolved(phrase: str) -> None:
    body = f"The ministers of the two countries met in the capital {phrase} and signed a protocol on transit.\n"
    values = _values(body)
    assert values and all(v is None for v in values.values()), values


def test_month_and_year_words_still_resolve() -> None:
    body = "Freight volumes grew last year, and in March the ministers agreed on a new tariff for the corridor.\n"
    values = _values(body)
    assert values["last year"] == "2024" and values["March"] == "2025-03"
